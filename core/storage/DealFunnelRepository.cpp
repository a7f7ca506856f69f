#include "DealFunnelRepository.h"

#include "DealRepository.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "VersionedTable.h"

#include <QCoreApplication>

namespace voronka {

DealFunnelRepository::DealFunnelRepository(DataContext context)
    : m_context(context)
{
}

Deal DealFunnelRepository::findAtVersion(qint64 dealId, qint64 expectedVersion)
{
    auto deal = DealRepository(m_context).find(dealId);
    if (!deal) {
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("DealRepository", "The deal no longer exists: someone deleted it."));
    }
    if (deal->version != expectedVersion) {
        // Report the colleague's change rather than judging a move against a deal this user has not seen: a save at
        // the stale version throws StaleVersion with who changed the deal and when.
        deal->version = expectedVersion;
        saveStep(*deal);
    }
    return *deal;
}

void DealFunnelRepository::saveStep(Deal &deal)
{
    deal.version = DealRepository::table(m_context).update(
        deal.id, deal.version, QStringLiteral("step = ?, invoice_number = ?, invoice_date = ?, lost_reason = ?"),
        {dealStepKey(deal.step), nullIfEmpty(deal.invoiceNumber), toStoredDate(deal.invoiceDate),
         nullIfEmpty(deal.lostReason)});
}

} // namespace voronka
