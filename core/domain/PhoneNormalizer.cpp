#include "PhoneNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

namespace voronka {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.toUpper())
{
}

NormalizedPhone PhoneNormalizer::normalize(const QString &raw) const
{
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(raw.trimmed().toStdString(), m_region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
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
