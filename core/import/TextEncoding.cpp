#include "import/TextEncoding.h"

#include <uchardet/uchardet.h>

#include <array>
#include <cmath>
#include <memory>

namespace voronka {

namespace {

// Code points of the bytes 0x80..0xFF. Built in rather than asked of QStringDecoder, whose other encodings
// need ICU, which not every Qt build has; the tables also feed the letter statistics below.
// clang-format off
constexpr char16_t windows1251[128] = {
    /* 80 */ 0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    /* 88 */ 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    /* 90 */ 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    /* 98 */ 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    /* A0 */ 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    /* A8 */ 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    /* B0 */ 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    /* B8 */ 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    /* C0 */ 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    /* C8 */ 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    /* D0 */ 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    /* D8 */ 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    /* E0 */ 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    /* E8 */ 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    /* F0 */ 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    /* F8 */ 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

constexpr char16_t koi8r[128] = {
    /* 80 */ 0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,
    /* 88 */ 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
    /* 90 */ 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,
    /* 98 */ 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
    /* A0 */ 0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,
    /* A8 */ 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
    /* B0 */ 0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,
    /* B8 */ 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
    /* C0 */ 0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    /* C8 */ 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
    /* D0 */ 0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
    /* D8 */ 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
    /* E0 */ 0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    /* E8 */ 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
    /* F0 */ 0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    /* F8 */ 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

constexpr char16_t ibm866[128] = {
    /* 80 */ 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    /* 88 */ 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    /* 90 */ 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    /* 98 */ 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    /* A0 */ 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    /* A8 */ 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    /* B0 */ 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    /* B8 */ 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    /* C0 */ 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    /* C8 */ 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    /* D0 */ 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
    /* D8 */ 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    /* E0 */ 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    /* E8 */ 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
    /* F0 */ 0x0401, 0x0451, 0x0404, 0x0454, 0x0407, 0x0457, 0x040E, 0x045E,
    /* F8 */ 0x00B0, 0x2219, 0x00B7, 0x221A, 0x2116, 0x00A4, 0x25A0, 0x00A0,
};

constexpr char16_t windows1252[128] = {
    /* 80 */ 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    /* 88 */ 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    /* 90 */ 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    /* 98 */ 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    /* A0 */ 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    /* A8 */ 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    /* B0 */ 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    /* B8 */ 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    /* C0 */ 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    /* C8 */ 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    /* D0 */ 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    /* D8 */ 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    /* E0 */ 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    /* E8 */ 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    /* F0 */ 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    /* F8 */ 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

// clang-format on

const char16_t *builtinTable(const QString &canonicalName)
{
    if (canonicalName == QLatin1String("windows-1251"))
        return windows1251;
    if (canonicalName == QLatin1String("KOI8-R"))
        return koi8r;
    if (canonicalName == QLatin1String("IBM866"))
        return ibm866;
    if (canonicalName == QLatin1String("windows-1252"))
        return windows1252;
    return nullptr;
}

struct Alias
{
    const char *alias;
    const char *name;
};

// Spellings users type and uchardet answers with, lower case.
constexpr Alias aliases[] = {
    {"auto", "auto"},
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"ascii", "UTF-8"},
    {"us-ascii", "UTF-8"},
    {"utf-16", "UTF-16"},
    {"utf16", "UTF-16"},
    {"unicode", "UTF-16"},
    {"utf-16le", "UTF-16LE"},
    {"utf16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"utf16be", "UTF-16BE"},
    {"windows-1251", "windows-1251"},
    {"windows1251", "windows-1251"},
    {"cp1251", "windows-1251"},
    {"cp-1251", "windows-1251"},
    {"win-1251", "windows-1251"},
    {"win1251", "windows-1251"},
    {"1251", "windows-1251"},
    {"x-cp1251", "windows-1251"},
    {"koi8-r", "KOI8-R"},
    {"koi8r", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"ibm866", "IBM866"},
    {"cp866", "IBM866"},
    {"866", "IBM866"},
    {"dos", "IBM866"},
    {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
};

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), prefix, size_t(length)) == 0;
}

std::optional<TextEncodingGuess> guessFromBom(const QByteArray &head)
{
    if (startsWith(head, "\xEF\xBB\xBF", 3))
        return TextEncodingGuess{QStringLiteral("UTF-8"), 3, QStringLiteral("BOM")};
    if (startsWith(head, "\xFF\xFE", 2))
        return TextEncodingGuess{QStringLiteral("UTF-16LE"), 2, QStringLiteral("BOM")};
    if (startsWith(head, "\xFE\xFF", 2))
        return TextEncodingGuess{QStringLiteral("UTF-16BE"), 2, QStringLiteral("BOM")};
    return std::nullopt;
}

// UTF-16 saved without a BOM: the high byte of every Latin letter, digit and separator is zero.
std::optional<TextEncodingGuess> guessFromNulPattern(const QByteArray &head)
{
    const qsizetype pairs = qMin<qsizetype>(head.size(), 8192) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += head[2 * i] == 0;
        zeroOdd += head[2 * i + 1] == 0;
    }
    if (zeroOdd * 10 >= pairs * 3 && zeroEven * 100 <= pairs)
        return TextEncodingGuess{QStringLiteral("UTF-16LE"), 0, QStringLiteral("byte pattern")};
    if (zeroEven * 10 >= pairs * 3 && zeroOdd * 100 <= pairs)
        return TextEncodingGuess{QStringLiteral("UTF-16BE"), 0, QStringLiteral("byte pattern")};
    return std::nullopt;
}

enum class Utf8Check { Ascii, Valid, Invalid };

Utf8Check checkUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const auto *const end = p + bytes.size();
    bool high = false;
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        high = true;
        int trail = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            trail = 1;
            cp = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            trail = 2;
            cp = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            trail = 3;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else {
            return Utf8Check::Invalid;
        }
        for (int i = 1; i <= trail; ++i) {
            // The sample ends inside a character: what was there fits, the rest is in the next bytes.
            if (p + i == end)
                return Utf8Check::Valid;
            if ((p[i] & 0xC0) != 0x80)
                return Utf8Check::Invalid;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return Utf8Check::Invalid;
        p += trail + 1;
    }
    return high ? Utf8Check::Valid : Utf8Check::Ascii;
}

QString askUchardet(const QByteArray &bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(),
                                                                                            uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

bool isCyrillicLetter(char16_t c)
{
    return (c >= 0x0400 && c <= 0x045F) || c == 0x0490 || c == 0x0491;
}

bool isUpperCyrillic(char16_t c)
{
    return (c >= 0x0400 && c <= 0x042F) || c == 0x0490;
}

bool isTypographic(char16_t c)
{
    switch (c) {
    case 0x00A0: // no-break space
    case 0x00A7: // §
    case 0x00A9: // ©
    case 0x00AB: // «
    case 0x00AE: // ®
    case 0x00B0: // °
    case 0x00B1: // ±
    case 0x00BB: // »
    case 0x2013: // –
    case 0x2014: // —
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2022: // •
    case 0x2026: // …
    case 0x2116: // №
    case 0x2122: // ™
        return true;
    default:
        return false;
    }
}

// Natural log of each Russian letter's share in ordinary text, а..я; other Cyrillic letters get a rare share.
double letterWeight(char16_t c)
{
    static const std::array<double, 32> weights = [] {
        constexpr double percent[32]
            = {8.01, 1.59, 4.54, 1.70, 2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49, 4.40, 3.21, 6.70, 10.97, 2.81,
               4.73, 5.47, 6.26, 2.62, 0.26, 0.97, 0.48, 1.44, 0.73, 0.36, 0.04, 1.90, 1.74, 0.32, 0.64,  2.01};
        std::array<double, 32> result{};
        for (int i = 0; i < 32; ++i)
            result[size_t(i)] = std::log(percent[i] / 100.0);
        return result;
    }();
    if (c >= 0x0410 && c <= 0x042F)
        c += 0x20;
    if (c >= 0x0430 && c <= 0x044F)
        return weights[size_t(c - 0x0430)];
    return std::log(0.0004);
}

struct CyrillicFit
{
    double score = 0;
    qsizetype highBytes = 0;
    qsizetype letters = 0;
};

// How much the bytes look like Russian when read through table: frequent letters score higher, and an upper-case
// letter right after a lower-case one inside a word (what a wrong choice among windows-1251 and KOI8-R, which swap
// the cases, makes of «ООО Ромашка») costs a lot, as do box-drawing and other characters no list contains.
CyrillicFit fitCyrillic(const QByteArray &bytes, const char16_t *table)
{
    CyrillicFit fit;
    bool previousLower = false;
    for (const char byte : bytes) {
        const auto b = uchar(byte);
        if (b < 0x80) {
            previousLower = false;
            continue;
        }
        ++fit.highBytes;
        const char16_t c = table[b - 0x80];
        if (isCyrillicLetter(c)) {
            ++fit.letters;
            fit.score += letterWeight(c);
            const bool upper = isUpperCyrillic(c);
            if (upper && previousLower)
                fit.score -= 6;
            previousLower = !upper;
        } else {
            previousLower = false;
            fit.score -= isTypographic(c) ? 1 : 10;
        }
    }
    return fit;
}

// Latin text with accents (Müller, Société) has its high bytes inside words of ASCII letters; Russian text has
// whole words of them.
bool highBytesFormWords(const QByteArray &bytes)
{
    const auto isAsciiLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    qsizetype high = 0;
    qsizetype glued = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (uchar(bytes[i]) < 0x80)
            continue;
        ++high;
        if ((i > 0 && isAsciiLetter(bytes[i - 1])) || (i + 1 < bytes.size() && isAsciiLetter(bytes[i + 1])))
            ++glued;
    }
    return high > 0 && glued * 4 < high;
}

std::optional<QString> bestCyrillic(const QByteArray &bytes)
{
    if (!highBytesFormWords(bytes))
        return std::nullopt;
    const QString names[] = {QStringLiteral("windows-1251"), QStringLiteral("KOI8-R"), QStringLiteral("IBM866")};
    std::optional<QString> best;
    double bestScore = 0;
    for (const QString &name : names) {
        const CyrillicFit fit = fitCyrillic(bytes, builtinTable(name));
        // Mostly letters, or it is not Cyrillic text in this encoding at all.
        if (fit.letters * 10 < fit.highBytes * 7)
            continue;
        if (!best || fit.score > bestScore) {
            best = name;
            bestScore = fit.score;
        }
    }
    return best;
}

} // namespace

