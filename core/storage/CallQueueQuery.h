#pragma once

#include "DataContext.h"
#include "SqlCondition.h"
#include "domain/CompanyStage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace voronka {

// A company waiting in a caller's queue.
struct CallQueueEntry
{
    qint64 companyId = 0;
    QString name;
    QString city;
    CompanyStage stage = CompanyStage::Cold;
    QDateTime nextActionAt; // UTC; valid for a callback that is due, invalid for a company not called yet
    int callAttempts = 0;
    qint64 version = 0;

    bool isCallback() const { return nextActionAt.isValid(); }
};

// What lies beyond a caller's queue, so that an empty queue can be explained truthfully.
struct CallQueueOutlook
{
    // Companies nobody has called yet that have a number to dial, whoever owns them (with the queue empty, they
    // belong to colleagues or a colleague is calling them now).
    qint64 notCalledYet = 0;
    // The caller's own and unowned companies at cold or calling without a number to dial (the collector's list).
    qint64 needingNumber = 0;
    // The caller's next callback still to come; invalid when there is none.
    QDateTime nextCallbackAt;
};

// Reads a caller's call queue: first the callbacks that are due (the caller's companies at cold or calling whose
// next action time has come), the most overdue first; then companies nobody has called yet (at cold, without a
// next action), the caller's own first, then those without an owner, in the order they came into the base, so
// a list is called top to bottom as it was imported. Parked companies, companies at later stages and callbacks
// still in the future are not in the queue, nor are companies a colleague holds a lease on (is calling now, see
// CompanyLeaseRepository), nor companies without a number to dial (none, or every one flagged wrong): those wait
// for the collector to find one (needsNumberCondition()) and come back by themselves once a number is added.
// Each statement is drained at once.
class CallQueueQuery
{
public:
    explicit CallQueueQuery(DataContext context);

    // Up to limit companies, in the order they should be called, leaving out the skipped ones.
    QList<CallQueueEntry> next(qint64 callerId, int limit, const QList<qint64> &skipped = {}) const;
    // How many of the caller's callbacks are due now, counted up to cap: a header needs "100+", not the exact
    // number, and each due callback costs a look into its phones, so an uncapped count grows with the backlog.
    static constexpr int dueCallbacksCap = 100;
    int dueCallbacks(qint64 callerId, int cap = dueCallbacksCap) const;
    // The calls the user recorded since fromUtc, counted by outcome key (the call mode's counter of the day).
    QHash<QString, int> callOutcomesSince(qint64 userId, const QDateTime &fromUtc) const;
    // What is left for the caller beyond the queue (read when the queue is empty, to say why). It counts over the
    // whole base: seconds on a million companies on a cold disk, so a window reads it on a worker on a big base.
    CallQueueOutlook outlook(qint64 callerId) const;
    // The largest company id: at least the number of companies, read at no cost (the end of the table).
    qint64 companiesUpperBound() const;

    // The company c has a number that is not flagged wrong.
    static QString hasNumberCondition();
    // The company c is in the first line's part of the funnel but has no number to dial: the collector's
    // "needs a number" list.
    static SqlCondition needsNumberCondition();
    // The statement dueCallbacks runs (binds: caller, now, the two callable stage keys, cap), for the benchmark's
    // sqlite3 reference.
    static QString dueCallbacksStatement();

private:
    // where and values carry the visibility condition (VisibleCompanies) when an import is unfinished.
    void append(QList<CallQueueEntry> &entries, qint64 callerId, const QString &where, const QString &order,
                const QVariantList &values, int limit, const QList<qint64> &skipped) const;
    // " AND <visible>" and its values, or nothing when every company is visible.
    SqlCondition visibleClause() const;

    DataContext m_context;
};

} // namespace voronka
