#pragma once

#include "common/ListTableView.h"
#include "domain/User.h"
#include "storage/DataContext.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace voronka {

class ChangeSet;
class CompanyCard;
class CompanyListModel;
class ImportWizard;
class RegionFilter;
class ScrollKeeper;

// The cold base: the list of companies with search, stage and region filters, and the card of the selected one. It
// follows the base's ChangeHub: any change of companies reads the list again (at once while shown, else when next
// shown), and the card when it shows one of them.
class ColdBaseView : public QWidget
{
    Q_OBJECT

public:
    ColdBaseView(DataContext context, QList<User> users, QWidget *parent = nullptr);
    ~ColdBaseView() override;

    CompanyListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CompanyCard *card() const { return m_card; }
    // How long typing must pause before the list is searched; tests set 0 and call applyFilter().
    void setSearchDelay(int milliseconds);
    // Selects a company in the list (and shows it in the card); false when the filter hides it. While the list is
    // being read on the worker the card shows the company at once and its row is selected when the list is in.
    bool selectCompany(qint64 companyId);
    // The companies of the rows chosen in the list (several with Shift or Ctrl), in the list's order of choosing.
    QList<qint64> selectedCompanyIds() const;

public slots:
    void applyFilter();
    void addCompany();
    // Asks, naming it, then deletes the company selected (highlighted) in the list.
    void deleteSelectedCompany();
    void focusSearch();
    // Opens the import wizard (with a file already chosen when filePath is set); the list is read again after an
    // import or its undo. Returns the wizard, which deletes itself when closed; nullptr on a read-only base.
    ImportWizard *openImportWizard(const QString &filePath = QString());
    // Reads the list again after companies were added or removed elsewhere (an import, its undo).
    void reloadList();
    // Another desktop changed the base: reads the list again keeping the selected company and the scroll position,
    // and the card (an unchanged one shows the company as stored now; unsaved edits stay).
    void refreshFromElsewhere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The stage filter's entry for the "needs a number" list (the stages use their enum values, all >= 0).
    static constexpr int needsNumberFilter = -2;

    // refreshFromElsewhere after an announcement: the card only when the changes may concern its company.
    void refresh(const ChangeSet &changes);
    void showSelected();
    // Why the list is being read on the worker (a big base), so that showLoadedList knows where to put the selection.
    enum class Reading {
        Filter, // a new search or stage filter: the card's company if it matches, else the top of the list
        Refresh, // a change elsewhere: the card's company selected again, the scroll kept
        OwnSave, // the card was saved here: its company selected, scrolled to only when out of view; the card stays
        OwnDelete, // the selected company was deleted here: the row that took its place is selected
    };

    // A new filter's list is ready (read in the background on a big base); shownRow is the card's company's row.
    void showLoadedList(int shownRow);
    // Reads the same list again on the worker, keeping the scroll position until it shows.
    void readAgainInBackground(Reading reading);
    // The list after a change elsewhere: the card's company (at row, -1 when gone or filtered out) is selected again,
    // or an unchanged card cleared.
    void showRefreshedList(int row);
    void updateCount();
    bool settleUnsavedChanges();
    // Selects the company the card shows (nothing when it shows none or a new one), reading the list first when a
    // save made it stale; keeps the scroll position unless the row is out of view. After it the highlighted row,
    // the current row and the card name the same company. On a big base the list (and the company's row) is read on
    // the worker, and the selection follows when it is ready.
    void matchSelectionToCard();
    // Selects the card's company at row (-1: not in the list) as matchSelectionToCard does.
    void selectCardCompanyAt(int row);
    void updateDeleteButton();
    // The company id of the one selected row, or 0.
    qint64 selectedCompanyId() const;
    // Tells the other sections through the base's ChangeHub (this view shows the result already).
    void announce(const ChangeSet &changes);

    DataContext m_context;
    CompanyListModel *m_model = nullptr;
    ListTableView *m_table = nullptr;
    // While a refresh is read in the background: the scroll position it puts back.
    std::unique_ptr<ScrollKeeper> m_refreshScroll;
    Reading m_reading = Reading::Filter;
    int m_rowAfterDelete = -1; // Reading::OwnDelete: the deleted company's row
    CompanyCard *m_card = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stageFilter = nullptr;
    RegionFilter *m_regionFilter = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_shownCompanyId = 0;
    bool m_switching = false; // settling the card's changes before showing another company
    bool m_listStale = false; // a save changed what the list shows; read it again in matchSelectionToCard
};

} // namespace voronka
