#include "CallQueueQuery.h"

#include "CompanyListQuery.h"
#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "VisibleCompanies.h"
#include "domain/Activity.h"
#include "domain/Clock.h"

namespace voronka {

namespace {
// The first line's part of the funnel, where a caller calls. Stage keys are bound from the domain's table, never
// spelled out here: no index on companies is partial on a stage, so a bound key plans exactly as a literal would
// (on a 1M base EXPLAIN QUERY PLAN shows the same plans either way; tests/core/funnel/call_queue_test.cpp checks the
// due-callbacks count still searches companies_owner).
const QString callableStages = QStringLiteral("c.stage IN (?, ?)");

QVariantList callableStageKeys()
{
    return {companyStageKey(CompanyStage::Cold), companyStageKey(CompanyStage::Calling)};
}

// SqlStatement::scalar for values put together from pieces.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlStatement statement(db, sql);
    for (const QVariant &value : values)
        statement.bind(value);
    statement.exec();
    QVariant result;
    if (statement.next())
        result = statement.value(0);
    statement.done();
    return result;
}
} // namespace

QString CallQueueQuery::hasNumberCondition()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM phones p WHERE p.company_id = c.id AND p.wrong_number = 0)");
}

SqlCondition CallQueueQuery::needsNumberCondition()
{
    return {callableStages + QStringLiteral(" AND NOT ") + hasNumberCondition(), callableStageKeys()};
}

CallQueueQuery::CallQueueQuery(DataContext context)
    : m_context(context)
{
}

QList<CallQueueEntry> CallQueueQuery::next(qint64 callerId, int limit, const QList<qint64> &skipped) const
{
    QList<CallQueueEntry> entries;
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    // The companies of an unfinished import are not called (nothing is added when no import is unfinished).
    const SqlCondition visible = visibleClause();
    const QString withNumber = QStringLiteral(" AND ") + hasNumberCondition() + visible.sql;
    append(entries, callerId,
           QStringLiteral("c.owner_id = ? AND c.next_action_at <= ? AND c.parked_at IS NULL AND ") + callableStages
               + withNumber,
           QStringLiteral("c.next_action_at, c.id"), QVariantList{callerId, now} + callableStageKeys() + visible.values,
           limit, skipped);
    // Called before but with no date to call again: it was left for a number (every one it had was wrong, and
    // someone has added one since), or the caller moved on from it. Due now, right after the callbacks.
    append(entries, callerId,
           QStringLiteral("c.owner_id = ? AND c.next_action_at IS NULL AND c.parked_at IS NULL AND "
                          "c.stage = ?")
               + withNumber,
           QStringLiteral("c.id"), QVariantList{callerId, companyStageKey(CompanyStage::Calling)} + visible.values,
           limit, skipped);
    // The companies_owner index (owner_id, next_action_at) keeps rowid order within one owner, so the fresh
    // companies come in import order without a sort, even on a million-row base.
    append(entries, callerId,
           QStringLiteral("c.owner_id = ? AND c.next_action_at IS NULL AND c.parked_at IS NULL AND "
                          "c.stage = ?")
               + withNumber,
           QStringLiteral("c.id"), QVariantList{callerId, companyStageKey(CompanyStage::Cold)} + visible.values, limit,
           skipped);
    append(entries, callerId,
           QStringLiteral("c.owner_id IS NULL AND c.next_action_at IS NULL AND c.parked_at IS NULL AND "
                          "c.stage = ?")
               + withNumber,
           QStringLiteral("c.id"), QVariantList{companyStageKey(CompanyStage::Cold)} + visible.values, limit, skipped);
    return entries;
}

SqlCondition CallQueueQuery::visibleClause() const
{
    const SqlCondition visible = VisibleCompanies(m_context.db).condition();
    if (visible.sql.isEmpty())
        return {};
    return {QStringLiteral(" AND ") + visible.sql, visible.values};
}

