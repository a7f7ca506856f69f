#include "ActivityHourCounts.h"

#include "ActivityHoursFill.h"
#include "Database.h"
#include "FunnelFilterSql.h"
#include "RowScan.h"
#include "TextCodes.h"
#include "Timestamps.h"
#include "domain/CallOutcome.h"

#include <QTimeZone>

#include <vector>

namespace voronka {

namespace {

QDateTime hourAtOrBefore(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), 0), QTimeZone::utc());
}

QDateTime hourAtOrAfter(const QDateTime &time)
{
    const QDateTime hour = hourAtOrBefore(time);
    return hour < time ? hour.addSecs(3600) : hour;
}

// activity_hours' key of the hour that starts at a whole hour: the stored time's first 13 characters.
QString hourKey(const QDateTime &hour)
{
    return toStoredTime(hour).toString().left(13);
}

} // namespace

ActivityHourCounts::ActivityHourCounts(Database &db)
    : m_db(db)
{
}

QHash<qint64, CallTally> ActivityHourCounts::tally(const QDateTime &start, const QDateTime &end,
                                                   const FunnelFilter &filter) const
{
    QHash<qint64, CallTally> people;
    TextCodes kinds;
    const int call = kinds.code("call");
    const int meeting = kinds.code("meeting");
    TextCodes outcomes;
    // What each outcome counts as, by its code: a conversation, a meeting booked, a meeting held.
    struct Counts
    {
        bool conversation = false;
        bool booked = false;
        bool held = false;
    };
    std::vector<Counts> counts;
    const QString booked = callOutcomeKey(CallOutcome::MeetingBooked);
    qint64 lastUser = 0;
    CallTally *person = nullptr;
    read(start, end, filter, [&](const RowScan &row) {
        const qint64 mover = row.integer(1);
        if (!person || mover != lastUser) {
            person = &people[mover];
            lastUser = mover;
        }
        const int outcome = outcomes.code(row.text(2));
        if (size_t(outcome) >= counts.size()) {
            const QString key = outcomes.text(outcome);
            const std::optional<CallOutcome> known = callOutcomeFromKey(key);
            counts.push_back({known && reachesCompany(*known), key == booked, key.startsWith(QStringLiteral("held"))});
        }
        const qint64 n = row.integer(3);
        const Counts as = counts[size_t(outcome)];
        const int kind = kinds.code(row.text(0));
        if (kind == call) {
            person->calls += n;
            person->conversations += as.conversation ? n : 0;
            person->meetingsBooked += as.booked ? n : 0;
        } else if (kind == meeting) {
            person->meetingsHeld += as.held ? n : 0;
        }
    });
    return people;
}

void ActivityHourCounts::read(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter,
                              const std::function<void(const RowScan &row)> &count) const
{
    const QSqlDatabase db = m_db.connection();
    const SqlCondition ofCompanies = FunnelFilterSql::ofCompanies(filter, QStringLiteral("a"));
    const auto scan = [&](const QString &sql, QVariantList values) {
        QString person;
        if (filter.userId != 0) {
            person = QStringLiteral(" AND user_id = ?");
            values.append(filter.userId);
        }
        RowScan rows(db, sql + person, values);
        while (rows.next())
            count(rows);
    };
    // "kind IN (...)" is activities_period's own condition: a partial index serves only a statement repeating it.
    const auto readActivities = [&](const QDateTime &from, const QDateTime &to) {
        QVariantList values{toStoredTime(from), toStoredTime(to)};
        values.append(ofCompanies.values);
        scan(QStringLiteral("SELECT kind, user_id, outcome, 1 FROM activities a INDEXED BY activities_period "
                            "WHERE kind IN ('call', 'meeting') AND occurred_at >= ? AND occurred_at < ? "
                            "AND user_id IS NOT NULL")
                 + FunnelFilterSql::andIf(ofCompanies),
             values);
    };

    const QDateTime firstHour = hourAtOrAfter(start);
    const QDateTime endHour = hourAtOrBefore(end);
    if (!ofCompanies.sql.isEmpty() || firstHour >= endHour || !ActivityHoursFill(m_db).isFinished()) {
        if (start < end)
            readActivities(start, end);
        return;
    }
    if (start < firstHour)
        readActivities(start, firstHour);
    scan(QStringLiteral("SELECT kind, user_id, outcome, n FROM activity_hours WHERE hour >= ? AND hour < ?"),
         {hourKey(firstHour), hourKey(endHour)});
    if (endHour < end)
        readActivities(endHour, end);
}

} // namespace voronka
