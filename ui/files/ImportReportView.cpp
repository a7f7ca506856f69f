#include "ImportReportView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace voronka {

namespace {
// The status of a row as the filter matches it (the shown title is translated, this is not).
constexpr int StatusKeyRole = Qt::UserRole + 1;

QStandardItem *readOnlyItem(const QVariant &display)
{
    auto *item = new QStandardItem;
    item->setData(display, Qt::DisplayRole);
    item->setEditable(false);
    return item;
}
} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importReportView"));
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Status"), tr("Reason"), tr("Row")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(StatusColumn);
    m_proxy->setFilterRole(StatusKeyRole);
    m_proxy->setSortLocaleAware(true);

    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("reportFilter"));
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LineColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(LineColumn, metrics.horizontalAdvance(QStringLiteral("0000000")) + 32);
    m_table->setColumnWidth(StatusColumn,
                            metrics.horizontalAdvance(ImportReport::statusTitle(ImportReport::Status::Flagged)) + 40);
    m_table->setColumnWidth(ReasonColumn, 52 * metrics.averageCharWidth());

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    setEntries({});
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportReportView::applyFilter);
}

void ImportReportView::setEntries(const QList<ImportReport::Entry> &entries)
{
    m_model->removeRows(0, m_model->rowCount());
    int rejected = 0;
    int duplicates = 0;
    int flagged = 0;
    for (const ImportReport::Entry &entry : entries) {
        auto *status = readOnlyItem(ImportReport::statusTitle(entry.status));
        status->setData(ImportReport::statusKey(entry.status), StatusKeyRole);
        m_model->appendRow({readOnlyItem(entry.line), status, readOnlyItem(entry.reason),
                            readOnlyItem(entry.fields.join(QStringLiteral(" | ")))});
        rejected += entry.status == ImportReport::Status::Rejected;
        duplicates += entry.status == ImportReport::Status::Duplicate;
        flagged += entry.status == ImportReport::Status::Flagged;
    }
    const QSignalBlocker quiet(m_filter);
    const QLocale locale;
    m_filter->clear();
    m_filter->addItem(tr("All rows (%1)").arg(locale.toString(entries.size())), QString());
    m_filter->addItem(tr("Rejected (%1)").arg(locale.toString(rejected)),
                      ImportReport::statusKey(ImportReport::Status::Rejected));
    m_filter->addItem(tr("Duplicates (%1)").arg(locale.toString(duplicates)),
                      ImportReport::statusKey(ImportReport::Status::Duplicate));
    m_filter->addItem(tr("Imported, to check (%1)").arg(locale.toString(flagged)),
                      ImportReport::statusKey(ImportReport::Status::Flagged));
    m_filter->setCurrentIndex(int(Filter::All));
    m_table->sortByColumn(LineColumn, Qt::AscendingOrder);
    applyFilter();
}

void ImportReportView::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(int(filter));
}

ImportReportView::Filter ImportReportView::filter() const
{
    return Filter(m_filter->currentIndex());
}

int ImportReportView::shownCount() const
{
    return m_proxy->rowCount();
}

void ImportReportView::applyFilter()
{
    const QString key = m_filter->currentData().toString();
    m_proxy->setFilterRegularExpression(key.isEmpty() ? QRegularExpression()
                                                      : QRegularExpression(QLatin1Char('^') + key + QLatin1Char('$')));
}

} // namespace voronka
