#pragma once

#include <QString>

namespace voronka {

struct NormalizedPhone
{
    QString e164; // "+74951234567"; empty when the number is not valid
    QString extension; // "123" from "доб. 123"
};

// Turns a phone as people write it ("8 (495) 123-45-67 доб. 12") into E.164 with libphonenumber.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(const QString &defaultRegion = QStringLiteral("RU"));

    NormalizedPhone normalize(const QString &raw) const;
    // "+7 495 123-45-67" for display; the raw text when the number is not valid.
    static QString formatInternational(const QString &e164);

private:
    QString m_region;
};

} // namespace voronka