TextEncodingGuess TextEncoding::detect(const QByteArray &head)
{
    if (auto guess = guessFromBom(head))
        return *guess;
    if (auto guess = guessFromNulPattern(head))
        return *guess;
    switch (checkUtf8(head)) {
    case Utf8Check::Ascii:
        return {QStringLiteral("UTF-8"), 0, QStringLiteral("ASCII")};
    case Utf8Check::Valid:
        return {QStringLiteral("UTF-8"), 0, QStringLiteral("valid UTF-8")};
    case Utf8Check::Invalid:
        break;
    }
    const std::optional<QString> uchardet = canonicalName(askUchardet(head));
    // A few broken bytes in a UTF-8 file: uchardet still sees UTF-8, and so should we.
    if (uchardet == QLatin1String("UTF-8"))
        return {*uchardet, 0, QStringLiteral("uchardet")};
    if (const std::optional<QString> cyrillic = bestCyrillic(head)) {
        const bool agreed = uchardet == *cyrillic;
        return {*cyrillic, 0, agreed ? QStringLiteral("uchardet") : QStringLiteral("letter statistics")};
    }
    if (uchardet && *uchardet != QLatin1String("auto") && canDecode(*uchardet))
        return {*uchardet, 0, QStringLiteral("uchardet")};
    // Lists in Russia that are neither Unicode nor recognisable are most often windows-1251.
    return {QStringLiteral("windows-1251"), 0, QStringLiteral("fallback")};
}

