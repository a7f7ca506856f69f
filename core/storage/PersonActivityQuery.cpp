#include "PersonActivityQuery.h"

#include "ActivityHourCounts.h"
#include "Database.h"
#include "FunnelHistoryQuery.h"
#include "ParallelRead.h"
#include "RowScan.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "domain/CallOutcome.h"

#include <QStringList>
#include <QTimeZone>

namespace voronka {

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

    // A year is a million calls: read mostly as activity_hours' counts of an hour.
    FunnelFilter slice;
    slice.userId = userId;
    slice.region = region;
    const QHash<qint64, CallTally> calls = ActivityHourCounts(m_context.db).tally(start, end, slice);
    for (auto made = calls.cbegin(); made != calls.cend(); ++made) {
        PersonActivity &person = people[made.key()];
        person.calls = made->calls;
        person.conversations = made->conversations;
        person.meetingsBooked = made->meetingsBooked;
        person.meetingsHeld = made->meetingsHeld;
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
    // The moves to client of a period, then their companies: for everyone one range of stage_history_clients (CROSS
    // JOIN keeps it the outer loop: the planner would start from the companies of the person in the condition and
    // read the whole range again for each); for one person the planner starts from that person's companies.
    const QString clientsThenCompanies = userId == 0
        ? QStringLiteral("stage_history h INDEXED BY stage_history_clients CROSS JOIN companies c")
        : QStringLiteral("stage_history h JOIN companies c");
    // Who brought each first payment and who booked each meeting held are a look each, a quarter of a million in a
    // year: read on a second connection while this one counts the rest.
    QHash<qint64, PersonActivity> brought;
    ParallelRead looks(m_context.db, [&](Database &other) {
        const QSqlDatabase own = other.connection();
        {
            // A company's first move to client (not an earlier one) is its first payment, counted for who brought it.
            QVariantList values{from, to};
            const QString more = narrowed(QStringLiteral("c.brought_by"), QStringLiteral("c.id"), values);
            SqlStatement first(
                own,
                QStringLiteral("SELECT c.brought_by, count(*) FROM %3 ON c.id = h.company_id WHERE h.changed_at >= ? "
                               "AND h.changed_at < ? AND c.brought_by IS NOT NULL%1 AND %2 GROUP BY 1")
                    .arg(more, FunnelHistoryQuery::firstMoveToClient(QStringLiteral("h")), clientsThenCompanies));
            first.bindAll(values).exec();
            while (first.next())
                brought[first.value(0).toLongLong()].firstPayments = first.value(1).toLongLong();
        }
        {
            QVariantList values{from, to};
            QString more;
            if (!region.isEmpty()) {
                more = QStringLiteral(" AND m.company_id IN (SELECT id FROM companies WHERE region = ?)");
                values.append(region);
            }
            RowScan booked(own,
                           QStringLiteral("SELECT %1 FROM activities m WHERE %2%3")
                               .arg(bookerOf(QStringLiteral("m")), meetingsHeldIn(QStringLiteral("m")), more),
                           values);
            while (booked.next()) {
                if (booked.isNull(0))
                    continue;
                const qint64 booker = booked.integer(0);
                if (userId == 0 || booker == userId)
                    ++brought[booker].bookedMeetingsHeld;
            }
        }
    });
    {
        // A payment counts for its deal's owner, or its company's when the deal has none (coalesce looks the company
        // up only then). Summed here as read: a year's payments are tens of thousands.
        const QString owner = QStringLiteral("coalesce((SELECT owner_id FROM deals WHERE id = p.deal_id), "
                                             "(SELECT owner_id FROM companies WHERE id = p.company_id))");
        QVariantList values{toStoredTime(firstDay.startOfDay(QTimeZone::utc())),
                            toStoredTime(lastDay.addDays(1).startOfDay(QTimeZone::utc()))};
        const QString more = narrowed(owner, QStringLiteral("p.company_id"), values);
        RowScan money(db,
                      QStringLiteral("SELECT %1, p.amount_kopecks FROM payments p INDEXED BY payments_paid "
                                     "WHERE p.paid_at >= ? AND p.paid_at < ?%2")
                          .arg(owner, more),
                      values);
        while (money.next()) {
            if (!money.isNull(0))
                people[money.integer(0)].paymentsKopecks += money.integer(1);
        }
    }
    {
        // Two ranges, each of its own index (companies_created, companies_confirmed), counted by who collected them
        // here: half a million companies a year, which a GROUP BY would sort first. A company in both counts in each.
        for (const bool confirmed : {false, true}) {
            QVariantList values{from, to};
            const QString more = narrowed(QStringLiteral("collected_by"), QStringLiteral("id"), values);
            RowScan collected(
                db,
                QStringLiteral("SELECT collected_by FROM companies INDEXED BY %1 WHERE %2 >= ? "
                               "AND %2 < ? AND collected_by IS NOT NULL%3")
                    .arg(confirmed ? QStringLiteral("companies_confirmed") : QStringLiteral("companies_created"),
                         confirmed ? QStringLiteral("confirmed_at") : QStringLiteral("created_at"), more),
                values);
            qint64 lastUser = 0;
            PersonActivity *person = nullptr;
            while (collected.next()) {
                const qint64 collector = collected.integer(0);
                if (!person || collector != lastUser) {
                    person = &people[collector];
                    lastUser = collector;
                }
                ++(confirmed ? person->confirmedContacts : person->collectedContacts);
            }
        }
    }
    {
        QVariantList values{from, to};
        const QString more = narrowed(QStringLiteral("c.owner_id"), QStringLiteral("c.id"), values);
        SqlStatement back(
            db,
            QStringLiteral("SELECT c.owner_id, count(*) FROM %2 ON c.id = h.company_id WHERE h.to_stage = 'client' "
                           "AND h.changed_at >= ? AND h.changed_at < ? AND h.deal_id IS NULL "
                           "AND h.from_stage = 'reactivation' AND c.owner_id IS NOT NULL%1 GROUP BY 1")
                .arg(more, clientsThenCompanies));
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
    looks.wait();
    for (auto person = brought.cbegin(); person != brought.cend(); ++person) {
        people[person.key()].firstPayments = person->firstPayments;
        people[person.key()].bookedMeetingsHeld = person->bookedMeetingsHeld;
    }
    return people;
}

QString PersonActivityQuery::bookerOf(const QString &meeting)
{
    // The outcome is written in, not bound: activities_bookings is a partial index on that very outcome.
    return QStringLiteral("(SELECT c.user_id FROM activities c INDEXED BY activities_bookings "
                          "WHERE c.company_id = %1.company_id AND c.kind = 'call' AND c.outcome = '%2' "
                          "AND c.occurred_at <= %1.occurred_at ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1)")
        .arg(meeting, callOutcomeKey(CallOutcome::MeetingBooked));
}

QString PersonActivityQuery::meetingsHeldIn(const QString &meeting)
{
    return QStringLiteral("%1.kind IN ('call', 'meeting') AND %1.kind = 'meeting' AND %1.outcome LIKE 'held%' "
                          "AND %1.occurred_at >= ? AND %1.occurred_at < ?")
        .arg(meeting);
}

} // namespace voronka
