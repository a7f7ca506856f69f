#include "FunnelHistoryQuery.h"

#include "Database.h"
#include "SqlCondition.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

namespace {

// Later than any stored time: the cohort view follows its companies to now.
const QString openEnd = QStringLiteral("9999-12-31T23:59:59.999Z");

// On the companies table: the companies the filter is about. A person's are those they collected.
SqlCondition companyCondition(const FunnelFilter &filter)
{
    SqlCondition condition;
    QStringList parts;
    const auto add = [&](const QString &sql, const QVariant &value) {
        parts.append(sql);
        condition.values.append(value);
    };
    if (filter.userId != 0)
        add(QStringLiteral("collected_by = ?"), filter.userId);
    if (!filter.region.isEmpty())
        add(QStringLiteral("region = ?"), filter.region);
    if (!filter.source.isEmpty())
        add(QStringLiteral("source = ?"), filter.source);
    if (filter.batchId != 0)
        add(QStringLiteral("import_batch_id = ?"), filter.batchId);
    condition.sql = parts.join(QStringLiteral(" AND "));
    return condition;
}

// On stage_history h: the rows of the companies the filter is about.
SqlCondition ofCompanies(const FunnelFilter &filter)
{
    SqlCondition condition = companyCondition(filter);
    if (!condition.sql.isEmpty())
        condition.sql
            = QStringLiteral("EXISTS (SELECT 1 FROM companies c WHERE c.id = h.company_id AND %1)").arg(condition.sql);
    return condition;
}

// On stage_history h: the moves the filter is about. A person's are those they made.
SqlCondition moveCondition(const FunnelFilter &filter)
{
    FunnelFilter companiesOnly = filter;
    companiesOnly.userId = 0;
    SqlCondition condition = ofCompanies(companiesOnly);
    if (filter.userId != 0) {
        condition.sql = condition.sql.isEmpty() ? QStringLiteral("h.user_id = ?")
                                                : QStringLiteral("h.user_id = ? AND ") + condition.sql;
        condition.values.prepend(filter.userId);
    }
    return condition;
}

QString andIf(const SqlCondition &condition)
{
    return condition.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + condition.sql;
}

} // namespace

FunnelHistoryQuery::FunnelHistoryQuery(DataContext context)
    : m_context(context)
{
}

QList<StageEntryGroup> FunnelHistoryQuery::periodEntries(const QDateTime &start, const QDateTime &end,
                                                         const FunnelFilter &filter) const
{
    return entries(View::Period, start, end, filter);
}

QList<StageEntryGroup> FunnelHistoryQuery::cohortEntries(const QDateTime &start, const QDateTime &end,
                                                         const FunnelFilter &filter) const
{
    return entries(View::Cohort, start, end, filter);
}

QList<LostReasonGroup> FunnelHistoryQuery::periodLost(const QDateTime &start, const QDateTime &end,
                                                      const FunnelFilter &filter) const
{
    return lost(View::Period, start, end, filter);
}

QList<LostReasonGroup> FunnelHistoryQuery::cohortLost(const QDateTime &start, const QDateTime &end,
                                                      const FunnelFilter &filter) const
{
    return lost(View::Cohort, start, end, filter);
}

QString FunnelHistoryQuery::firstMoveToClient(const QString &alias)
{
    return QStringLiteral("%1.deal_id IS NULL AND %1.to_stage = 'client' AND NOT EXISTS (SELECT 1 FROM stage_history e "
                          "WHERE e.company_id = %1.company_id AND e.deal_id IS NULL AND e.to_stage = 'client' "
                          "AND (e.changed_at < %1.changed_at OR (e.changed_at = %1.changed_at AND e.id < %1.id)))")
        .arg(alias);
}

QList<qint64> FunnelHistoryQuery::periodDaysToFirstPayment(const QDateTime &start, const QDateTime &end,
                                                           const FunnelFilter &filter) const
{
    return daysToFirstPayment(View::Period, start, end, filter);
}

QList<qint64> FunnelHistoryQuery::cohortDaysToFirstPayment(const QDateTime &start, const QDateTime &end,
                                                           const FunnelFilter &filter) const
{
    return daysToFirstPayment(View::Cohort, start, end, filter);
}

QList<StageEntryGroup> FunnelHistoryQuery::entries(View view, const QDateTime &start, const QDateTime &end,
                                                   const FunnelFilter &filter) const
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant from = toStoredTime(start);
    const QVariant to = toStoredTime(end);
    // Until when an outcome counts: the period's end, or now for a cohort.
    const QVariant outcomeBefore = view == View::Period ? to : QVariant(openEnd);
    QList<StageEntryGroup> groups;

    // Every move is an entry into its stage.
    const SqlCondition moves = moveCondition(filter);
    SqlStatement entered(
        db,
        QStringLiteral("SELECT from_stage, to_stage, CASE WHEN left_at < ? THEN left_to END, "
                       "CASE WHEN left_at < ? THEN CAST(julianday(left_at) - julianday(changed_at) "
                       "AS INTEGER) ELSE -1 END, count(*) "
                       "FROM stage_history h WHERE deal_id IS NULL AND %1 >= ? AND %1 < ?%2 "
                       "GROUP BY 1, 2, 3, 4")
            .arg(view == View::Period ? QStringLiteral("changed_at") : QStringLiteral("cohort_at"), andIf(moves)));
    entered.bind({outcomeBefore, outcomeBefore, from, to}).bindAll(moves.values).exec();
    while (entered.next())
        groups.append({entered.value(0).toString(), entered.value(1).toString(), entered.value(2).toString(),
                       entered.value(3).toLongLong(), entered.value(4).toLongLong()});

    // A company created in the range entered the cold base then; its first move (opens) is how it left.
    const SqlCondition companies = ofCompanies(filter);
    SqlStatement left(db,
                      QStringLiteral("SELECT to_stage, CAST(julianday(changed_at) - julianday(cohort_at) AS INTEGER), "
                                     "count(*) FROM stage_history h WHERE deal_id IS NULL AND cohort_at >= ? AND "
                                     "cohort_at < ? AND opens = 1 AND changed_at < ?%1 GROUP BY 1, 2")
                          .arg(andIf(companies)));
    left.bind({from, to, outcomeBefore}).bindAll(companies.values).exec();
    qint64 leftCold = 0;
    while (left.next()) {
        const qint64 count = left.value(2).toLongLong();
        groups.append({QString(), QStringLiteral("cold"), left.value(0).toString(), left.value(1).toLongLong(), count});
        leftCold += count;
    }
    const qint64 stillCold = companiesCreated(start, end, filter) - leftCold;
    if (stillCold > 0)
        groups.append({QString(), QStringLiteral("cold"), QString(), -1, stillCold});
    return groups;
}

