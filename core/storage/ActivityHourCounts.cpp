#include "ActivityHourCounts.h"

#include "ActivityHoursFill.h"
#include "Database.h"
#include "RowScan.h"
#include "Timestamps.h"

#include <QTimeZone>

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

void ActivityHourCounts::read(const QDateTime &start, const QDateTime &end, qint64 userId, const QString &region,
                              const std::function<void(const RowScan &row)> &count) const
{
    const QSqlDatabase db = m_db.connection();
    const auto scan = [&](const QString &sql, QVariantList values) {
        if (userId != 0)
            values.append(userId);
        RowScan rows(db, sql.arg(userId != 0 ? QStringLiteral(" AND user_id = ?") : QString()), values);
        while (rows.next())
            count(rows);
    };
    // "kind IN (...)" is activities_period's own condition: a partial index serves only a statement repeating it.
    const auto readActivities = [&](const QDateTime &from, const QDateTime &to) {
        QVariantList values{toStoredTime(from), toStoredTime(to)};
        QString inRegion;
        if (!region.isEmpty()) {
            inRegion = QStringLiteral(" AND company_id IN (SELECT id FROM companies WHERE region = ?)");
            values.append(region);
        }
        scan(QStringLiteral("SELECT kind, user_id, outcome, 1 FROM activities INDEXED BY activities_period "
                            "WHERE kind IN ('call', 'meeting') AND occurred_at >= ? AND occurred_at < ? "
                            "AND user_id IS NOT NULL")
                 + inRegion + QStringLiteral("%1"),
             values);
    };

    const QDateTime firstHour = hourAtOrAfter(start);
    const QDateTime endHour = hourAtOrBefore(end);
    if (!region.isEmpty() || firstHour >= endHour || !ActivityHoursFill(m_db).isFinished()) {
        if (start < end)
            readActivities(start, end);
        return;
    }
    if (start < firstHour)
        readActivities(start, firstHour);
    scan(QStringLiteral("SELECT kind, user_id, outcome, n FROM activity_hours WHERE hour >= ? AND hour < ?%1"),
         {hourKey(firstHour), hourKey(endHour)});
    if (endHour < end)
        readActivities(endHour, end);
}

} // namespace voronka
