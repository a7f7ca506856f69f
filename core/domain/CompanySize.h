#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// How much of a seller's capacity a company takes (seed 004): a closer leads 30-40 small or medium companies, 10-15
// large ones or 1-3 key accounts at a time.
enum class CompanySize { SmallOrMedium, Large, Key };

QList<CompanySize> allCompanySizes();
QString companySizeKey(CompanySize size); // "small", "large", "key"
std::optional<CompanySize> companySizeFromKey(const QString &key);
QString companySizeTitle(CompanySize size);

// Where an inquiry came from.
enum class InquirySource { Advertising, Website, Referral, Repeat, Other };

QList<InquirySource> allInquirySources();
QString inquirySourceKey(InquirySource source);
std::optional<InquirySource> inquirySourceFromKey(const QString &key);
QString inquirySourceTitle(InquirySource source);

} // namespace voronka