std::optional<QString> TextEncoding::canonicalName(const QString &userName)
{
    const QString key = userName.trimmed().toLower();
    if (key.isEmpty())
        return std::nullopt;
    for (const Alias &alias : aliases) {
        if (key == QLatin1String(alias.alias))
            return QString::fromLatin1(alias.name);
    }
    const QByteArray latin = key.toLatin1();
    const QStringDecoder decoder(latin.constData());
    if (!decoder.isValid())
        return std::nullopt;
    return QString::fromLatin1(decoder.name());
}

bool TextEncoding::canDecode(const QString &name)
{
    const std::optional<QString> canonical = canonicalName(name);
    if (!canonical || *canonical == QLatin1String("auto"))
        return false;
    return Decoder(*canonical).isValid();
}

TextEncoding::Decoder::Decoder(const QString &canonicalName)
{
    if (const char16_t *high = builtinTable(canonicalName)) {
        m_singleByte = true;
        for (int b = 0; b < 128; ++b) {
            m_table[size_t(b)] = char16_t(b);
            m_table[size_t(b + 128)] = high[b];
        }
    } else {
        m_decoder = QStringDecoder(canonicalName.toLatin1().constData());
    }
}

void TextEncoding::Decoder::appendTo(QString &out, QByteArrayView bytes)
{
    const qsizetype old = out.size();
    if (m_singleByte) {
        out.resize(old + bytes.size());
        auto *to = reinterpret_cast<char16_t *>(out.data()) + old;
        for (const char byte : bytes)
            *to++ = m_table[uchar(byte)];
        return;
    }
    out.resize(old + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(out.data() + old, bytes);
    out.resize(end - out.constData());
}

} // namespace voronka
