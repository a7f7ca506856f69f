#pragma once

#include <QDateTime>
#include <QVariant>

namespace voronka {

// Times are stored as fixed-width UTC ISO-8601 text with milliseconds, so text order is time order.
QVariant toStoredTime(const QDateTime &time); // NULL for an invalid time
QDateTime fromStoredTime(const QVariant &stored); // invalid for NULL
// A calendar date (an invoice's) as ISO-8601 text, "2026-11-25".
QVariant toStoredDate(const QDate &date); // NULL for an invalid date
QDate fromStoredDate(const QVariant &stored); // invalid for NULL

} // namespace voronka
