#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// The seven steps of a sale, then paid (won) or lost. The keys match the deals.step check in the schema.
// (A domain type; it sits in storage until domain/ gets its deal types.)
enum class DealStep { Needs, Presentation, OfferSent, Objections, Contract, InvoiceIssued, Paid, Lost };

QList<DealStep> allDealSteps();
QString dealStepKey(DealStep step);
std::optional<DealStep> dealStepFromKey(const QString &key);
QString dealStepTitle(DealStep step);

} // namespace voronka
