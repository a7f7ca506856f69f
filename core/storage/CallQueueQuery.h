#pragma once

#include "DataContext.h"
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

// Reads a caller's call queue: first the callbacks that are due (the caller's companies at cold or calling whose
// next action time has come), the most overdue first; then companies nobody has called yet (at cold, without a
// next action), the caller's own first, then those without an owner, in the order they came into the base, so
// a list is called top to bottom as it was imported. Parked companies, companies at later stages and callbacks
// still in the future are not in the queue, nor are companies a colleague holds a lease on (is calling now, see
// CompanyLeaseRepository). Each statement is drained at once.
class CallQueueQuery
{
public:
    explicit CallQueueQuery(DataContext context);

    // Up to limit companies, in the order they should be called, leaving out the skipped ones.
    QList<CallQueueEntry> next(qint64 callerId, int limit, const QList<qint64> &skipped = {}) const;
    // How many of the caller's callbacks are due now.
    int dueCallbacks(qint64 callerId) const;
    // The calls the user recorded since fromUtc, counted by outcome key (the call mode's counter of the day).
    QHash<QString, int> callOutcomesSince(qint64 userId, const QDateTime &fromUtc) const;

private:
    void append(QList<CallQueueEntry> &entries, qint64 callerId, const QString &where, const QString &order,
                const QVariantList &values, int limit, const QList<qint64> &skipped) const;

    DataContext m_context;
};

} // namespace voronka
