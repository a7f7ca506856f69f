#pragma once

#include "storage/PayrollRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <optional>

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
    // A value as the head reads and types it: money in roubles ("50,00 ₽"), a percentage in percent ("2,5 %").
    static QString text(const QString &key, qint64 value, const QLocale &locale);
    // What the head typed, back in kopecks or hundredths of a percent ("1 500", "2,5 %", "-3" too: refusing a negative
    // value is setRate's); empty when it is not a number, or has more than two decimals.
    static std::optional<qint64> parse(const QString &key, const QString &text, const QLocale &locale);

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
