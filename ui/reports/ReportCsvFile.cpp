#include "ReportCsvFile.h"

#include <QDir>
#include <QSaveFile>

namespace voronka {

ReportTable ReportCsvFile::stacked(const QList<ReportTable> &tables)
{
    if (tables.size() == 1)
        return tables.first();
    ReportTable all;
    for (const ReportTable &table : tables) {
        if (all.columns.isEmpty()) {
            all.title = table.title;
            all.columns = {table.title};
        } else {
            all.rows.append(QVariantList{});
            all.rows.append(QVariantList{table.title});
        }
        QVariantList columns;
        for (const QString &column : table.columns)
            columns.append(column);
        all.rows.append(columns);
        all.rows.append(table.rows);
    }
    return all;
}

QString ReportCsvFile::write(const QString &path, const QList<ReportTable> &tables)
{
    QSaveFile file(path);
    const auto problem = [&] {
        return tr("The report could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return problem();
    if (!stacked(tables).writeCsv(&file)) {
        const QString why = problem();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return problem();
    return {};
}

} // namespace voronka
