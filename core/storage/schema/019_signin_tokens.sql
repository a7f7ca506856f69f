-- Voronka schema step: "remember me on this computer". The token itself lives in the operating system's keychain of
-- the computer that asked; the base keeps only its BLAKE2b hash, so a copied base signs nobody in. A password change or
-- deactivation deletes the person's tokens.
CREATE TABLE signin_tokens (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX signin_tokens_user ON signin_tokens(user_id);
