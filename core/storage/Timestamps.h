#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace voronka {

// Times are stored as fixed-width UTC ISO-8601 text with milliseconds, so text order is time order.
QVariant toStoredTime(const QDateTime &time); // NULL for an invalid time
QDateTime fromStoredTime(const QVariant &stored); // invalid for NULL
// A calendar date (an invoice's) as ISO-8601 text, "2026-11-25".
QVariant toStoredDate(const QDate &date); // NULL for an invalid date
QDate fromStoredDate(const QVariant &stored); // invalid for NULL

// Whole days from one stored time to another, to the bit as SQLite's CAST(julianday(later) - julianday(earlier) AS
// INTEGER) gives them, read straight from the stored text: a report counts a million of them. nullopt when either is
// not a stored time.
std::optional<qint64> wholeDaysBetween(QByteArrayView earlier, QByteArrayView later);

} // namespace voronka
