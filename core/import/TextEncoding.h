#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace voronka {

// How the bytes of a file turn into text.
struct TextEncodingGuess
{
    QString name; // canonical: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R", "IBM866", ...
    int bomLength = 0; // bytes of byte-order mark to skip
    // What decided: "BOM", "valid UTF-8", "ASCII" (no byte above 0x7F seen yet), "byte pattern" (UTF-16 without a
    // BOM), "uchardet", "letter statistics" (uchardet overruled on Cyrillic text), "fallback", "override".
    QString reason;
};

class TextEncoding
{
public:
    // Order: BOM → UTF-16 byte pattern → valid UTF-8 (a sequence cut at the end of the sample is still valid; pure
    // ASCII gives "UTF-8" with reason "ASCII") → uchardet, with its Cyrillic answers checked against Russian letter
    // statistics, because uchardet takes upper-case company names in windows-1251 for KOI8-R and the other way round.
    static TextEncodingGuess detect(const QByteArray &head);
    // "auto" | "utf-8" | "windows-1251" | "cp1251" | "koi8-r" | "cp866" | "utf-16" (the reader lets the BOM decide
    // LE/BE, default LE) | any name QStringDecoder knows; case-insensitive. std::nullopt for unknown names.
    static std::optional<QString> canonicalName(const QString &userName);
    // True when the name can be decoded here: a built-in table (windows-1251, KOI8-R, IBM866, windows-1252, so they
    // work on Qt builds without ICU too) or a valid QStringDecoder.
    static bool canDecode(const QString &name);

    // A stateful decoder: a character split between two calls of appendTo comes out whole.
    class Decoder
    {
    public:
        explicit Decoder(const QString &canonicalName);
        bool isValid() const { return m_singleByte || m_decoder.isValid(); }
        void appendTo(QString &out, QByteArrayView bytes);

    private:
        bool m_singleByte = false;
        // All 256 bytes, so the hot loop has no branch for ASCII (mixed Cyrillic text would mispredict it).
        std::array<char16_t, 256> m_table{};
        QStringDecoder m_decoder;
    };
};

} // namespace voronka
