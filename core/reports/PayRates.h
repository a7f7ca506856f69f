#pragma once

#include "storage/PayrollRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace voronka {

// The pay rates with their history (seeds 003 and 004; the defaults come with schema step 22): money in kopecks,
// percentages in hundredths of a percent. A rate in force at a time is the latest set from that time or before.
class PayRates
{
    Q_DECLARE_TR_FUNCTIONS(PayRates)

public:
    explicit PayRates(QList<StoredPayRate> history);

    static QStringList keys();
    static bool isKnown(const QString &key);
    static QString title(const QString &key);
    static bool isPercent(const QString &key);

    // The value of key at time (0 when it was never set by then).
    qint64 at(const QString &key, const QDateTime &time) const;
    // The pieces of [start, end) over which key kept one value, with that value, in order.
    struct Piece
    {
        QDateTime start;
        QDateTime end;
        qint64 value = 0;
    };
    QList<Piece> pieces(const QString &key, const QDateTime &start, const QDateTime &end) const;

private:
    QList<StoredPayRate> m_history; // oldest first
};

} // namespace voronka
