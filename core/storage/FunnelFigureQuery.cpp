#include "FunnelFigureQuery.h"

#include "Database.h"
#include "FunnelFilterSql.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

namespace {

struct Union
{
    QString sql; // rows of (company_id, at)
    QVariantList values;
};

QString quoted(const QStringList &keys)
{
    QStringList quotedKeys;
    for (const QString &key : keys)
        quotedKeys.append(QLatin1Char('\'') + QString(key).replace(QLatin1Char('\''), QStringLiteral("''"))
                          + QLatin1Char('\''));
    return quotedKeys.join(QLatin1Char(','));
}

// The entries the spec counts: each a company and the time of its entry.
Union entriesOf(const FunnelFigureSpec &spec)
{
    const QVariant from = toStoredTime(spec.start);
    const QVariant to = toStoredTime(spec.end);
    const QVariant before = toStoredTime(spec.outcomeBefore);
    const QString range = spec.cohort ? QStringLiteral("h.cohort_at") : QStringLiteral("h.changed_at");
    const SqlCondition moves = FunnelFilterSql::moves(spec.filter, QStringLiteral("h"));
    QStringList parts;
    Union all;

    QString outcome;
    QVariantList outcomeValues;
    switch (spec.outcome) {
    case FunnelFigureSpec::Outcome::Any:
        break;
    case FunnelFigureSpec::Outcome::StillThere:
        outcome = QStringLiteral(" AND (h.left_at IS NULL OR h.left_at >= ?)");
        outcomeValues.append(before);
        break;
    case FunnelFigureSpec::Outcome::LeftTo:
        outcome = QStringLiteral(" AND h.left_at < ? AND h.left_to IN (%1)").arg(quoted(spec.leftTo));
        outcomeValues.append(before);
        break;
    }
    if (spec.outcome != FunnelFigureSpec::Outcome::LeftTo || !spec.leftTo.isEmpty()) {
        parts.append(
            QStringLiteral(
                "SELECT h.company_id AS company_id, h.changed_at AS at FROM stage_history h WHERE h.deal_id IS NULL "
                "AND h.to_stage = ? AND %1 >= ? AND %1 < ?%2%3")
                .arg(range, outcome, FunnelFilterSql::andIf(moves)));
        all.values.append({spec.stage, from, to});
        all.values.append(outcomeValues);
        all.values.append(moves.values);
    }
    // A move over the stage left it onwards: only an entry at all, or one that went on, counts it.
    if (!spec.passedFrom.isEmpty() && !spec.passedTo.isEmpty()) {
        parts.append(
            QStringLiteral(
                "SELECT h.company_id AS company_id, h.changed_at AS at FROM stage_history h WHERE h.deal_id IS NULL "
                "AND h.from_stage IN (%1) AND h.to_stage IN (%2) AND %3 >= ? AND %3 < ?%4")
                .arg(quoted(spec.passedFrom), quoted(spec.passedTo), range, FunnelFilterSql::andIf(moves)));
        all.values.append({from, to});
        all.values.append(moves.values);
    }
    if (spec.created) {
        // The companies created in the range (an unfinished import's are not there yet); their first move is how
        // they left the cold base.
        const SqlCondition companies = FunnelFilterSql::companies(spec.filter);
        QString left;
        QVariantList leftValues;
        const QString firstMove = QStringLiteral("SELECT 1 FROM stage_history o WHERE o.company_id = c.id "
                                                 "AND o.deal_id IS NULL AND o.opens = 1 AND o.changed_at < ?");
        switch (spec.outcome) {
        case FunnelFigureSpec::Outcome::Any:
            break;
        case FunnelFigureSpec::Outcome::StillThere:
            left = QStringLiteral(" AND NOT EXISTS (%1)").arg(firstMove);
            leftValues.append(before);
            break;
        case FunnelFigureSpec::Outcome::LeftTo:
            left = QStringLiteral(" AND EXISTS (%1 AND o.to_stage IN (%2))").arg(firstMove, quoted(spec.leftTo));
            leftValues.append(before);
            break;
        }
        if (spec.outcome != FunnelFigureSpec::Outcome::LeftTo || !spec.leftTo.isEmpty()) {
            const QString batchDone = QStringLiteral("(SELECT id FROM import_batches WHERE state = 'done')");
            // Those made by hand, then an import's by their batch: each through its own index.
            parts.append(
                QStringLiteral(
                    "SELECT c.id AS company_id, c.created_at AS at FROM companies c INDEXED BY companies_made_by_hand "
                    "WHERE c.import_batch_id IS NULL AND c.created_at >= ? AND c.created_at < ?%1%2")
                    .arg(companies.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + companies.sql, left));
            all.values.append({from, to});
            all.values.append(companies.values);
            all.values.append(leftValues);
            parts.append(
                QStringLiteral(
                    "SELECT c.id AS company_id, c.created_at AS at FROM companies c WHERE c.import_batch_id IN %1 "
                    "AND c.created_at >= ? AND c.created_at < ?%2%3")
                    .arg(batchDone, companies.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + companies.sql,
                         left));
            all.values.append({from, to});
            all.values.append(companies.values);
            all.values.append(leftValues);
        }
    }
    all.sql = parts.join(QStringLiteral(" UNION ALL "));
    return all;
}

Union lostOf(bool cohort, const QDateTime &start, const QDateTime &end, const FunnelFilter &filter,
             const QString &fromStage, const QString &reason)
{
    const SqlCondition moves = FunnelFilterSql::moves(filter, QStringLiteral("h"));
    Union all;
    all.sql = QStringLiteral(
                  "SELECT h.company_id AS company_id, h.changed_at AS at FROM stage_history h WHERE h.deal_id IS NULL "
                  "AND h.to_stage = 'lost' AND %1 >= ? AND %1 < ? AND h.from_stage = ? "
                  "AND coalesce(h.lost_reason, '') = ?%2")
                  .arg(cohort ? QStringLiteral("h.cohort_at") : QStringLiteral("h.changed_at"),
                       FunnelFilterSql::andIf(moves));
    all.values = {toStoredTime(start), toStoredTime(end), fromStage, reason};
    all.values.append(moves.values);
    return all;
}

} // namespace

