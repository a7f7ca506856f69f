#include "ActivityHoursFill.h"

#include "Database.h"
#include "SqlStatement.h"
#include "WriteTransaction.h"

#include <algorithm>

namespace voronka {

namespace {

// The keys schema step 23 writes (023_activity_hours.sql).
const QString nextKey = QStringLiteral("activity_hours_fill_next");
const QString lastKey = QStringLiteral("activity_hours_fill_up_to");

} // namespace

ActivityHoursFill::ActivityHoursFill(Database &db, StepPacing pacing, qint64 mostIdsPerStep)
    : m_db(db)
    , m_pacing(pacing)
    , m_mostIdsPerStep(mostIdsPerStep)
{
}

std::optional<ActivityHoursFill::Left> ActivityHoursFill::left() const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT (SELECT value FROM settings WHERE key = ?), "
                                       "(SELECT value FROM settings WHERE key = ?)"));
    select.bind({nextKey, lastKey}).exec();
    if (!select.next() || select.value(0).isNull())
        return std::nullopt;
    return Left{select.value(0).toLongLong(), select.value(1).toLongLong()};
}

bool ActivityHoursFill::isFinished() const
{
    return !left().has_value();
}

bool ActivityHoursFill::run()
{
    if (isFinished())
        return true;
    bool finished = false;
    WriteSteps(m_db, m_pacing).repeat([&](qint64 limit) {
        finished = fill(m_mostIdsPerStep > 0 ? std::min(limit, m_mostIdsPerStep) : limit);
        // repeat() goes on while a step did its whole limit, and sizes the next step by this one's time.
        return finished ? qint64(0) : limit;
    });
    return finished;
}

bool ActivityHoursFill::step(qint64 ids)
{
    WriteTransaction transaction(m_db);
    const bool finished = fill(ids);
    transaction.commit();
    return finished;
}

bool ActivityHoursFill::fill(qint64 ids)
{
    // Read inside the step's transaction: what another connection counted meanwhile is not counted again.
    const std::optional<Left> rest = left();
    if (!rest)
        return true;
    const QSqlDatabase db = m_db.connection();
    const qint64 to = std::min(rest->nextId + std::max<qint64>(1, ids) - 1, rest->lastId);
    SqlStatement::run(db,
                      QStringLiteral("INSERT INTO activity_hours (hour, user_id, kind, outcome, n) "
                                     "SELECT substr(occurred_at, 1, 13), user_id, kind, coalesce(outcome, ''), "
                                     "count(*) FROM activities WHERE id BETWEEN ? AND ? "
                                     "AND kind IN ('call', 'meeting') AND user_id IS NOT NULL GROUP BY 1, 2, 3, 4 "
                                     "ON CONFLICT (hour, user_id, kind, outcome) DO UPDATE SET n = n + excluded.n"),
                      {rest->nextId, to});
    if (to >= rest->lastId) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM settings WHERE key IN (?, ?)"), {nextKey, lastKey});
        return true;
    }
    SqlStatement::run(db, QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {to + 1, nextKey});
    return false;
}

} // namespace voronka
