#pragma once

#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QStringList>

class QPrinter;

namespace voronka {

// A report on paper (or in a PDF through the print dialog): its title, what it covers, then its tables as the window
// shows them (the same ReportTable and cell texts), laid out by QTextDocument on A4 portrait in a type small enough for
// a dozen columns, breaking across pages between rows.
class ReportPrintout
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrintout)

public:
    struct Table
    {
        ReportTable table;
        int changeColumn = -1; // shown with its arrow, as in the window
    };

    // heading: the report's name; about: the lines under it (the period, the view, whose figures); notes: lines after
    // the tables.
    static QString html(const QString &heading, const QStringList &about, const QList<Table> &tables,
                        const QStringList &notes = {});
    // A4 portrait with 15 mm margins, before the print dialog lets the user change it.
    static void setUp(QPrinter &printer);
    static void print(QPrinter &printer, const QString &html);
};

} // namespace voronka
