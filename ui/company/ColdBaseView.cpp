#include "ColdBaseView.h"

#include "CompanyCard.h"
#include "common/ChangeFollower.h"
#include "common/ListTableView.h"
#include "common/MessageBox.h"
#include "common/RegionFilter.h"
#include "common/ScrollKeeper.h"
#include "files/ImportWizard.h"
#include "models/CompanyListModel.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace voronka {

ColdBaseView::ColdBaseView(DataContext context, QList<User> users, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("coldBaseView"));
    m_model = new CompanyListModel(context.db, this);
    // Queued: the failure surfaces while the table paints, and a dialog must not open inside a paint event.
    connect(
        m_model, &CompanyListModel::readFailed, this,
        [this](const QString &message) {
            MessageBox::warning(this, tr("Cannot read the base"),
                                tr("Part of the list could not be read: %1\n\nThe file may be damaged or no longer "
                                   "reachable. Nothing was changed.")
                                    .arg(message));
        },
        Qt::QueuedConnection);
    if (!m_model->lastError().isEmpty())
        QMetaObject::invokeMethod(m_model, "readFailed", Qt::QueuedConnection, Q_ARG(QString, m_model->lastError()));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, phone, INN or city (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_stageFilter = new QComboBox;
    m_stageFilter->setObjectName(QStringLiteral("stageFilter"));
    m_stageFilter->addItem(tr("All stages"), -1);
    for (const CompanyStage stage : allCompanyStages())
        m_stageFilter->addItem(companyStageTitle(stage), int(stage));
    // The collector's work list: companies the first line cannot call until someone finds them a number.
    for (const User &user : std::as_const(users)) {
        if (user.id == context.userId && (user.role == UserRole::Collector || user.role == UserRole::Head)) {
            m_stageFilter->addItem(tr("Needs a number"), needsNumberFilter);
            m_stageFilter->setItemData(m_stageFilter->count() - 1,
                                       tr("Companies at cold or calling with no number to dial (none, or every one "
                                          "flagged wrong): find one and add it on the card, and the company returns "
                                          "to the call queue."),
                                       Qt::ToolTipRole);
        }
    }

    m_regionFilter = new RegionFilter(context.db);

    m_addButton = new QPushButton(tr("Add compa&ny"));
    m_addButton->setObjectName(QStringLiteral("addCompanyButton"));
    m_addButton->setToolTip(tr("Add a company (Ctrl+N)"));
    m_importButton = new QPushButton(tr("I&mport…"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Import a list of companies from a CSV file (Ctrl+I)"));
    m_deleteButton = new QPushButton(tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteCompanyButton"));
    m_deleteButton->setToolTip(tr("Delete the selected company (Del)"));

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("companyCount"));

    m_table = new ListTableView(QStringLiteral("companyTable"));
    m_table->setModel(m_model);
    // Sized from the header and the rows in view (the list is read in pages); the name takes the rest.
    m_table->setColumnSamples(CompanyListModel::PhoneColumn, {QStringLiteral("+7 495 123-45-67")});
    QStringList stages;
    for (const CompanyStage stage : allCompanyStages())
        stages.append(companyStageTitle(stage));
    m_table->setColumnSamples(CompanyListModel::StageColumn, stages);
    m_table->setColumnMaximumCharacters(CompanyListModel::CityColumn, 24);
    m_table->setColumnMaximumCharacters(CompanyListModel::OwnerColumn, 22);
    m_table->setColumnMaximumCharacters(CompanyListModel::NextActionColumn, 24);
    m_table->setStretchColumn(CompanyListModel::NameColumn);
    // Several rows may be chosen (Shift, Ctrl) for the head to hand them out; the card and Delete take one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_table->installEventFilter(this);

    m_card = new CompanyCard(context, std::move(users));

    // A tool bar rather than a row of widgets: on a narrow screen the buttons that do not fit go behind its
    // overflow button instead of being squeezed until their words are cut; the search keeps a width to type in.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("coldBaseToolbar"));
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_stageFilter);
    toolbar->addWidget(m_regionFilter);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_importButton);
    toolbar->addWidget(m_deleteButton);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(toolbar);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("coldBaseSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({680, 440});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ColdBaseView::applyFilter);
    connect(m_model, &CompanyListModel::loaded, this, &ColdBaseView::showLoadedList);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ColdBaseView::applyFilter);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, &ColdBaseView::applyFilter);
    connect(m_regionFilter, &QComboBox::currentIndexChanged, this, &ColdBaseView::applyFilter);
    connect(m_addButton, &QPushButton::clicked, this, &ColdBaseView::addCompany);
    connect(m_importButton, &QPushButton::clicked, this, [this] { openImportWizard(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ColdBaseView::deleteSelectedCompany);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ColdBaseView::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ColdBaseView::updateDeleteButton);
    connect(m_card, &CompanyCard::saved, this, [this](qint64 companyId) {
        m_listStale = true;
        // Saved on the way to another company: showSelected goes on to it, then matches the list to the card.
        if (m_switching)
            return;
        m_shownCompanyId = companyId;
        matchSelectionToCard();
    });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, &ColdBaseView::focusSearch);
    shortcut(QKeySequence::New, &ColdBaseView::addCompany);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ColdBaseView::deleteSelectedCompany);

    // The list shows every company (its owner's name too): any change of one may add, drop, rename or move a row.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::ReadWhenShown,
        [](const ChangeSet &changes) {
            return changes.touches(ChangeSet::Kind::Company) || changes.touches(ChangeSet::Kind::User);
        },
        [this](const ChangeSet &changes) { refresh(changes); });

    const bool writable = !context.db.isReadOnly();
    m_addButton->setEnabled(writable);
    m_importButton->setEnabled(writable);
    m_deleteButton->setEnabled(false);
    updateCount();
    if (m_model->isLoading())
        m_count->setText(tr("Loading…")); // a big base is counted on the worker
}

