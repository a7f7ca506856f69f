#include "SearchBacklog.h"

#include "Database.h"
#include "SearchHashSize.h"
#include "SqlStatement.h"

namespace voronka {

SearchBacklog::SearchBacklog(Database &db, StepPacing pacing)
    : m_db(db)
    , m_pacing(pacing)
{
}

bool SearchBacklog::pending() const
{
    return SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_backlog)"))
        .toBool();
}

qint64 SearchBacklog::size() const
{
    return SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM search_backlog")).toLongLong();
}

qint64 SearchBacklog::fill(const std::function<bool(qint64 moved)> &keepGoing)
{
    qint64 moved = 0;
    WriteSteps steps(m_db, m_pacing);
    return steps.repeat([&](qint64 limit) {
        if (keepGoing && !keepGoing(moved))
            return qint64(0);
        const qint64 step = fillStep(limit);
        moved += step;
        return step;
    });
}

qint64 SearchBacklog::fillStep(qint64 limit)
{
    const QSqlDatabase db = m_db.connection();
    const QVariant upTo = SqlStatement::scalar(
        db,
        QStringLiteral("SELECT max(company_id) FROM (SELECT company_id FROM search_backlog ORDER BY company_id "
                       "LIMIT ?)"),
        {limit});
    if (upTo.isNull())
        return 0;
    // One segment for the whole step instead of one per megabyte of entries.
    SearchHashSize hash(m_db);
    hash.raise();
    // A company deleted since is not indexed (its deletion removes its row here anyway: CompanySearchIndex).
    SqlStatement::run(db,
                      QStringLiteral("INSERT INTO company_search (rowid, text) SELECT b.company_id, b.text "
                                     "FROM search_backlog b WHERE b.company_id <= ? "
                                     "AND EXISTS (SELECT 1 FROM companies c WHERE c.id = b.company_id)"),
                      {upTo});
    SqlStatement remove(db, QStringLiteral("DELETE FROM search_backlog WHERE company_id <= ?"));
    remove.bind(upTo).exec();
    const qint64 moved = remove.rowsAffected(); // SQLite's count of the connection's last statement: read it now
    hash.restore();
    return moved;
}

} // namespace voronka
