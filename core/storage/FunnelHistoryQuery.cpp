#include "FunnelHistoryQuery.h"

#include "Database.h"
#include "FunnelFilterSql.h"
#include "ParallelRead.h"
#include "RowScan.h"
#include "SqlCondition.h"
#include "SqlStatement.h"
#include "TextCodes.h"
#include "Timestamps.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace voronka {

namespace {

// Later than any stored time: the cohort view follows its companies to now.
const QString openEnd = QStringLiteral("9999-12-31T23:59:59.999Z");

std::string_view bytes(QByteArrayView text)
{
    return std::string_view(text.data(), size_t(text.size()));
}

struct EntryKey
{
    int from = 0;
    int to = 0;
    int leftTo = 0;
    qint64 days = -1;
    bool operator==(const EntryKey &) const = default;
};

struct LostKey
{
    int from = 0;
    int reason = 0;
    bool operator==(const LostKey &) const = default;
};

struct KeyHash
{
    size_t operator()(const EntryKey &key) const
    {
        return std::hash<qint64>()((qint64(key.from) << 56) ^ (qint64(key.to) << 48) ^ (qint64(key.leftTo) << 40)
                                   ^ key.days);
    }
    size_t operator()(const LostKey &key) const { return std::hash<qint64>()((qint64(key.from) << 32) ^ key.reason); }
};

// The columns of every view's scan of moves, in this order.
const QString moveColumns
    = QStringLiteral("from_stage, to_stage, left_to, left_at, changed_at, lost_reason, opens, cohort_at");
enum MoveColumn { From, To, LeftTo, LeftAt, ChangedAt, LostReason, Opens, CohortAt };

// Counts the moves of a view into the groups the report adds up, as the GROUP BY it replaces would have.
class EntryTally
{
public:
    // Outcomes count until outcomeBefore (a stored time): the period's end, or far away for a cohort.
    explicit EntryTally(const QVariant &outcomeBefore)
        : m_outcomeBefore(outcomeBefore.toString().toStdString())
        , m_none(m_stages.code({}))
        , m_cold(m_stages.code("cold"))
        , m_lost(m_stages.code("lost"))
    {
    }

    // One row of a view's scan (MoveColumn): only the columns a move needs are read, a year of them is a million.
    void addMove(const RowScan &move)
    {
        const QByteArrayView leftAt = move.text(LeftAt);
        const bool left = !leftAt.isEmpty() && bytes(leftAt) < m_outcomeBefore;
        const int toCode = m_stages.code(move.text(To));
        const int fromCode = m_stages.code(move.text(From));
        ++m_entries[{fromCode, toCode, left ? m_stages.code(move.text(LeftTo)) : m_none,
                     left ? wholeDaysBetween(move.text(ChangedAt), leftAt).value_or(0) : -1}];
        if (toCode == m_lost)
            ++m_lostReasons[{fromCode, m_reasons.code(move.text(LostReason))}];
    }

    // A company's first move (opens) made before the outcomes' end: how it left the cold base it was created in.
    void addLeftCold(QByteArrayView to, QByteArrayView changedAt, QByteArrayView createdAt)
    {
        ++m_entries[{m_none, m_cold, m_stages.code(to), wholeDaysBetween(createdAt, changedAt).value_or(0)}];
        ++m_leftCold;
    }
    qint64 leftCold() const { return m_leftCold; }
    // Companies created in the range and not moved before the outcomes' end.
    void addStillCold(qint64 count)
    {
        if (count > 0)
            m_entries[{m_none, m_cold, m_none, -1}] += count;
    }

    // Another part of the same view's pass, counted by another tally.
    void add(const EntryTally &other)
    {
        const auto stage = [&](int code) { return m_stages.code(other.m_stages.bytes(code)); };
        for (const auto &[key, count] : other.m_entries)
            m_entries[{stage(key.from), stage(key.to), stage(key.leftTo), key.days}] += count;
        for (const auto &[key, count] : other.m_lostReasons)
            m_lostReasons[{stage(key.from), m_reasons.code(other.m_reasons.bytes(key.reason))}] += count;
        m_leftCold += other.m_leftCold;
    }

    QList<StageEntryGroup> entries() const
    {
        QList<StageEntryGroup> groups;
        groups.reserve(qsizetype(m_entries.size()));
        for (const auto &[key, count] : m_entries)
            groups.append({m_stages.text(key.from), m_stages.text(key.to), m_stages.text(key.leftTo), key.days, count});
        return groups;
    }

