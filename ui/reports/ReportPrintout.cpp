#include "ReportPrintout.h"

#include "ReportChange.h"
#include "ReportTableView.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

#include <algorithm>

namespace voronka {

namespace {
bool isNumber(const QVariant &value)
{
    return !value.isNull() && value.typeId() != QMetaType::QString;
}

// The type of the printed tables, in points, and the smallest it goes down to for a wide table.
constexpr qreal tablePoints = 8;
constexpr qreal smallestTablePoints = 6;

// The page ReportPrintout::setUp() gives the printer.
QPageLayout a4Portrait()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

// The width of the text's longest word in font: a column narrower than that breaks the word.
qreal longestWord(const QFontMetricsF &font, const QString &text)
{
    qreal longest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longest = std::max(longest, font.horizontalAdvance(word));
    return longest;
}

// How a table is laid out on the page: the type's size, and each column's share of the width in percent.
struct TableLayout
{
    qreal points = tablePoints;
    QList<int> percents;
};

// QTextDocument would share the width out evenly and break the words of a narrow column (a name, a stage) where a
// column of small numbers has room to spare. A column gets what its longest word needs (its title's in bold), and a
// text column (a name, a reason) also up to half its longest cell; a table that needs more than the page's width gets
// smaller type, so that no word is broken.
TableLayout tableLayout(const ReportPrintout::Table &shown)
{
    const ReportTable &table = shown.table;
    QFont regular = QGuiApplication::font();
    regular.setPointSizeF(tablePoints);
    QFont bold = regular;
    bold.setBold(true);
    // Measured as a printer lays the type out, in points (at a screen's resolution hinting makes small type narrower).
    constexpr int dotsPerInch = 1200;
    QImage paper(1, 1, QImage::Format_Mono);
    paper.setDotsPerMeterX(int(dotsPerInch / 0.0254));
    paper.setDotsPerMeterY(int(dotsPerInch / 0.0254));
    const QFontMetricsF cells(regular, &paper);
    const QFontMetricsF titles(bold, &paper);
    const qreal toPoints = 72.0 / dotsPerInch;
    const qreal padding = 3 * cells.averageCharWidth(); // the cell's padding and borders, and a little air
    QList<qreal> widths;
    qreal total = 0;
    for (int column = 0; column < table.columns.size(); ++column) {
        qreal width = longestWord(titles, table.columns.at(column));
        for (const QVariantList &row : table.rows) {
            if (column >= row.size())
                continue;
            const QVariant &value = row.at(column);
            const QString text = ReportTableView::cellText(value, column == shown.changeColumn);
            if (isNumber(value))
                width = std::max(width, cells.horizontalAdvance(text));
            else
                width = std::max({width, longestWord(cells, text),
                                  std::min(cells.horizontalAdvance(text) / 2, 20 * cells.averageCharWidth())});
        }
        widths.append((width + padding) * toPoints);
        total += widths.last();
    }
    TableLayout layout;
    const qreal page = a4Portrait().paintRectPoints().width() * 0.95; // the cells' borders and padding
    if (total > page)
        layout.points = std::max(smallestTablePoints, tablePoints * page / total);
    for (const qreal width : std::as_const(widths))
        layout.percents.append(std::max(1, int(width * 100 / std::max<qreal>(total, 1))));
    return layout;
}

QString tableHtml(const ReportPrintout::Table &shown)
{
    const ReportTable &table = shown.table;
    QString html = QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
    const TableLayout layout = tableLayout(shown);
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #888; font-size: %1pt;\"><thead><tr>")
                .arg(layout.points, 0, 'f', 1);
    for (int column = 0; column < table.columns.size(); ++column)
        html += QStringLiteral("<th bgcolor=\"#e8e8e8\" width=\"%1%\">%2</th>")
                    .arg(layout.percents.at(column))
                    .arg(table.columns.at(column).toHtmlEscaped());
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
    QString html = QStringLiteral("<html><body style=\"font-size: 10pt;\"><h2>%1</h2>").arg(heading.toHtmlEscaped());
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
    printer.setPageLayout(a4Portrait());
}

void ReportPrintout::print(QPrinter &printer, const QString &html)
{
    // Laid out for the printer and on its printable area, so that a point is the paper's point and a table's 100% is
    // the width between the page's margins (QTextDocument would otherwise add margins of its own).
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&printer);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(QSizeF(printer.width(), printer.height()));
    document.print(&printer);
}

} // namespace voronka
