#include "DealRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"

#include <QCoreApplication>

namespace voronka {

namespace {
QVariant nullIfNoMoney(qint64 kopecks)
{
    return kopecks == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(kopecks);
}

void requireTitle(const Deal &deal)
{
    if (deal.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("DealRepository", "A deal needs a company and a title."));
}
} // namespace

VersionedTable DealRepository::table(DataContext context)
{
    return {context,
            QStringLiteral("deals"),
            {QCoreApplication::translate("DealRepository", "The deal no longer exists: someone deleted it."),
             QCoreApplication::translate("DealRepository", "The deal was changed by %1 at %2 since you opened it."),
             QCoreApplication::translate("DealRepository", "The deal was changed at %1 since you opened it.")}};
}

DealRepository::DealRepository(DataContext context)
    : m_context(context)
{
}

void DealRepository::create(Deal &deal)
{
    if (deal.companyId == 0)
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("DealRepository", "A deal needs a company and a title."));
    requireTitle(deal);
    SqlStatement insert(
        m_context.db.connection(),
        QStringLiteral("INSERT INTO deals (company_id, owner_id, title, step, amount_kopecks, "
                       "margin_kopecks, currency, invoice_number, invoice_date, lost_reason, "
                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind({deal.companyId, nullIfZero(deal.ownerId), deal.title.trimmed(), dealStepKey(deal.step),
                 nullIfNoMoney(deal.amountKopecks), nullIfNoMoney(deal.marginKopecks), deal.currency,
                 nullIfEmpty(deal.invoiceNumber), toStoredDate(deal.invoiceDate), nullIfEmpty(deal.lostReason)});
    for (const auto &value : table(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    deal.id = insert.lastInsertId();
    deal.version = 1;
}

std::optional<Deal> DealRepository::find(qint64 id) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT company_id, owner_id, title, step, amount_kopecks, margin_kopecks, "
                                       "currency, invoice_number, invoice_date, lost_reason, version "
                                       "FROM deals WHERE id = ?"));
    select.bind(id).exec();
    if (!select.next())
        return std::nullopt;
    Deal deal;
    deal.id = id;
    deal.companyId = select.value(0).toLongLong();
    deal.ownerId = select.value(1).toLongLong();
    deal.title = select.value(2).toString();
    deal.step = dealStepFromKey(select.value(3).toString()).value_or(DealStep::Needs);
    deal.amountKopecks = select.value(4).toLongLong();
    deal.marginKopecks = select.value(5).toLongLong();
    deal.currency = select.value(6).toString();
    deal.invoiceNumber = select.value(7).toString();
    deal.invoiceDate = fromStoredDate(select.value(8));
    deal.lostReason = select.value(9).toString();
    deal.version = select.value(10).toLongLong();
    select.done();
    return deal;
}

void DealRepository::update(Deal &deal)
{
    requireTitle(deal);
    deal.version = table(m_context).update(
        deal.id, deal.version,
        QStringLiteral("title = ?, owner_id = ?, amount_kopecks = ?, margin_kopecks = ?, currency = ?"),
        {deal.title.trimmed(), nullIfZero(deal.ownerId), nullIfNoMoney(deal.amountKopecks),
         nullIfNoMoney(deal.marginKopecks), deal.currency});
}

} // namespace voronka
