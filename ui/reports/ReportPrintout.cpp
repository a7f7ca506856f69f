#include "ReportPrintout.h"

#include "ReportChange.h"
#include "ReportTableView.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace voronka {

namespace {
bool isNumber(const QVariant &value)
{
    return !value.isNull() && value.typeId() != QMetaType::QString;
}

QString tableHtml(const ReportPrintout::Table &shown)
{
    const ReportTable &table = shown.table;
    QString html = QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #888;\"><thead><tr>");
    for (const QString &column : table.columns)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(column.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QVariantList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            const QVariant &value = row.at(column);
            const bool isChange = column == shown.changeColumn;
            QString text = ReportTableView::cellText(value, isChange).toHtmlEscaped();
            if (isChange && isNumber(value)) {
                const QColor colour = ReportChange::colour(value.toLongLong());
                if (colour.isValid())
                    text = QStringLiteral("<font color=\"%1\">%2</font>").arg(colour.name(), text);
            }
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(isNumber(value) ? QStringLiteral("right") : QStringLiteral("left"), text);
        }
        html += QStringLiteral("</tr>");
    }
    if (table.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                    .arg(table.columns.size())
                    .arg(ReportPrintout::tr("Nothing in the period.").toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}
} // namespace

QString ReportPrintout::html(const QString &heading, const QStringList &about, const QList<Table> &tables,
                             const QStringList &notes)
{
    QString html = QStringLiteral("<html><body style=\"font-size: 8pt;\"><h2>%1</h2>").arg(heading.toHtmlEscaped());
    for (const QString &line : about)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    for (const Table &table : tables)
        html += tableHtml(table);
    for (const QString &line : notes)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

void ReportPrintout::setUp(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
}

void ReportPrintout::print(QPrinter &printer, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

} // namespace voronka
