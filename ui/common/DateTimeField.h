#pragma once

#include <QDateTime>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>

namespace voronka {

// A date and time typed as a whole ("25.11.2026 14:30" in Russian, "11/25/2026 2:30 PM" in English), with a
// calendar to pick the day from. QDateTimeEdit edits one section at a time, so a typed date lands in the day or
// the hour only; here the whole text is read by the locale's formats (and a few common ones), and what is shown
// is exactly what is used. A date without a time keeps the time the field had.
class DateTimeField : public QLineEdit
{
    Q_OBJECT

public:
    // zone: the user's time zone, in which the text is read and shown.
    explicit DateTimeField(QTimeZone zone = QTimeZone::systemTimeZone(), QWidget *parent = nullptr);

    // Shows the moment in the field's zone, to the minute.
    void setDateTime(const QDateTime &moment);
    // The moment the text says, in UTC; invalid when the text is not a date (and time) in a known format.
    QDateTime dateTime() const;
    bool hasValidDateTime() const { return dateTime().isValid(); }

    // The format the field shows a moment in, for the locale: its short date with a four-digit year and its
    // short time without seconds.
    static QString displayFormat(const QLocale &locale = QLocale());
    // Reads text as a moment in zone (UTC result); a date alone takes timeIfMissing; invalid when unreadable.
    static QDateTime parse(const QString &text, const QTimeZone &zone, QTime timeIfMissing = QTime(9, 0),
                           const QLocale &locale = QLocale());

signals:
    // The text now says another moment (invalid while it says none).
    void dateTimeChanged(const QDateTime &utc);

private:
    void pickFromCalendar();
    void showValidity();

    QTimeZone m_zone;
    QTime m_lastTime = QTime(9, 0); // the time a typed date alone keeps
};

} // namespace voronka
