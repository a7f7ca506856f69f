-- Voronka schema version 10: a payment's activity keeps its amount as money, not as text.
--
-- The timeline wrote a payment as the note "200 000.00 RUB: comment", formatted once, in one style, whatever the
-- reader's language. The amount is now data (kopecks and currency), written at display time in the reader's
-- locale, and the note is the comment alone.
ALTER TABLE activities ADD COLUMN amount_kopecks INTEGER;
ALTER TABLE activities ADD COLUMN currency TEXT;

-- Earlier payments: their notes start with the amount as PaymentRecorder wrote it, digits grouped by spaces,
-- a point, two decimals, a space and the currency code, then ": comment" when there was one.
UPDATE activities
SET amount_kopecks = CAST(replace(substr(note, 1, instr(note, '.') - 1), ' ', '') AS INTEGER) * 100
                     + CAST(substr(note, instr(note, '.') + 1, 2) AS INTEGER),
    currency = substr(note, instr(note, '.') + 4, 3),
    note = CASE WHEN length(note) > instr(note, '.') + 8 THEN substr(note, instr(note, '.') + 9) END
WHERE kind = 'payment'
  AND note GLOB '[0-9]*.[0-9][0-9] [A-Z][A-Z][A-Z]*'
  AND replace(substr(note, 1, instr(note, '.') - 1), ' ', '') NOT GLOB '*[^0-9]*'
  AND (length(note) = instr(note, '.') + 6 OR substr(note, instr(note, '.') + 7, 2) = ': ');
