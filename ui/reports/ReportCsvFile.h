#pragma once

#include "reports/ReportTable.h"

#include <QCoreApplication>

namespace voronka {

// Writes the tables a report tab shows to one CSV file with ReportTable::writeCsv (Excel's UTF-8, ';', the formula
// guard): one table as it is; several one under the other, each after its title and an empty line between them. The
// file appears whole or not at all (QSaveFile): a failed write leaves whatever was there before.
class ReportCsvFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvFile)

public:
    // Empty when written; otherwise why not, for the user.
    static QString write(const QString &path, const QList<ReportTable> &tables);
    // The tables as the one table the file holds.
    static ReportTable stacked(const QList<ReportTable> &tables);
};

} // namespace voronka
