#include "FunnelSpanBackfill.h"

#include "Database.h"
#include "SqlStatement.h"
#include "WriteTransaction.h"

#include <algorithm>

namespace voronka {

namespace {

// The keys schema step 20 writes (020_funnel_spans.sql).
const QString upToKey = QStringLiteral("funnel_spans_backfill_up_to");
const QString nextKey = QStringLiteral("funnel_spans_backfill_next_company");
const QString lastKey = QStringLiteral("funnel_spans_backfill_last_company");

// What record() writes, from the facts: the next move of the company (company rows) or of the deal (deal rows), whether
// the row is the first, when the company or the deal was made, and the lost reason the comment begins with. The window
// sees the range's every row, a move recorded after the marker was set included; only the marker's rows are written.
const QString fillRange = QStringLiteral(
    "UPDATE stage_history "
    "SET left_at = later.next_at, left_to = later.next_to, opens = later.first, "
    "cohort_at = CASE WHEN stage_history.deal_id IS NULL "
    "THEN (SELECT created_at FROM companies WHERE companies.id = stage_history.company_id) "
    "ELSE (SELECT created_at FROM deals WHERE deals.id = stage_history.deal_id) END, "
    "lost_reason = CASE WHEN stage_history.to_stage = 'lost' THEN (SELECT title FROM lost_reasons "
    "WHERE stage_history.comment = title OR substr(stage_history.comment, 1, length(title) + 2) = title || ': ' "
    "ORDER BY length(title) DESC LIMIT 1) END "
    "FROM (SELECT id, lead(changed_at) OVER moves AS next_at, lead(to_stage) OVER moves AS next_to, "
    "row_number() OVER moves = 1 AS first FROM stage_history WHERE company_id BETWEEN ? AND ? "
    "WINDOW moves AS (PARTITION BY company_id, deal_id ORDER BY changed_at, id)) AS later "
    "WHERE stage_history.id = later.id AND stage_history.id <= ? "
    "AND stage_history.company_id BETWEEN ? AND ?");

} // namespace

FunnelSpanBackfill::FunnelSpanBackfill(Database &db, StepPacing pacing, qint64 mostCompaniesPerStep)
    : m_db(db)
    , m_pacing(pacing)
    , m_mostCompaniesPerStep(mostCompaniesPerStep)
{
}

std::optional<FunnelSpanBackfill::Left> FunnelSpanBackfill::left() const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT (SELECT value FROM settings WHERE key = ?), "
                                       "(SELECT value FROM settings WHERE key = ?), "
                                       "(SELECT value FROM settings WHERE key = ?)"));
    select.bind({upToKey, nextKey, lastKey}).exec();
    if (!select.next() || select.value(0).isNull())
        return std::nullopt;
    Left rest;
    rest.upToRow = select.value(0).toLongLong();
    rest.nextCompany = select.value(1).toLongLong();
    rest.lastCompany = select.value(2).toLongLong();
    return rest;
}

int FunnelSpanBackfill::percentOf(const Left &left)
{
    // Ids start at 1; the next company's id is how many ids are behind, near enough for a progress line.
    const qint64 all = std::max<qint64>(1, left.lastCompany);
    return int(std::clamp<qint64>((left.nextCompany - 1) * 100 / all, 0, 99));
}

bool FunnelSpanBackfill::isFinished() const
{
    return !left().has_value();
}

int FunnelSpanBackfill::percentDone() const
{
    const std::optional<Left> rest = left();
    return rest ? percentOf(*rest) : 100;
}

bool FunnelSpanBackfill::run(const std::function<bool(int percentDone)> &keepGoing)
{
    if (isFinished())
        return true;
    bool finished = false;
    WriteSteps steps(m_db, m_pacing);
    steps.repeat([&](qint64 limit) {
        const std::optional<Left> rest = left();
        if (!rest) {
            finished = true; // another connection filled the rest
            return qint64(0);
        }
        if (keepGoing && !keepGoing(percentOf(*rest)))
            return qint64(0);
        finished = fill(m_mostCompaniesPerStep > 0 ? std::min(limit, m_mostCompaniesPerStep) : limit);
        // repeat() goes on while a step did its whole limit, and sizes the next step by this one's time.
        return finished ? qint64(0) : limit;
    });
    return finished;
}

bool FunnelSpanBackfill::step(qint64 companies)
{
    WriteTransaction transaction(m_db);
    const bool finished = fill(std::max<qint64>(1, companies));
    transaction.commit();
    return finished;
}

bool FunnelSpanBackfill::fill(qint64 companies)
{
    // Read inside the step's transaction: what another connection filled meanwhile is not filled again.
    const std::optional<Left> rest = left();
    if (!rest)
        return true;
    const QSqlDatabase db = m_db.connection();
    const qint64 to = rest->nextCompany + companies - 1;
    SqlStatement update(db, fillRange);
    update.bind({rest->nextCompany, to, rest->upToRow, rest->nextCompany, to}).exec();
    if (to >= rest->lastCompany) {
        SqlStatement::run(db, QStringLiteral("DELETE FROM settings WHERE key IN (?, ?, ?)"),
                          {upToKey, nextKey, lastKey});
        return true;
    }
    SqlStatement::run(db, QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {to + 1, nextKey});
    return false;
}

} // namespace voronka
