#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

class QIODevice;

namespace voronka {

// A report as the window's table, a CSV file and a printed page all show it: translated column titles and rows of
// values (qint64 counts, Money, double percentages, QString text, a null QVariant for "nothing to show"), so the
// three cannot disagree. Percentages are already multiplied by 100.
struct ReportTable
{
    QString title;
    QStringList columns;
    QList<QVariantList> rows;

    // Writes the title's table as CSV with CsvWriter's rules (Excel's UTF-8 with BOM, ';', the formula guard); a
    // percentage with one decimal, money in roubles with kopecks. Returns false when the device refused the bytes.
    bool writeCsv(QIODevice *device) const;
    // The value as a person reads it in a cell (the locale's digits, "—" for nothing).
    static QString displayText(const QVariant &value);
};

} // namespace voronka
