#include "PersonActivityQuery.h"

#include "Database.h"
#include "FunnelHistoryQuery.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/CallOutcome.h"

#include <QStringList>
#include <QTimeZone>

namespace voronka {

namespace {

QString quotedKeys(const QList<CallOutcome> &outcomes)
{
    QStringList keys;
    for (CallOutcome outcome : outcomes)
        keys.append(QLatin1Char('\'') + callOutcomeKey(outcome) + QLatin1Char('\''));
    return keys.join(QLatin1Char(','));
}

QList<CallOutcome> conversationOutcomes()
{
    QList<CallOutcome> outcomes;
    for (CallOutcome outcome : allCallOutcomes()) {
        if (reachesCompany(outcome))
            outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace

PersonActivityQuery::PersonActivityQuery(DataContext context)
    : m_context(context)
{
}

QHash<qint64, PersonActivity> PersonActivityQuery::of(const QDateTime &start, const QDateTime &end,
                                                      const QDate &firstDay, const QDate &lastDay, qint64 userId,
                                                      const QString &region) const
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant from = toStoredTime(start);
    const QVariant to = toStoredTime(end);
    QHash<qint64, PersonActivity> people;
    // "AND <column> = ?" for one person, and the region's companies.
    const auto narrowed = [&](const QString &personColumn, const QString &companyColumn, QVariantList &values) {
        QString sql;
        if (userId != 0) {
            sql += QStringLiteral(" AND %1 = ?").arg(personColumn);
            values.append(userId);
        }
        if (!region.isEmpty()) {
            sql += QStringLiteral(" AND %1 IN (SELECT id FROM companies WHERE region = ?)").arg(companyColumn);
            values.append(region);
        }
        return sql;
    };

    {
        QVariantList values{from, to};
        const QString more = narrowed(QStringLiteral("user_id"), QStringLiteral("company_id"), values);
        SqlStatement work(
            db,
            QStringLiteral("SELECT user_id, sum(kind = 'call'), sum(kind = 'call' AND outcome IN (%1)), "
                           "sum(kind = 'call' AND outcome = '%2'), "
                           "sum(kind = 'meeting' AND outcome LIKE 'held%') FROM activities "
                           "WHERE kind IN ('call', 'meeting') AND occurred_at >= ? AND occurred_at < ? "
                           "AND user_id IS NOT NULL%3 GROUP BY user_id")
                .arg(quotedKeys(conversationOutcomes()), callOutcomeKey(CallOutcome::MeetingBooked), more));
        work.bindAll(values).exec();
        while (work.next()) {
            PersonActivity &person = people[work.value(0).toLongLong()];
            person.calls = work.value(1).toLongLong();
            person.conversations = work.value(2).toLongLong();
            person.meetingsBooked = work.value(3).toLongLong();
            person.meetingsHeld = work.value(4).toLongLong();
        }
    }
    {
        QVariantList values{from, to};
        const QString more = narrowed(QStringLiteral("user_id"), QStringLiteral("company_id"), values);
        SqlStatement steps(db,
                           QStringLiteral("SELECT user_id, sum(to_stage = 'offer_sent'), sum(to_stage = 'contract') "
                                          "FROM stage_history WHERE to_stage IN ('offer_sent', 'contract') "
                                          "AND changed_at >= ? AND changed_at < ? AND deal_id IS NOT NULL "
                                          "AND user_id IS NOT NULL%1 GROUP BY user_id")
                               .arg(more));
        steps.bindAll(values).exec();
        while (steps.next()) {
            PersonActivity &person = people[steps.value(0).toLongLong()];
            person.offers = steps.value(1).toLongLong();
            person.contracts = steps.value(2).toLongLong();
        }
    }
    {
        // A company's first move to client (not an earlier one) is its first payment, counted for who brought it.
        QVariantList values{from, to};
        const QString more = narrowed(QStringLiteral("c.brought_by"), QStringLiteral("c.id"), values);
        SqlStatement first(db,
                           QStringLiteral("SELECT c.brought_by, count(*) FROM stage_history h "
                                          "JOIN companies c ON c.id = h.company_id WHERE h.changed_at >= ? "
                                          "AND h.changed_at < ? AND c.brought_by IS NOT NULL%1 AND %2 GROUP BY 1")
                               .arg(more, FunnelHistoryQuery::firstMoveToClient(QStringLiteral("h"))));
        first.bindAll(values).exec();
        while (first.next())
            people[first.value(0).toLongLong()].firstPayments = first.value(1).toLongLong();
    }
    {
        QVariantList values{toStoredTime(firstDay.startOfDay(QTimeZone::utc())),
                            toStoredTime(lastDay.addDays(1).startOfDay(QTimeZone::utc()))};
        const QString more
            = narrowed(QStringLiteral("coalesce(d.owner_id, c.owner_id)"), QStringLiteral("p.company_id"), values);
        SqlStatement money(db,
                           QStringLiteral("SELECT coalesce(d.owner_id, c.owner_id), sum(p.amount_kopecks) "
                                          "FROM payments p JOIN companies c ON c.id = p.company_id "
                                          "LEFT JOIN deals d ON d.id = p.deal_id "
                                          "WHERE p.paid_at >= ? AND p.paid_at < ? "
                                          "AND coalesce(d.owner_id, c.owner_id) IS NOT NULL%1 GROUP BY 1")
                               .arg(more));
        money.bindAll(values).exec();
        while (money.next())
            people[money.value(0).toLongLong()].paymentsKopecks = money.value(1).toLongLong();
    }
    {
        // Two ranges, each of its own index (companies_created, companies_confirmed), rather than one pass over
        // every collected company: a company in both counts once in each sum, as before.
        QVariantList values{from, to};
        const QString created = narrowed(QStringLiteral("collected_by"), QStringLiteral("id"), values);
        values.append({from, to});
        const QString confirmed = narrowed(QStringLiteral("collected_by"), QStringLiteral("id"), values);
        SqlStatement collected(
            db,
            QStringLiteral("SELECT collected_by, sum(created), sum(confirmed) FROM ("
                           "SELECT collected_by, 1 AS created, 0 AS confirmed FROM companies "
                           "WHERE created_at >= ? AND created_at < ? AND collected_by IS NOT NULL%1 "
                           "UNION ALL SELECT collected_by, 0, 1 FROM companies "
                           "WHERE confirmed_at >= ? AND confirmed_at < ? AND collected_by IS NOT NULL%2) GROUP BY 1")
                .arg(created, confirmed));
        collected.bindAll(values).exec();
        while (collected.next()) {
            PersonActivity &person = people[collected.value(0).toLongLong()];
            person.collectedContacts = collected.value(1).toLongLong();
            person.confirmedContacts = collected.value(2).toLongLong();
        }
    }
    {
        // Who booked each meeting held: the latest call that booked a meeting with the company before it.
        QVariantList values{from, to};
        QString more;
        if (!region.isEmpty()) {
            more = QStringLiteral(" AND m.company_id IN (SELECT id FROM companies WHERE region = ?)");
            values.append(region);
        }
        SqlStatement booked(db,
                            QStringLiteral("SELECT booker, count(*) FROM (SELECT (SELECT c.user_id FROM activities c "
                                           "WHERE c.company_id = m.company_id AND c.kind = 'call' AND c.outcome = '%1' "
                                           "AND c.occurred_at <= m.occurred_at ORDER BY c.occurred_at DESC, c.id DESC "
                                           "LIMIT 1) AS booker FROM activities m WHERE m.kind = 'meeting' "
                                           "AND m.outcome LIKE 'held%' AND m.occurred_at >= ? AND m.occurred_at < ?%2) "
                                           "WHERE booker IS NOT NULL%3 GROUP BY 1")
                                .arg(callOutcomeKey(CallOutcome::MeetingBooked), more,
                                     userId != 0 ? QStringLiteral(" AND booker = %1").arg(userId) : QString()));
        booked.bindAll(values).exec();
        while (booked.next())
            people[booked.value(0).toLongLong()].bookedMeetingsHeld = booked.value(1).toLongLong();
    }
    {
        QVariantList values{from, to};
        const QString more = narrowed(QStringLiteral("c.owner_id"), QStringLiteral("c.id"), values);
        SqlStatement back(db,
                          QStringLiteral("SELECT c.owner_id, count(*) FROM stage_history h "
                                         "JOIN companies c ON c.id = h.company_id WHERE h.to_stage = 'client' "
                                         "AND h.changed_at >= ? AND h.changed_at < ? AND h.deal_id IS NULL "
                                         "AND h.from_stage = 'reactivation' AND c.owner_id IS NOT NULL%1 "
                                         "GROUP BY 1")
                              .arg(more));
        back.bindAll(values).exec();
        while (back.next())
            people[back.value(0).toLongLong()].reactivatedClients = back.value(1).toLongLong();
    }
    {
        QVariantList values{from, to, from, to, from, to, from, to};
        const QString more = narrowed(QStringLiteral("assignee_id"), QStringLiteral("company_id"), values);
        SqlStatement visits(db,
                            QStringLiteral("SELECT assignee_id, sum(status = 'done' AND done_at >= ? AND done_at < ?), "
                                           "sum(due_at >= ? AND due_at < ?) FROM tasks WHERE kind = 'vip_visit' "
                                           "AND assignee_id IS NOT NULL AND ((status = 'done' AND done_at >= ? "
                                           "AND done_at < ?) OR (due_at >= ? AND due_at < ?))%1 GROUP BY 1")
                                .arg(more));
        visits.bindAll(values).exec();
        while (visits.next()) {
            PersonActivity &person = people[visits.value(0).toLongLong()];
            person.vipVisits = visits.value(1).toLongLong();
            person.vipVisitsDue = visits.value(2).toLongLong();
        }
    }
    return people;
}

} // namespace voronka
