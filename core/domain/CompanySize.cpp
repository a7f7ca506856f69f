#include "CompanySize.h"

#include "EnumNames.h"

namespace voronka {

namespace {
constexpr EnumNames<CompanySize, 3>
    sizeNames("CompanySize",
              {{
                  {CompanySize::SmallOrMedium, "small", QT_TRANSLATE_NOOP("CompanySize", "Small or medium")},
                  {CompanySize::Large, "large", QT_TRANSLATE_NOOP("CompanySize", "Large")},
                  {CompanySize::Key, "key", QT_TRANSLATE_NOOP("CompanySize", "Key account")},
              }});
constexpr EnumNames<InquirySource, 5>
    sourceNames("InquirySource",
                {{
                    {InquirySource::Advertising, "advertising", QT_TRANSLATE_NOOP("InquirySource", "Advertising")},
                    {InquirySource::Website, "website", QT_TRANSLATE_NOOP("InquirySource", "Website")},
                    {InquirySource::Referral, "referral", QT_TRANSLATE_NOOP("InquirySource", "Referral")},
                    {InquirySource::Repeat, "repeat", QT_TRANSLATE_NOOP("InquirySource", "Repeat")},
                    {InquirySource::Other, "other", QT_TRANSLATE_NOOP("InquirySource", "Other")},
                }});
} // namespace

QList<CompanySize> allCompanySizes()
{
    return sizeNames.all();
}
QString companySizeKey(CompanySize size)
{
    return sizeNames.key(size);
}
std::optional<CompanySize> companySizeFromKey(const QString &key)
{
    return sizeNames.fromKey(key);
}
QString companySizeTitle(CompanySize size)
{
    return sizeNames.title(size);
}
QList<InquirySource> allInquirySources()
{
    return sourceNames.all();
}
QString inquirySourceKey(InquirySource source)
{
    return sourceNames.key(source);
}
std::optional<InquirySource> inquirySourceFromKey(const QString &key)
{
    return sourceNames.fromKey(key);
}
QString inquirySourceTitle(InquirySource source)
{
    return sourceNames.title(source);
}

} // namespace voronka