void CallQueueQuery::append(QList<CallQueueEntry> &entries, qint64 callerId, const QString &where, const QString &order,
                            const QVariantList &values, int limit, const QList<qint64> &skipped) const
{
    if (entries.size() >= limit)
        return;
    QString sql = QStringLiteral("SELECT c.id, c.name, c.city, c.stage, c.next_action_at, c.call_attempts, c.version "
                                 "FROM companies c WHERE ")
        + where;
    if (!skipped.isEmpty()) {
        QStringList marks(skipped.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND c.id NOT IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    // A company a colleague is calling right now (an unexpired lease) waits until they are done.
    sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM company_leases l WHERE l.company_id = c.id "
                          "AND l.user_id <> ? AND l.expires_at > ?)");
    sql += QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
    SqlStatement select(m_context.db.connection(), sql);
    for (const QVariant &value : values)
        select.bind(value);
    for (const qint64 id : skipped)
        select.bind(id);
    select.bind(callerId).bind(toStoredTime(m_context.clock.nowUtc()));
    select.bind(limit - entries.size()).exec();
    while (select.next()) {
        CallQueueEntry entry;
        entry.companyId = select.value(0).toLongLong();
        entry.name = select.value(1).toString();
        entry.city = select.value(2).toString();
        entry.stage = companyStageFromKey(select.value(3).toString()).value_or(CompanyStage::Cold);
        entry.nextActionAt = fromStoredTime(select.value(4));
        entry.callAttempts = select.value(5).toInt();
        entry.version = select.value(6).toLongLong();
        entries.append(entry);
    }
}

int CallQueueQuery::dueCallbacks(qint64 callerId, int cap) const
{
    const SqlCondition visible = visibleClause();
    QString sql = dueCallbacksStatement();
    if (!visible.sql.isEmpty())
        sql.replace(QStringLiteral(" LIMIT ?)"), visible.sql + QStringLiteral(" LIMIT ?)"));
    return scalar(m_context.db.connection(), sql,
                  QVariantList{callerId, toStoredTime(m_context.clock.nowUtc())} + callableStageKeys() + visible.values
                      + QVariantList{cap})
        .toInt();
}

QString CallQueueQuery::dueCallbacksStatement()
{
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM companies c WHERE c.owner_id = ? AND "
                          "c.next_action_at <= ? AND c.parked_at IS NULL AND ")
        + callableStages + QStringLiteral(" AND ") + hasNumberCondition() + QStringLiteral(" LIMIT ?)");
}

QHash<QString, int> CallQueueQuery::callOutcomesSince(qint64 userId, const QDateTime &fromUtc) const
{
    QHash<QString, int> counts;
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT coalesce(outcome, ''), count(*) FROM activities "
                                       "WHERE user_id = ? AND occurred_at >= ? AND kind = ? GROUP BY outcome"));
    select.bind({userId, toStoredTime(fromUtc), activityKindKey(ActivityKind::Call)}).exec();
    while (select.next())
        counts.insert(select.value(0).toString(), select.value(1).toInt());
    return counts;
}

qint64 CallQueueQuery::companiesUpperBound() const
{
    return CompanyListQuery::highestId(m_context.db);
}

CallQueueOutlook CallQueueQuery::outlook(qint64 callerId) const
{
    const QSqlDatabase db = m_context.db.connection();
    CallQueueOutlook outlook;
    const SqlCondition visible = visibleClause();
    outlook.notCalledYet = scalar(db,
                                  QStringLiteral("SELECT count(*) FROM companies c WHERE c.stage = ? AND "
                                                 "c.next_action_at IS NULL AND c.parked_at IS NULL AND ")
                                      + hasNumberCondition() + visible.sql,
                                  QVariantList{companyStageKey(CompanyStage::Cold)} + visible.values)
                               .toLongLong();
    const SqlCondition needsNumber = needsNumberCondition();
    outlook.needingNumber = scalar(db,
                                   QStringLiteral("SELECT count(*) FROM companies c WHERE "
                                                  "(c.owner_id = ? OR c.owner_id IS NULL) AND ")
                                       + needsNumber.sql + visible.sql,
                                   QVariantList{callerId} + needsNumber.values + visible.values)
                                .toLongLong();
    outlook.nextCallbackAt = fromStoredTime(
        scalar(db,
               QStringLiteral("SELECT min(c.next_action_at) FROM companies c WHERE "
                              "c.owner_id = ? AND c.next_action_at > ? AND "
                              "c.parked_at IS NULL AND ")
                   + callableStages + visible.sql,
               QVariantList{callerId, toStoredTime(m_context.clock.nowUtc())} + callableStageKeys() + visible.values));
    return outlook;
}

} // namespace voronka