ColdBaseView::~ColdBaseView() = default;

void ColdBaseView::setSearchDelay(int milliseconds)
{
    m_searchTimer->setInterval(milliseconds);
}

void ColdBaseView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ColdBaseView::applyFilter()
{
    m_searchTimer->stop();
    CompanyFilter filter;
    filter.search = m_search->text();
    const int stage = m_stageFilter->currentData().toInt();
    if (stage == needsNumberFilter)
        filter.needsNumber = true;
    else if (stage >= 0)
        filter.stage = CompanyStage(stage);
    filter.region = m_regionFilter->region();
    if (filter == m_model->requestedFilter())
        return;
    // New results start where a new filter's do, even if a refresh was being read.
    m_reading = Reading::Filter;
    m_refreshScroll.reset();
    m_model->load(filter, m_shownCompanyId);
    if (m_model->isLoading())
        m_count->setText(tr("Searching…"));
}

void ColdBaseView::showLoadedList(int shownRow)
{
    updateCount();
    const Reading reading = std::exchange(m_reading, Reading::Filter);
    // The user may have opened another company while the list was read: the row counts only if it is still the card's.
    if (shownRow >= 0 && m_model->companyIdAt(shownRow) != m_shownCompanyId)
        shownRow = -1;
    switch (reading) {
    case Reading::Filter:
        break;
    case Reading::Refresh:
        // A refresh after a change elsewhere: the selection follows the card's company, the scroll stays put.
        showRefreshedList(shownRow);
        m_refreshScroll.reset();
        return;
    case Reading::OwnSave:
        if (m_switching) {
            // The user is answering whether to save the card on the way to another company; that switch matches the
            // list to the card when it is done.
            m_refreshScroll.reset();
            return;
        }
        selectCardCompanyAt(shownRow);
        return;
    case Reading::OwnDelete:
        if (m_model->rowCount() > 0 && m_shownCompanyId == 0) {
            // The row that took the deleted company's place, as the user left the list (unless they opened another).
            const QModelIndex next = m_model->index(std::min(m_rowAfterDelete, m_model->rowCount() - 1), 0);
            m_table->selectionModel()->setCurrentIndex(next,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_refreshScroll.reset();
        updateDeleteButton();
        return;
    }
    if (shownRow >= 0 && m_shownCompanyId != 0) {
        const QModelIndex index = m_model->index(shownRow, CompanyListModel::NameColumn);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        // New results start at their top; staying at the old scroll position would read a page deep in the list.
        m_table->scrollToTop();
        if (!m_card->hasUnsavedChanges())
            m_card->clear();
        m_shownCompanyId = m_card->companyId();
    }
    updateDeleteButton();
}

bool ColdBaseView::eventFilter(QObject *watched, QEvent *event)
{
    // In a list, Home and End mean the first and the last company (QTableView would move between columns).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) && key->modifiers() == Qt::NoModifier
            && m_model->rowCount() > 0) {
            const int row = key->key() == Qt::Key_Home ? 0 : m_model->rowCount() - 1;
            const QModelIndex index = m_model->index(row, CompanyListModel::NameColumn);
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ColdBaseView::selectCompany(qint64 companyId)
{
    if (m_model->isLoading()) {
        // The list is being read on the worker (a big base at the window's start, a search): the company's row is not
        // known yet. The card opens now, and the list selects its row when it is read.
        if (companyId != m_shownCompanyId) {
            if (!settleUnsavedChanges() || !m_card->showCompany(companyId))
                return false;
            m_shownCompanyId = companyId;
        }
        readAgainInBackground(Reading::OwnSave);
        return true;
    }
    const int row = m_model->rowOfCompany(companyId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, CompanyListModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    if (m_shownCompanyId != companyId)
        showSelected();
    return true;
}

bool ColdBaseView::settleUnsavedChanges()
{
    if (!m_card->hasUnsavedChanges())
        return true;
    const QString question = m_card->storedRecord().company.id == 0
        ? tr("The new company is not saved yet. Save it?")
        : tr("The card of %1 has changes that are not saved. Save them?").arg(m_card->storedRecord().company.name);
    const auto answer = MessageBox::question(this, tr("Unsaved changes"), question,
                                             QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_card->save();
    return true;
}

void ColdBaseView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 companyId = current.isValid() ? m_model->companyIdAt(current.row()) : 0;
    updateDeleteButton();
    if (companyId == m_shownCompanyId || m_switching)
        return;
    m_switching = true;
    const bool settled = settleUnsavedChanges();
    m_switching = false;
    if (settled) {
        m_shownCompanyId = companyId;
        if (companyId == 0) {
            m_card->clear();
        } else if (!m_card->showCompany(companyId)) {
            m_shownCompanyId = 0; // deleted by someone else meanwhile
            m_listStale = true;
        }
    }
    // A save that failed keeps the card (and the typed changes) on the old company; a save that worked changed the
    // list. Either way the list must follow the card, but not from here: this runs inside the table's handling of
    // the click or key, which goes on to select the row under the pointer after it, so a list read again or
    // scrolled now would leave another row highlighted than the card shows.
    if (!settled || m_listStale)
        QMetaObject::invokeMethod(this, &ColdBaseView::matchSelectionToCard, Qt::QueuedConnection);
}

void ColdBaseView::matchSelectionToCard()
{
    if (m_switching)
        return; // the user is answering whether to save; the switch matches the list when it is done
    if (m_model->loadsInBackground()) {
        // The count and the company's row cost a read of the whole list on a big base: both come from the worker.
        m_listStale = false;
        readAgainInBackground(Reading::OwnSave);
        return;
    }
    if (m_listStale) {
        const ScrollKeeper keep(m_table);
        m_listStale = false;
        m_model->refresh();
        updateCount();
    }
    selectCardCompanyAt(m_shownCompanyId != 0 ? m_model->rowOfCompany(m_shownCompanyId) : -1);
}

void ColdBaseView::readAgainInBackground(Reading reading)
{
    m_reading = reading;
    if (!m_refreshScroll)
        m_refreshScroll = std::make_unique<ScrollKeeper>(m_table);
    m_model->load(m_model->requestedFilter(), m_shownCompanyId);
}

void ColdBaseView::selectCardCompanyAt(int row)
{
    m_refreshScroll.reset(); // the scroll position of before a read on the worker, put back
    QModelIndex index;
    {
        const ScrollKeeper keep(m_table);
        if (row >= 0) {
            index = m_model->index(row, CompanyListModel::NameColumn);
            // The current row becomes the shown company: showSelected sees nothing to switch.
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else {
            m_table->selectionModel()->clearCurrentIndex();
            m_table->clearSelection();
        }
    }
    if (index.isValid())
        m_table->scrollTo(index); // only when out of view (a new company, or a renamed one sorted elsewhere)
    updateDeleteButton();
}

qint64 ColdBaseView::selectedCompanyId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CompanyListModel::NameColumn);
    return rows.size() == 1 ? m_model->companyIdAt(rows.constFirst().row()) : 0;
}

QList<qint64> ColdBaseView::selectedCompanyIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows(CompanyListModel::NameColumn))
        if (const qint64 id = m_model->companyIdAt(row.row()); id != 0)
            ids.append(id);
    return ids;
}

void ColdBaseView::updateDeleteButton()
{
    m_deleteButton->setEnabled(selectedCompanyId() != 0 && !m_context.db.isReadOnly());
}

void ColdBaseView::addCompany()
{
    if (m_context.db.isReadOnly() || !settleUnsavedChanges())
        return;
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_shownCompanyId = 0;
    m_card->startNewCompany();
}

void ColdBaseView::deleteSelectedCompany()
{
    // What the user sees highlighted is what goes, and the question names it.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows(CompanyListModel::NameColumn);
    if (selected.size() != 1 || m_context.db.isReadOnly())
        return;
    const QModelIndex current = selected.constFirst();
    const qint64 companyId = m_model->companyIdAt(current.row());
    if (companyId == 0)
        return;
    const QString name = m_model->data(current).toString();
    const auto answer = MessageBox::question(
        this, tr("Delete company"),
        tr("Delete %1 with all its contacts, phones and history? This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    try {
        CompanyRepository companies(m_context);
        const auto stored = companies.find(companyId);
        if (stored) {
            // The version shown in the card when it is this company: a change by someone else is not deleted blindly.
            const qint64 version
                = m_card->companyId() == companyId ? m_card->storedRecord().company.version : stored->version;
            companies.remove(companyId, version);
        }
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Not deleted"), error.message());
        return;
    }
    const int row = current.row();
    m_shownCompanyId = 0;
    m_card->clear();
    if (m_model->loadsInBackground()) {
        // Counting the rest costs a read of the whole list on a big base: on the worker. Until it shows, nothing is
        // selected, so the deleted company's row (still listed) is not offered again. The current row stays: a list
        // without one that gets the focus (from the Delete button, now disabled) would open its top company.
        m_table->clearSelection();
        updateDeleteButton();
        m_rowAfterDelete = row;
        readAgainInBackground(Reading::OwnDelete);
    } else {
        m_model->refresh();
        updateCount();
        if (m_model->rowCount() > 0) {
            const QModelIndex next = m_model->index(std::min(row, m_model->rowCount() - 1), 0);
            m_table->selectionModel()->setCurrentIndex(next,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    // Its deals, payments and tasks went with it.
    announce(ChangeSet()
                 .add(ChangeSet::Kind::Company, companyId)
                 .addSomewhere(ChangeSet::Kind::Deal)
                 .addSomewhere(ChangeSet::Kind::Payment)
                 .addSomewhere(ChangeSet::Kind::Task));
}

void ColdBaseView::announce(const ChangeSet &changes)
{
    m_context.db.changes().announce(changes, this);
}

ImportWizard *ColdBaseView::openImportWizard(const QString &filePath)
{
    if (m_context.db.isReadOnly())
        return nullptr;
    auto *wizard = new ImportWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::baseChanged, this, [this] {
        reloadList();
        // An import adds or merges thousands of companies; its undo takes them back with what they gained since.
        announce(ChangeSet()
                     .addSomewhere(ChangeSet::Kind::Company)
                     .addSomewhere(ChangeSet::Kind::Deal)
                     .addSomewhere(ChangeSet::Kind::Payment)
                     .addSomewhere(ChangeSet::Kind::Task));
    });
    if (!filePath.isEmpty()) {
        wizard->setFilePath(filePath);
        wizard->open();
        if (wizard->currentPage()->isComplete())
            wizard->next(); // straight to the preview of the dropped file
    } else {
        wizard->open();
    }
    return wizard;
}

void ColdBaseView::reloadList()
{
    if (m_model->loadsInBackground()) {
        // As a change elsewhere: the card's company selected again if it is still there, an unchanged card cleared
        // if it is gone, the scroll kept.
        readAgainInBackground(Reading::Refresh);
        return;
    }
    m_model->refresh();
    updateCount();
    // The company in the card may be gone (an undone import): an unchanged card is cleared then.
    if (m_shownCompanyId != 0 && !selectCompany(m_shownCompanyId) && !m_card->hasUnsavedChanges()) {
        m_shownCompanyId = 0;
        m_card->clear();
    }
    updateDeleteButton();
}

void ColdBaseView::refreshFromElsewhere()
{
    refresh(ChangeSet::everything());
}

void ColdBaseView::refresh(const ChangeSet &changes)
{
    if (m_switching)
        return; // the user is answering whether to save the card; the next change refreshes
    if (m_model->loadsInBackground()) {
        // The same list read again on the worker; showLoadedList selects the card's company and scrolls back.
        readAgainInBackground(Reading::Refresh);
    } else {
        const ScrollKeeper keep(m_table);
        m_model->refresh();
        updateCount();
        showRefreshedList(m_shownCompanyId != 0 ? m_model->rowOfCompany(m_shownCompanyId) : -1);
    }
    if (changes.touches(ChangeSet::Kind::Company, m_card->companyId()))
        m_card->refreshFromElsewhere();
}

void ColdBaseView::showRefreshedList(int row)
{
    if (row >= 0) {
        // Selected again where it is now; the scroll keeper undoes the scroll to it (the user may have scrolled away).
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, CompanyListModel::NameColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (m_shownCompanyId != 0 && !m_card->hasUnsavedChanges()) {
        // Deleted elsewhere (or no longer matching the filter): an unchanged card is cleared.
        m_shownCompanyId = 0;
        m_card->clear();
    }
    updateDeleteButton();
}

void ColdBaseView::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(m_model->filter() == CompanyFilter{} ? tr("%n companies", nullptr, rows)
                                                          : tr("%n companies found", nullptr, rows));
}

} // namespace voronka
