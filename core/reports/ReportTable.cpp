#include "ReportTable.h"

#include "domain/Money.h"
#include "import/CsvWriter.h"

#include <QLocale>

namespace voronka {

namespace {

QString csvText(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<Money>()) {
        const qint64 kopecks = value.value<Money>().kopecks();
        const qint64 whole = qAbs(kopecks);
        return QString(kopecks < 0 ? QStringLiteral("-") : QString()) + QString::number(whole / 100) + QLatin1Char('.')
            + QStringLiteral("%1").arg(whole % 100, 2, 10, QLatin1Char('0'));
    }
    switch (value.typeId()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 1);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace

bool ReportTable::writeCsv(QIODevice *device) const
{
    CsvWriter writer(device);
    bool ok = writer.writeRow(columns);
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(csvText(value));
        ok = writer.writeRow(cells) && ok;
    }
    return writer.flush() && ok;
}

QString ReportTable::displayText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    if (value.metaType() == QMetaType::fromType<Money>())
        return value.value<Money>().format(locale);
    switch (value.typeId()) {
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'f', 1);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return locale.toString(value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace voronka
