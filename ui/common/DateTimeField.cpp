#include "DateTimeField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace voronka {

namespace {
QString fourDigitYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString timeWithoutSeconds(QString format)
{
    format.remove(QStringLiteral(":ss"));
    return format;
}

QStringList unique(const QStringList &formats)
{
    QStringList result;
    for (const QString &format : formats) {
        if (!result.contains(format))
            result.append(format);
    }
    return result;
}
} // namespace

DateTimeField::DateTimeField(QTimeZone zone, QWidget *parent)
    : QLineEdit(parent)
    , m_zone(std::move(zone))
{
    setPlaceholderText(QLocale().toString(QDateTime(QDate(2026, 11, 25), QTime(14, 30)), displayFormat()));
    setToolTip(tr("Type the date and time, e.g. %1, or pick the day from the calendar").arg(placeholderText()));
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), TrailingPosition);
    calendar->setObjectName(QStringLiteral("dateTimeCalendarAction"));
    calendar->setToolTip(tr("Pick the day from a calendar"));
    connect(calendar, &QAction::triggered, this, &DateTimeField::pickFromCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        showValidity();
        const QDateTime moment = dateTime();
        emit dateTimeChanged(moment);
    });
}

QString DateTimeField::displayFormat(const QLocale &locale)
{
    return fourDigitYear(locale.dateFormat(QLocale::ShortFormat)) + QLatin1Char(' ')
        + timeWithoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

QDateTime DateTimeField::parse(const QString &text, const QTimeZone &zone, QTime timeIfMissing, const QLocale &locale)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return {};
    // The locale's own formats first, then the ones people type whatever the locale (ISO, dotted Russian).
    const QStringList dateFormats
        = unique({fourDigitYear(locale.dateFormat(QLocale::ShortFormat)), locale.dateFormat(QLocale::ShortFormat),
                  QStringLiteral("d.M.yyyy"), QStringLiteral("d.M.yy"), QStringLiteral("yyyy-M-d")});
    const QStringList timeFormats
        = unique({timeWithoutSeconds(locale.timeFormat(QLocale::ShortFormat)), locale.timeFormat(QLocale::ShortFormat),
                  QStringLiteral("H:mm"), QStringLiteral("h:mm AP"), QStringLiteral("H.mm")});
    const auto fixCentury = [](QDate date) { return date.year() < 1970 ? date.addYears(100) : date; };
    for (const QString &dateFormat : dateFormats) {
        for (const QString &timeFormat : timeFormats) {
            const QDateTime local = locale.toDateTime(simplified, dateFormat + QLatin1Char(' ') + timeFormat);
            if (local.isValid())
                return QDateTime(fixCentury(local.date()), local.time(), zone).toUTC();
        }
        const QDate date = locale.toDate(simplified, dateFormat);
        if (date.isValid())
            return QDateTime(fixCentury(date), timeIfMissing, zone).toUTC();
    }
    return {};
}

void DateTimeField::setDateTime(const QDateTime &moment)
{
    if (!moment.isValid()) {
        clear();
        return;
    }
    const QDateTime local = moment.toTimeZone(m_zone);
    m_lastTime = QTime(local.time().hour(), local.time().minute());
    setText(QLocale().toString(QDateTime(local.date(), m_lastTime), displayFormat()));
}

QDateTime DateTimeField::dateTime() const
{
    return parse(text(), m_zone, m_lastTime);
}

void DateTimeField::showValidity()
{
    // A text that says no moment is marked, so that OK's refusal comes as no surprise.
    setStyleSheet(text().trimmed().isEmpty() || hasValidDateTime() ? QString()
                                                                   : QStringLiteral("QLineEdit { color: #b00020; }"));
}

void DateTimeField::pickFromCalendar()
{
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    calendar->setObjectName(QStringLiteral("dateTimeCalendar"));
    const QDateTime current = dateTime();
    if (current.isValid())
        calendar->setSelectedDate(current.toTimeZone(m_zone).date());
    auto *holder = new QWidgetAction(&popup);
    holder->setDefaultWidget(calendar);
    popup.addAction(holder);
    connect(calendar, &QCalendarWidget::clicked, &popup, [this, &popup](QDate day) {
        const QDateTime was = dateTime();
        const QTime time = was.isValid() ? was.toTimeZone(m_zone).time() : m_lastTime;
        setDateTime(QDateTime(day, time, m_zone));
        popup.close();
    });
    popup.exec(mapToGlobal(QPoint(width() - popup.sizeHint().width(), height())));
}

} // namespace voronka
