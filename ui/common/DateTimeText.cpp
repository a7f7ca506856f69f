#include "DateTimeText.h"

#include <QLocale>

namespace voronka {

QString shortDateTimeText(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toTimeZone(zone);
    const QLocale locale;
    // The locale's own clock (24 h, or 12 h with AM/PM), without the seconds some locales add.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormat);
}

} // namespace voronka