    QList<LostReasonGroup> lostReasons() const
    {
        QList<LostReasonGroup> groups;
        for (const auto &[key, count] : m_lostReasons)
            groups.append({m_stages.text(key.from), m_reasons.text(key.reason), count});
        std::sort(groups.begin(), groups.end(), [](const LostReasonGroup &a, const LostReasonGroup &b) {
            if (a.count != b.count)
                return a.count > b.count;
            if (a.reason != b.reason)
                return a.reason.toUtf8() < b.reason.toUtf8();
            return a.fromStage < b.fromStage;
        });
        return groups;
    }

private:
    std::string m_outcomeBefore;
    TextCodes m_stages;
    TextCodes m_reasons;
    int m_none;
    int m_cold;
    int m_lost;
    std::unordered_map<EntryKey, qint64, KeyHash> m_entries;
    std::unordered_map<LostKey, qint64, KeyHash> m_lostReasons;
    qint64 m_leftCold = 0;
};

// For a person: the contacts they collected in the range (companies_created), each one's first move before
// outcomeBefore, one look into its own moves. A caller or a closer collects none, and this is then a short range.
void tallyLeftColdOfCollected(const QSqlDatabase &db, const QVariant &from, const QVariant &to,
                              const QVariant &outcomeBefore, const FunnelFilter &filter, EntryTally &tally)
{
    const SqlCondition companies = FunnelFilterSql::companies(filter);
    RowScan left(db,
                 QStringLiteral("SELECT h.to_stage, h.changed_at, c.created_at FROM companies c INDEXED BY "
                                "companies_created JOIN stage_history h ON h.id = (SELECT o.id FROM stage_history o "
                                "INDEXED BY stage_history_moves WHERE o.company_id = c.id AND o.deal_id IS NULL "
                                "ORDER BY o.changed_at, o.id LIMIT 1) WHERE c.created_at >= ? AND c.created_at < ? "
                                "AND h.changed_at < ?%1")
                     .arg(FunnelFilterSql::andIf(companies)),
                 QVariantList{from, to, outcomeBefore} + companies.values);
    while (left.next())
        tally.addLeftCold(left.text(0), left.text(1), left.text(2));
}

// One part, [partFrom, partTo), of a view's pass over its index: every move of the range is an entry into its stage;
// for everyone (or a region, a source, a batch) a company's first move (opens) is also how it left the cold base it
// was created in, when that was from createdFrom on (the period view; the cohort's companies all were).
void tallyMoves(const QSqlDatabase &db, bool cohortView, const QVariant &partFrom, const QVariant &partTo,
                const QByteArray &createdFrom, const FunnelFilter &filter, EntryTally &tally)
{
    const SqlCondition moves = FunnelFilterSql::moves(filter, QStringLiteral("h"));
    const bool sameCompanies = filter.userId == 0;
    RowScan entered(
        db,
        QStringLiteral("SELECT %1 FROM stage_history h INDEXED BY %2 "
                       "WHERE deal_id IS NULL AND %3 >= ? AND %3 < ?%4")
            .arg(moveColumns,
                 cohortView ? QStringLiteral("stage_history_cohort") : QStringLiteral("stage_history_period"),
                 cohortView ? QStringLiteral("cohort_at") : QStringLiteral("changed_at"),
                 FunnelFilterSql::andIf(moves)),
        QVariantList{partFrom, partTo} + moves.values);
    while (entered.next()) {
        tally.addMove(entered);
        if (sameCompanies && entered.integer(Opens) == 1 && bytes(entered.text(CohortAt)) >= bytes(createdFrom))
            tally.addLeftCold(entered.text(To), entered.text(ChangedAt), entered.text(CohortAt));
    }
}

// A view's whole pass, in two halves at the same time from halvesFrom days on, each counted by its own tally.
void tallyMovesOf(Database &db, bool cohortView, const QDateTime &start, const QDateTime &end,
                  const QVariant &outcomeBefore, const QByteArray &createdFrom, const FunnelFilter &filter,
                  int halvesFrom, EntryTally &tally)
{
    if (start.daysTo(end) < halvesFrom) {
        tallyMoves(db.connection(), cohortView, toStoredTime(start), toStoredTime(end), createdFrom, filter, tally);
        return;
    }
    const QVariant middle = toStoredTime(start.addMSecs(start.msecsTo(end) / 2));
    EntryTally later(outcomeBefore);
    ParallelRead secondHalf(db, [&](Database &other) {
        tallyMoves(other.connection(), cohortView, middle, toStoredTime(end), createdFrom, filter, later);
    });
    tallyMoves(db.connection(), cohortView, toStoredTime(start), middle, createdFrom, filter, tally);
    secondHalf.wait();
    tally.add(later);
}

} // namespace

FunnelHistoryQuery::FunnelHistoryQuery(DataContext context, int halvesFrom)
    : m_context(context)
    , m_halvesFrom(halvesFrom)
{
}

