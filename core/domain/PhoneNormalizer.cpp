#include "PhoneNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <atomic>

namespace voronka {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Whether a ten-digit national number after +7 is valid, by its first six digits: 0 not asked yet, 1 valid,
// 2 not valid. Every pattern libphonenumber has for +7 (Russia and Kazakhstan share the code) is a fixed prefix of
// at most five digits followed by any digits ("(?:3(?:0[12]|...)\d{7}", "9\d{9}", "(?:33622|7(?:1(?:0(?:[23]\d..."
// in 8.12), so the first number seen with a prefix answers for all of them. Asking libphonenumber costs microseconds
// of regular expressions; a million-row list has far fewer prefixes than numbers. Process-wide, because the answer
// depends on the library's metadata alone; atomic, because normalisers run on several threads and two threads that
// race here store the same answer.
constexpr int validityPrefixDigits = 6;
std::array<std::atomic<quint8>, 1000000> validityByPrefix;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isExtensionWord(QStringView word)
{
    // Words libphonenumber does not take for an extension, though Russian lists use them as much as "доб.".
    for (const QStringView known : {QStringView(u"вн"), QStringView(u"внутр"), QStringView(u"внутренний"),
                                    QStringView(u"доп"), QStringView(u"добавочный")}) {
        if (word.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isValidRussianNational(const char16_t *national)
{
    int prefix = 0;
    for (int i = 0; i < validityPrefixDigits; ++i)
        prefix = prefix * 10 + (national[i] - u'0');
    std::atomic<quint8> &known = validityByPrefix[size_t(prefix)];
    quint8 answer = known.load(std::memory_order_relaxed);
    if (answer == 0) {
        quint64 number = 0;
        for (int i = 0; i < 10; ++i)
            number = number * 10 + quint64(national[i] - u'0');
        PhoneNumber phone;
        phone.set_country_code(7);
        phone.set_national_number(number);
        answer = PhoneNumberUtil::GetInstance()->IsValidNumber(phone) ? 1 : 2;
        known.store(answer, std::memory_order_relaxed);
    }
    return answer == 1;
}

// Reads the common Russian spellings without libphonenumber's parser: an optional "+", then 10 or 11 digits among
// spaces, dashes and brackets, then optionally "доб." and the extension's digits. Only what libphonenumber reads the
// same way by construction is taken; anything else (and every number it does not find valid) goes to the parser:
//  - "+7" and ten digits: the country code and the national number;
//  - "8" or "7" and ten digits: libphonenumber strips the national prefix 8 or the country code 7 when what is left
//    is a national number of the right shape, which a valid one always is;
//  - ten digits alone: a national number. "810…" would be the international prefix and is left to the parser;
//  - the national number must start with 3, 4, 8 or 9 (Russian ranges; 7 and 6 are Kazakhstan's and the parser's).
bool readRussian(QStringView text, NormalizedPhone &out)
{
    const auto *p = text.utf16();
    const auto *const end = p + text.size();
    const bool plus = p < end && *p == u'+';
    if (plus)
        ++p;
    char16_t digits[11];
    int count = 0;
    char16_t last = 0;
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (isDigit(c)) {
            if (count == 11)
                return false;
            digits[count++] = c;
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')') {
            break;
        }
        if (c != u' ')
            last = c;
    }
    if (!isDigit(last))
        return false;

    const char16_t *extension = nullptr;
    qsizetype extensionSize = 0;
    if (p < end) {
        // ", доб. 12", " доб.12", " доб 12": what libphonenumber's extension pattern takes after a number.
        if (*p == u',')
            ++p;
        while (p < end && *p == u' ')
            ++p;
        if (p[-1] != u' ' && p[-1] != u',' && !isDigit(p[-1]))
            return false;
        if (end - p < 4 || p[0] != u'д' || p[1] != u'о' || p[2] != u'б')
            return false;
        p += 3;
        if (*p == u'.')
            ++p;
        while (p < end && *p == u' ')
            ++p;
        extension = p;
        while (p < end && isDigit(*p))
            ++p;
        extensionSize = p - extension;
        if (p != end || extensionSize == 0 || extensionSize > 9)
            return false;
    }

    const char16_t *national = nullptr;
    if (plus)
        national = count == 11 && digits[0] == u'7' ? digits + 1 : nullptr;
    else if (count == 11)
        national = digits[0] == u'8' || digits[0] == u'7' ? digits + 1 : nullptr;
    else if (count == 10)
        national = digits[0] == u'8' && digits[1] == u'1' && digits[2] == u'0' ? nullptr : digits;
    if (!national)
        return false;
    const char16_t first = national[0];
    if (first != u'3' && first != u'4' && first != u'8' && first != u'9')
        return false;
    if (!isValidRussianNational(national))
        return false;

    QString e164(12, Qt::Uninitialized);
    auto *e = reinterpret_cast<char16_t *>(e164.data());
    e[0] = u'+';
    e[1] = u'7';
    std::copy(national, national + 10, e + 2);
    out.e164 = std::move(e164);
    out.extension = extension ? QString(reinterpret_cast<const QChar *>(extension), extensionSize) : QString();
    return true;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.toUpper())
    , m_regionCode(m_region.toStdString())
    , m_russian(m_region == QLatin1String("RU"))
{
}

QString PhoneNormalizer::prepared(const QString &raw)
{
    QString text = raw.trimmed();

    // A note in brackets after the number ("(моб.)", "(секретарь)") says what the number is; libphonenumber
    // refuses the whole text for it. Brackets with digits are part of the number ("(495)") and stay.
    while (text.endsWith(u')')) {
        const qsizetype open = text.lastIndexOf(u'(');
        if (open < 0)
            break;
        bool hasDigit = false;
        for (qsizetype i = open + 1; i < text.size() - 1 && !hasDigit; ++i)
            hasDigit = isDigit(text.at(i).unicode());
        if (hasDigit)
            break;
        text.truncate(open);
        text = text.trimmed();
    }

    // The extension words are Cyrillic: most numbers have nothing else to look at.
    bool nonAscii = false;
    for (const QChar c : std::as_const(text))
        nonAscii = nonAscii || c.unicode() >= 0x80;
    if (!nonAscii)
        return text;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isLetter() || (i > 0 && text.at(i - 1).isLetter())) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        if (!isExtensionWord(QStringView(text).mid(i, end - i))) {
            i = end;
            continue;
        }
        if (end < text.size() && text.at(end) == u'.')
            ++end;
        text.replace(i, end - i, QStringLiteral("доб."));
        i += 4;
    }
    return text;
}

NormalizedPhone PhoneNormalizer::normalize(const QString &raw) const
{
    const QString text = prepared(raw);
    if (m_russian) {
        NormalizedPhone fast;
        if (readRussian(text, fast))
            return fast;
    }
    return parse(text);
}

NormalizedPhone PhoneNormalizer::normalizeWithParser(const QString &raw) const
{
    return parse(prepared(raw));
}

NormalizedPhone PhoneNormalizer::parse(const QString &prepared) const
{
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(prepared.toStdString(), m_regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return {QString::fromStdString(formatted), QString::fromStdString(number.extension())};
}

QString PhoneNormalizer::formatInternational(const QString &e164)
{
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace voronka
