#pragma once

#include <QString>

#include <string>

namespace voronka {

struct NormalizedPhone
{
    QString e164; // "+74951234567"; empty when the number is not valid
    QString extension; // "123" from "доб. 123"
};

// Turns a phone as people write it ("8 (495) 123-45-67 доб. 12") into E.164 with libphonenumber.
//
// Before libphonenumber reads it, the extension words it does not know ("вн.", "внутр.", "внутренний", "доп.",
// "добавочный") become "доб.", which it does know, and a trailing note in brackets without digits ("(моб.)",
// "(офис)") is dropped. The usual Russian spellings (10 or 11 digits with spaces, dashes and brackets, "+7", "7"
// or "8" in front, an optional "доб. N") are read without libphonenumber's parser, for speed, and give exactly
// what it gives (tests/core/domain/phone_normalizer_test.cpp compares the two); everything else is parsed by it.
// Safe to use from several threads at once.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(const QString &defaultRegion = QStringLiteral("RU"));

    NormalizedPhone normalize(const QString &raw) const;
    // The same, always through libphonenumber's parser: the reference the fast reading is checked against.
    NormalizedPhone normalizeWithParser(const QString &raw) const;
    // "+7 495 123-45-67" for display; the raw text when the number is not valid.
    static QString formatInternational(const QString &e164);

    // What normalize() hands to libphonenumber: extension words replaced, a trailing note dropped, trimmed.
    static QString prepared(const QString &raw);

private:
    NormalizedPhone parse(const QString &prepared) const;

    QString m_region;
    std::string m_regionCode;
    bool m_russian = false;
};

} // namespace voronka
