#include "ListTableView.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace voronka {

namespace {
// Rows measured when the list is not laid out yet (no rows in view to go by): a page's worth at most.
constexpr int RowsMeasuredBeforeShown = 40;
constexpr int DefaultMaximumCharacters = 40;
} // namespace

ListTableView::ListTableView(const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(false);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // Only a drag (or a double click) on the header's handle is the user's: the header resizes sections by
        // itself too, when columns come and go.
        if (m_sizing || QGuiApplication::mouseButtons() == Qt::NoButton)
            return;
        // That width stays; the stretch column gives or takes the difference.
        m_sizedByUser.insert(column);
        stretch();
    });
}

void ListTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTableView::setModel(model);
    m_sizedByUser.clear();
    if (!model)
        return;
    // Rows read again (a reload, a new filter): the columns fit what is shown now, which is not known yet when the
    // model says it was reset: the list's owner moves to where the new rows are to be seen after that (the open
    // company's row in a million), and the rows at the old scroll position would be read for nothing, on a big list
    // a page the model does not have, read on the window's thread.
    m_modelConnections = {connect(model, &QAbstractItemModel::modelReset, this, &ListTableView::fitColumnsSoon),
                          connect(model, &QAbstractItemModel::layoutChanged, this, &ListTableView::fitColumnsSoon)};
    fitColumns();
}

void ListTableView::setStretchColumn(int column, Stretch rule)
{
    m_stretchColumn = column;
    m_stretchRule = rule;
    fitColumns();
}

void ListTableView::setColumnSamples(int column, const QStringList &samples)
{
    m_samples.insert(column, samples);
    fitColumns();
}

void ListTableView::setColumnMaximumCharacters(int column, int characters)
{
    m_maximumCharacters.insert(column, characters);
    fitColumns();
}

int ListTableView::textWidth(const QString &text) const
{
    // As wide as the bold rows some lists show (overdue tasks): a sample must fit those too.
    QFont bold = font();
    bold.setBold(true);
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    return QFontMetrics(bold).horizontalAdvance(text) + margin;
}

int ListTableView::neededColumnWidth(int column) const
{
    if (!model())
        return 0;
    const int header = horizontalHeader()->sectionSizeHint(column);
    int samples = 0;
    for (const QString &sample : m_samples.value(column))
        samples = std::max(samples, textWidth(sample));
    // The rows in view, or the first page's worth before the list is laid out.
    int content = 0;
    const int rowHeight = std::max(1, verticalHeader()->defaultSectionSize());
    const int first = std::max(0, rowAt(0));
    const int inView = isVisible() ? viewport()->height() / rowHeight + 1 : RowsMeasuredBeforeShown;
    const int last = std::min(model()->rowCount(rootIndex()), first + inView);
    for (int row = first; row < last; ++row) {
        if (isRowHidden(row) || columnSpan(row, column) > 1 || rowSpan(row, column) > 1)
            continue; // a heading spanning the row says nothing about this column
        content = std::max(content, sizeHintForIndex(model()->index(row, column, rootIndex())).width());
    }
    const int maximum = fontMetrics().averageCharWidth() * m_maximumCharacters.value(column, DefaultMaximumCharacters);
    const int grid = showGrid() ? 1 : 0;
    return std::max({header, samples + grid, std::min(content, maximum) + fontMetrics().averageCharWidth() + grid});
}

void ListTableView::fitColumns()
{
    m_fitPending = false;
    if (!model())
        return;
    m_sizing = true;
    for (int column = 0; column < model()->columnCount(rootIndex()); ++column) {
        if (column == m_stretchColumn)
            m_stretchColumnNeeds = neededColumnWidth(column);
        else if (!m_sizedByUser.contains(column))
            setColumnWidth(column, neededColumnWidth(column));
    }
    m_sizing = false;
    stretch();
}

void ListTableView::fitColumnsSoon()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_fitPending)
                fitColumns();
        },
        Qt::QueuedConnection);
}

void ListTableView::stretch()
{
    if (!model() || m_stretchColumn < 0 || m_stretchColumn >= model()->columnCount(rootIndex()))
        return;
    int others = 0;
    int widestOther = 0;
    for (int column = 0; column < model()->columnCount(rootIndex()); ++column) {
        if (column != m_stretchColumn && !isColumnHidden(column)) {
            others += columnWidth(column);
            widestOther = std::max(widestOther, columnWidth(column));
        }
    }
    const int least
        = m_stretchRule == Stretch::KeepWidest ? std::max(m_stretchColumnNeeds, widestOther + 1) : m_stretchColumnNeeds;
    const int width = std::max(least, viewport()->width() - others);
    if (width == columnWidth(m_stretchColumn))
        return;
    m_sizing = true;
    setColumnWidth(m_stretchColumn, width);
    m_sizing = false;
}

void ListTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    stretch();
}

void ListTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitColumns(); // the rows in view are known now
}

} // namespace voronka
