#include "ReportChange.h"

#include <QLocale>

namespace voronka {

QString ReportChange::text(qint64 change)
{
    const QString number = QLocale().toString(qAbs(change));
    if (change > 0)
        return QStringLiteral("▲ ") + number;
    if (change < 0)
        return QStringLiteral("▼ ") + number;
    return number;
}

QColor ReportChange::colour(qint64 change)
{
    if (change > 0)
        return QColor(0x1b, 0x7f, 0x3b);
    if (change < 0)
        return QColor(0xb0, 0x00, 0x20);
    return {};
}

} // namespace voronka
