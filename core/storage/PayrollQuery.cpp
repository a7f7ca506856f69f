#include "PayrollQuery.h"

#include "Database.h"
#include "PersonActivityQuery.h"
#include "SqlStatement.h"
#include "Timestamps.h"

#include <QTimeZone>

namespace voronka {

PayrollQuery::PayrollQuery(DataContext context)
    : m_context(context)
{
}

QList<PaidMoney> PayrollQuery::payments(const QDate &firstDay, const QDate &lastDay) const
{
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT p.id, p.company_id, p.paid_at, p.amount_kopecks, coalesce(d.amount_kopecks, 0), "
                       "coalesce(d.margin_kopecks, 0), coalesce(c.brought_by, 0), c.client_since "
                       "FROM payments p JOIN companies c ON c.id = p.company_id "
                       "LEFT JOIN deals d ON d.id = p.deal_id WHERE p.paid_at >= ? AND p.paid_at < ? "
                       "ORDER BY p.paid_at, p.id"));
    select
        .bind({toStoredTime(firstDay.startOfDay(QTimeZone::utc())),
               toStoredTime(lastDay.addDays(1).startOfDay(QTimeZone::utc()))})
        .exec();
    QList<PaidMoney> payments;
    while (select.next())
        payments.append({select.value(0).toLongLong(), select.value(1).toLongLong(),
                         fromStoredTime(select.value(2)).date(), select.value(3).toLongLong(),
                         select.value(4).toLongLong(), select.value(5).toLongLong(), select.value(6).toLongLong(),
                         fromStoredTime(select.value(7))});
    return payments;
}

QHash<qint64, QList<qint64>> PayrollQuery::confirmedContacts(const QDateTime &start, const QDateTime &end) const
{
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT collected_by, id FROM companies WHERE confirmed_at >= ? AND confirmed_at < ? "
                       "AND collected_by IS NOT NULL ORDER BY confirmed_at, id"));
    select.bind({toStoredTime(start), toStoredTime(end)}).exec();
    QHash<qint64, QList<qint64>> confirmed;
    while (select.next())
        confirmed[select.value(0).toLongLong()].append(select.value(1).toLongLong());
    return confirmed;
}

QHash<qint64, QList<qint64>> PayrollQuery::bookedMeetingsHeld(const QDateTime &start, const QDateTime &end) const
{
    // The meeting held and who booked it, as the activity report counts them.
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT %1, m.company_id FROM activities m WHERE %2 ORDER BY m.occurred_at, m.id")
            .arg(PersonActivityQuery::bookerOf(QStringLiteral("m")),
                 PersonActivityQuery::meetingsHeldIn(QStringLiteral("m"))));
    select.bind({toStoredTime(start), toStoredTime(end)}).exec();
    QHash<qint64, QList<qint64>> held;
    while (select.next()) {
        if (!select.value(0).isNull())
            held[select.value(0).toLongLong()].append(select.value(1).toLongLong());
    }
    return held;
}

QHash<qint64, QString> PayrollQuery::companyNames(const QList<qint64> &ids) const
{
    QHash<qint64, QString> names;
    for (qsizetype from = 0; from < ids.size(); from += idsPerStatement) {
        const QList<qint64> part = ids.mid(from, idsPerStatement);
        QVariantList values;
        for (const qint64 id : part)
            values.append(id);
        SqlStatement select(
            m_context.db.connection(),
            QStringLiteral("SELECT id, name FROM companies WHERE id IN (%1)").arg(parameterMarks(part.size())));
        select.bindAll(values).exec();
        while (select.next())
            names.insert(select.value(0).toLongLong(), select.value(1).toString());
    }
    return names;
}

} // namespace voronka
