#include "ClientsView.h"

#include "ClientTableModel.h"
#include "common/ChangeFollower.h"
#include "common/ListTableView.h"
#include "common/NarrowCombo.h"
#include "common/RegionFilter.h"
#include "common/ScrollKeeper.h"
#include "common/SectionReader.h"
#include "domain/Money.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace voronka {

ClientsView::ClientsView(DataContext context, QList<User> users, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_reader(std::make_unique<SectionReader>(this, context))
{
    setObjectName(QStringLiteral("clientsView"));

    auto *title = new QLabel(tr("<h2>Clients</h2>"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone, INN or city (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // Room to type in, however narrow the window: the title and the filter give way first.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);

    m_owner = new QComboBox;
    keepNarrow(m_owner);
    m_owner->setObjectName(QStringLiteral("clientOwnerFilter"));
    m_owner->addItem(tr("All account managers"), qint64(0));
    for (const User &user : std::as_const(users)) {
        if (user.role == UserRole::AccountManager || user.role == UserRole::Head)
            m_owner->addItem(user.fullName, user.id);
    }
    auto *ownerLabel = new QLabel(tr("&Account manager:"));
    ownerLabel->setBuddy(m_owner);
    m_region = new RegionFilter(context.db);

    m_model = new ClientTableModel(this);
    m_table = new ListTableView(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    // Each column fits its header, the widest value it can hold and the rows in view; the name takes the rest.
    const QLocale locale;
    const QString date = locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const QString amount = Money(99'999'999'00).format(locale);
    m_table->setColumnSamples(StageColumn,
                              {companyStageTitle(CompanyStage::Client), companyStageTitle(CompanyStage::Reactivation)});
    m_table->setColumnSamples(ClientSinceColumn, {date});
    m_table->setColumnSamples(LastPaymentColumn, {date, tr("no payments")});
    m_table->setColumnSamples(LastAmountColumn, {amount});
    m_table->setColumnSamples(TotalPaidColumn, {amount});
    m_table->setColumnSamples(DealsColumn, {locale.toString(9999)});
    m_table->setStretchColumn(NameColumn);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("clientCount"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(title);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(ownerLabel);
    toolbar->addWidget(m_owner);
    toolbar->addWidget(m_region);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 6, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ClientsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ClientsView::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilter);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ClientsView::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit companyActivated(m_model->data(index, Qt::UserRole).toLongLong());
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Any company may become a client (its first payment); payments and deals make the sums and counts.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::Ignore,
        [](const ChangeSet &changes) {
            return changes.touches(ChangeSet::Kind::Company) || changes.touches(ChangeSet::Kind::Payment)
                || changes.touches(ChangeSet::Kind::Deal) || changes.touches(ChangeSet::Kind::User);
        },
        [this](const ChangeSet &) { refreshFromElsewhere(); });
}

ClientsView::~ClientsView() = default;

bool ClientsView::isLoading() const
{
    return m_reader->isReading();
}

const QList<ClientListRow> &ClientsView::rows() const
{
    return m_model->rows();
}

void ClientsView::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

ClientFilter ClientsView::currentFilter() const
{
    ClientFilter filter;
    filter.search = m_search->text();
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.region = m_region->region();
    return filter;
}

void ClientsView::applyFilter()
{
    m_searchTimer->stop();
    reload();
}

void ClientsView::reload()
{
    const ClientFilter filter = currentFilter();
    qint64 size = 0;
    try {
        size = ClientListQuery(m_context).upperBound();
    } catch (const StorageError &error) {
        showReadError(error);
        return;
    }
    m_reader->read(
        size, [filter](const DataContext &context) { return ClientListQuery(context).rows(filter); },
        [this](const QList<ClientListRow> &rows) { showRows(rows); },
        [this](const StorageError &error) { showReadError(error); });
    if (m_reader->isReading())
        m_count->setText(tr("Loading…"));
}

void ClientsView::showRows(QList<ClientListRow> rows)
{
    // The client selected now: the user may have moved on while the list was read.
    const qint64 selected
        = m_table->currentIndex().isValid() ? m_model->data(m_table->currentIndex(), Qt::UserRole).toLongLong() : 0;
    qint64 total = 0;
    for (const ClientListRow &row : std::as_const(rows))
        total += row.totalPaidKopecks;
    const int count = int(rows.size());
    m_model->setRows(std::move(rows));
    m_count->setText(tr("%n clients, paid %1 in total", nullptr, count).arg(Money(total).format(QLocale())));
    for (int row = 0; selected != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).companyId == selected) {
            m_table->selectRow(row);
            break;
        }
    }
    m_refreshScroll.reset(); // a refresh puts the scroll position back now
    emit loaded();
}

void ClientsView::showReadError(const StorageError &error)
{
    m_model->setRows({});
    m_count->setText(tr("The clients cannot be read: %1").arg(error.message()));
    m_refreshScroll.reset();
    emit loaded();
}

void ClientsView::refreshFromElsewhere()
{
    // Kept until the list is shown, which on a big base is after the worker's read.
    if (!m_refreshScroll)
        m_refreshScroll = std::make_unique<ScrollKeeper>(m_table);
    reload();
}

void ClientsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // payments may have been recorded in another section or by a colleague
}

} // namespace voronka