qint64 FunnelHistoryQuery::companiesCreated(const QDateTime &start, const QDateTime &end,
                                            const FunnelFilter &filter) const
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant from = toStoredTime(start);
    const QVariant to = toStoredTime(end);
    const SqlCondition companies = companyCondition(filter);
    if (!companies.sql.isEmpty()) {
        // A slice's own index (collected_by, region, batch) narrows the companies first.
        SqlStatement count(db,
                           QStringLiteral("SELECT count(*) FROM companies WHERE created_at >= ? AND created_at < ? "
                                          "AND (import_batch_id IS NULL OR import_batch_id IN "
                                          "(SELECT id FROM import_batches WHERE state = 'done'))%1")
                               .arg(andIf(companies)));
        count.bind({from, to}).bindAll(companies.values).exec();
        return count.next() ? count.value(0).toLongLong() : 0;
    }
    // Everyone: those entered by hand in their index, and an import's by its batch; a batch wholly in the range is
    // counted on the batch index alone.
    const qint64 byHand = SqlStatement::scalar(db,
                                               QStringLiteral("SELECT count(*) FROM companies INDEXED BY "
                                                              "companies_made_by_hand WHERE import_batch_id IS NULL "
                                                              "AND created_at >= ? AND created_at < ?"),
                                               {from, to})
                              .toLongLong();
    const qint64 imported
        = SqlStatement::scalar(
              db,
              QStringLiteral(
                  "SELECT coalesce(sum(CASE WHEN b.started_at >= ? AND b.finished_at < ? "
                  "THEN (SELECT count(*) FROM companies WHERE import_batch_id = b.id) "
                  "ELSE (SELECT count(*) FROM companies WHERE import_batch_id = b.id AND created_at >= ? "
                  "AND created_at < ?) END), 0) "
                  "FROM import_batches b WHERE b.state = 'done' AND b.started_at < ? AND b.finished_at >= ?"),
              {from, to, from, to, to, from})
              .toLongLong();
    return byHand + imported;
}

QList<LostReasonGroup> FunnelHistoryQuery::lost(View view, const QDateTime &start, const QDateTime &end,
                                                const FunnelFilter &filter) const
{
    const SqlCondition moves = moveCondition(filter);
    SqlStatement select(
        m_context.db.connection(),
        // The view's own index holds the reason: one range of it, rather than a look-up of each lost row that
        // stage_history_to would need (the planner prefers that one for its equality on to_stage).
        QStringLiteral("SELECT from_stage, coalesce(lost_reason, ''), count(*) FROM stage_history h INDEXED BY %3 "
                       "WHERE deal_id IS NULL AND to_stage = 'lost' AND %1 >= ? AND %1 < ?%2 "
                       "GROUP BY 1, 2 ORDER BY 3 DESC, 2")
            .arg(view == View::Period ? QStringLiteral("changed_at") : QStringLiteral("cohort_at"), andIf(moves),
                 view == View::Period ? QStringLiteral("stage_history_period")
                                      : QStringLiteral("stage_history_cohort")));
    select.bind({toStoredTime(start), toStoredTime(end)}).bindAll(moves.values).exec();
    QList<LostReasonGroup> groups;
    while (select.next())
        groups.append({select.value(0).toString(), select.value(1).toString(), select.value(2).toLongLong()});
    return groups;
}

QList<qint64> FunnelHistoryQuery::daysToFirstPayment(View view, const QDateTime &start, const QDateTime &end,
                                                     const FunnelFilter &filter) const
{
    const SqlCondition moves = moveCondition(filter);
    // The first move of the company (opens) is its first call; no earlier move to client makes this the first payment.
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral("SELECT CAST(julianday(h.changed_at) - julianday((SELECT o.changed_at FROM stage_history o "
                       "WHERE o.company_id = h.company_id AND o.deal_id IS NULL ORDER BY o.changed_at, o.id LIMIT 1)) "
                       "AS INTEGER) FROM stage_history h WHERE h.%1 >= ? AND h.%1 < ?%2 AND %3")
            .arg(view == View::Period ? QStringLiteral("changed_at") : QStringLiteral("cohort_at"), andIf(moves),
                 firstMoveToClient(QStringLiteral("h"))));
    select.bind({toStoredTime(start), toStoredTime(end)}).bindAll(moves.values).exec();
    QList<qint64> days;
    while (select.next())
        days.append(select.value(0).toLongLong());
    return days;
}

} // namespace voronka
