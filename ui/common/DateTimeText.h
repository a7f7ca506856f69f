#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace voronka {

// A moment as people read it in a list: the locale's short date and time to the minute, in their time zone
// ("25.11.2026 14:00", "11/25/26 2:00 PM"). QLocale's own short date-time adds seconds in some locales, which
// nobody plans by.
QString shortDateTimeText(const QDateTime &moment, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace voronka
