#include "ReportTableView.h"

#include "ReportChange.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace voronka {

namespace {
// A title longer than this is broken at the space nearest its middle.
constexpr qsizetype longTitle = 8;
// A text column after the first shows about this many characters; the rest is elided, the tooltip has it whole.
constexpr int longText = 30;

bool isNumber(const QVariant &value)
{
    return !value.isNull() && value.typeId() != QMetaType::QString;
}
} // namespace

ReportTableView::ReportTableView(const QString &objectName, QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(objectName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void ReportTableView::setReport(const ReportTable &table)
{
    m_report = table;
    clear();
    setColumnCount(int(table.columns.size()));
    setRowCount(int(table.rows.size()));
    QStringList titles;
    for (const QString &title : table.columns)
        titles.append(headerText(title));
    setHorizontalHeaderLabels(titles);
    for (int column = 0; column < table.columns.size(); ++column)
        horizontalHeaderItem(column)->setToolTip(table.columns.at(column));
    for (int row = 0; row < table.rows.size(); ++row) {
        const QVariantList &values = table.rows.at(row);
        for (int column = 0; column < values.size() && column < table.columns.size(); ++column) {
            const QVariant &value = values.at(column);
            const bool isChange = column == m_changeColumn;
            auto *item = new QTableWidgetItem(cellText(value, isChange));
            item->setData(Qt::UserRole, value);
            if (isNumber(value))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else if (column > 0)
                item->setToolTip(item->text()); // whole, where the column cuts it short
            if (isChange && isNumber(value)) {
                const QColor colour = ReportChange::colour(value.toLongLong());
                if (colour.isValid())
                    item->setForeground(colour);
            }
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
    m_wanted.clear();
    m_shortened.clear();
    const int textWidth = longText * fontMetrics().averageCharWidth();
    for (int column = 0; column < columnCount(); ++column) {
        m_wanted.append(columnWidth(column));
        const bool text
            = column > 0 && std::any_of(table.rows.cbegin(), table.rows.cend(), [column](const QVariantList &row) {
                  return column < row.size() && !row.at(column).isNull() && !isNumber(row.at(column));
              });
        m_shortened.append(
            text ? std::min(columnWidth(column), std::max(textWidth, horizontalHeader()->sectionSizeHint(column)))
                 : columnWidth(column));
    }
    fitColumns();
    updateGeometry();
}

void ReportTableView::setFitsRows(bool fits)
{
    m_fitsRows = fits;
    setSizePolicy(sizePolicy().horizontalPolicy(), fits ? QSizePolicy::Maximum : QSizePolicy::Expanding);
    updateGeometry();
}

QString ReportTableView::cellText(const QVariant &value, bool isChange)
{
    if (isChange && isNumber(value))
        return ReportChange::text(value.toLongLong());
    return ReportTable::displayText(value);
}

QString ReportTableView::headerText(const QString &title)
{
    if (title.size() <= longTitle)
        return title;
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype at = 0; at < title.size(); ++at) {
        if (title.at(at) == QLatin1Char(' ') && (best < 0 || qAbs(at - middle) < qAbs(best - middle)))
            best = at;
    }
    if (best < 0)
        return title;
    return title.left(best) + QLatin1Char('\n') + title.mid(best + 1);
}

int ReportTableView::rowsHeight() const
{
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    return height;
}

QSize ReportTableView::sizeHint() const
{
    QSize hint = QTableWidget::sizeHint();
    if (m_fitsRows)
        hint.setHeight(rowsHeight());
    // As wide as its columns want (the first one, which takes what is left, as its contents), so that a layout beside a
    // chart gives it that.
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width() + firstColumnNeeds();
    for (int column = 1; column < m_wanted.size(); ++column)
        width += m_shortened.at(column);
    hint.setWidth(width);
    return hint;
}

QSize ReportTableView::minimumSizeHint() const
{
    QSize hint = QTableWidget::minimumSizeHint();
    if (m_fitsRows)
        hint.setHeight(std::min(rowsHeight(),
                                2 * frameWidth() + horizontalHeader()->sizeHint().height()
                                    + 3 * verticalHeader()->defaultSectionSize()));
    return hint;
}

void ReportTableView::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

int ReportTableView::firstColumnNeeds() const
{
    return columnCount() > 0 ? std::max(sizeHintForColumn(0), horizontalHeader()->sectionSizeHint(0)) : 0;
}

void ReportTableView::fitColumns()
{
    if (columnCount() == 0 || m_wanted.size() != columnCount())
        return;
    // Each column as wide as its contents when all fit, the width left shared out evenly; else a text column after the
    // first (a role, a reason) gives up what is beyond about longText characters, so that the figures keep their room,
    // and the first column takes what is left.
    QList<int> widths = m_wanted;
    widths[0] = firstColumnNeeds();
    int wanted = 0;
    for (const int width : std::as_const(widths))
        wanted += width;
    const int room = viewport()->width();
    if (wanted <= room) {
        const int share = (room - wanted) / int(widths.size());
        for (int &width : widths)
            width += share;
        widths[0] += room - wanted - share * int(widths.size());
    } else {
        widths = m_shortened;
        int others = 0;
        for (int column = 1; column < columnCount(); ++column)
            others += widths.at(column);
        widths[0] = std::max(firstColumnNeeds(), room - others);
    }
    for (int column = 0; column < columnCount(); ++column)
        setColumnWidth(column, widths.at(column));
}

} // namespace voronka