FunnelHistory FunnelHistoryQuery::period(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter) const
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant from = toStoredTime(start);
    const QVariant to = toStoredTime(end);
    EntryTally tally(to);

    // What became of an entry counts when it came before the end; a company created in the range entered the cold
    // base then, and its first move, made in the range too, is how it left.
    tallyMovesOf(m_context.db, false, start, end, to, from.toString().toUtf8(), filter, m_halvesFrom, tally);
    const bool sameCompanies = filter.userId == 0;
    // A person's moves are those they made, their cold base the contacts they collected.
    if (!sameCompanies)
        tallyLeftColdOfCollected(db, from, to, to, filter, tally);
    tally.addStillCold(companiesCreated(start, end, filter) - tally.leftCold());
    return {tally.entries(), tally.lostReasons(), daysToFirstPayment(View::Period, start, end, filter)};
}

FunnelHistory FunnelHistoryQuery::cohort(const QDateTime &start, const QDateTime &end, const FunnelFilter &filter) const
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant from = toStoredTime(start);
    const QVariant to = toStoredTime(end);
    EntryTally tally(openEnd);

    // Every move of the companies created in the range, whenever made.
    tallyMovesOf(m_context.db, true, start, end, QVariant(openEnd), {}, filter, m_halvesFrom, tally);
    const bool sameCompanies = filter.userId == 0;
    // A person's moves are those they made, their cold base the contacts they collected.
    if (!sameCompanies)
        tallyLeftColdOfCollected(db, from, to, QVariant(openEnd), filter, tally);
    tally.addStillCold(companiesCreated(start, end, filter) - tally.leftCold());
    return {tally.entries(), tally.lostReasons(), daysToFirstPayment(View::Cohort, start, end, filter)};
}

qint64 FunnelHistoryQuery::companiesCreated(const QDateTime &start, const QDateTime &end,
                                            const FunnelFilter &filter) const
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant from = toStoredTime(start);
    const QVariant to = toStoredTime(end);
    const SqlCondition companies = FunnelFilterSql::companies(filter);
    if (!companies.sql.isEmpty()) {
        // A slice's own index (collected_by, region, batch) narrows the companies first.
        SqlStatement count(db,
                           QStringLiteral("SELECT count(*) FROM companies WHERE created_at >= ? AND created_at < ? "
                                          "AND (import_batch_id IS NULL OR import_batch_id IN "
                                          "(SELECT id FROM import_batches WHERE state = 'done'))%1")
                               .arg(FunnelFilterSql::andIf(companies)));
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

QString FunnelHistoryQuery::firstMoveToClient(const QString &alias)
{
    // An earlier move to client is one look into the company's own moves (stage_history_moves), covered.
    return QStringLiteral("%1.deal_id IS NULL AND %1.to_stage = 'client' AND NOT EXISTS (SELECT 1 FROM stage_history e "
                          "INDEXED BY stage_history_moves WHERE e.company_id = %1.company_id AND e.deal_id IS NULL "
                          "AND e.changed_at <= %1.changed_at AND e.to_stage = 'client' "
                          "AND (e.changed_at < %1.changed_at OR e.id < %1.id))")
        .arg(alias);
}

QList<qint64> FunnelHistoryQuery::daysToFirstPayment(View view, const QDateTime &start, const QDateTime &end,
                                                     const FunnelFilter &filter) const
{
    const SqlCondition moves = FunnelFilterSql::moves(filter, QStringLiteral("h"));
    // The company's first move is its first call: the earliest of its own moves, one look into stage_history_moves.
    RowScan select(
        m_context.db.connection(),
        QStringLiteral("SELECT (SELECT min(o.changed_at) FROM stage_history o INDEXED BY stage_history_moves "
                       "WHERE o.company_id = h.company_id AND o.deal_id IS NULL), h.changed_at "
                       "FROM stage_history h%4 WHERE h.%1 >= ? AND h.%1 < ?%2 AND %3")
            .arg(view == View::Period ? QStringLiteral("changed_at") : QStringLiteral("cohort_at"),
                 FunnelFilterSql::andIf(moves), firstMoveToClient(QStringLiteral("h")),
                 view == View::Period ? QStringLiteral(" INDEXED BY stage_history_clients")
                                      : QStringLiteral(" INDEXED BY stage_history_cohort_clients")),
        QVariantList{toStoredTime(start), toStoredTime(end)} + moves.values);
    QList<qint64> days;
    while (select.next())
        days.append(wholeDaysBetween(select.text(0), select.text(1)).value_or(0));
    return days;
}

} // namespace voronka