FunnelFigureQuery::FunnelFigureQuery(DataContext context)
    : m_context(context)
{
}

namespace {

QList<FigureCompanyRow> listOf(const QSqlDatabase &db, const Union &entries, int limit)
{
    QList<FigureCompanyRow> rows;
    if (entries.sql.isEmpty())
        return rows;
    SqlStatement select(db,
                        QStringLiteral("SELECT e.company_id, c.name, c.stage, e.at FROM (%1) e "
                                       "JOIN companies c ON c.id = e.company_id ORDER BY e.at, e.company_id LIMIT ?")
                            .arg(entries.sql));
    select.bindAll(entries.values).bind(limit).exec();
    while (select.next())
        rows.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
                     fromStoredTime(select.value(3))});
    return rows;
}

qint64 countOf(const QSqlDatabase &db, const Union &entries)
{
    if (entries.sql.isEmpty())
        return 0;
    SqlStatement count(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(entries.sql));
    count.bindAll(entries.values).exec();
    return count.next() ? count.value(0).toLongLong() : 0;
}

} // namespace

QList<FigureCompanyRow> FunnelFigureQuery::entries(const FunnelFigureSpec &spec, int limit) const
{
    return listOf(m_context.db.connection(), entriesOf(spec), limit);
}

qint64 FunnelFigureQuery::countEntries(const FunnelFigureSpec &spec) const
{
    return countOf(m_context.db.connection(), entriesOf(spec));
}

QList<FigureCompanyRow> FunnelFigureQuery::lost(bool cohort, const QDateTime &start, const QDateTime &end,
                                                const FunnelFilter &filter, const QString &fromStage,
                                                const QString &reason, int limit) const
{
    return listOf(m_context.db.connection(), lostOf(cohort, start, end, filter, fromStage, reason), limit);
}

qint64 FunnelFigureQuery::countLost(bool cohort, const QDateTime &start, const QDateTime &end,
                                    const FunnelFilter &filter, const QString &fromStage, const QString &reason) const
{
    return countOf(m_context.db.connection(), lostOf(cohort, start, end, filter, fromStage, reason));
}

} // namespace voronka
