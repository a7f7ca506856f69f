#pragma once

#include "common/ListTableView.h"
#include "domain/User.h"
#include "storage/ClientListQuery.h"
#include "storage/DataContext.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace voronka {

class ClientTableModel;
class RegionFilter;
class ScrollKeeper;
class SectionReader;
class StorageError;

// The Clients section: the client department's list (companies at client or in reactivation) with the account
// manager, who brought each client, since when it is a client, its last payment, total paid and deals; a filter by
// account manager and the company search; in name order. The list is at most tens of thousands of rows, so it is
// read whole by one query into a table model each time the section is shown or the filter changes; on a big base on
// a worker (SectionReader): the old list stays, the count says it is loading, and loaded() is emitted when the new
// one shows.
class ClientsView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StageColumn,
        OwnerColumn,
        BroughtByColumn,
        ClientSinceColumn,
        LastPaymentColumn,
        LastAmountColumn,
        TotalPaidColumn,
        DealsColumn,
        ColumnCount
    };

    ClientsView(DataContext context, QList<User> users, QWidget *parent = nullptr);
    ~ClientsView() override;

    QTableView *table() const { return m_table; }
    const QList<ClientListRow> &rows() const;
    // How long typing must pause before the list is searched; tests set 0 and call applyFilter().
    void setSearchDelay(int milliseconds);
    // The clients are being read on the worker; the list shows the previous read meanwhile.
    bool isLoading() const;
    // Where the list is read (tests: from how many companies on a worker, and on which thread the last read ran).
    SectionReader &reader() const { return *m_reader; }

public slots:
    // Reads the list again with the current filter.
    void reload();
    // Another desktop changed the base: reads the list again, keeping the selection and the scroll position.
    void refreshFromElsewhere();
    void applyFilter();

signals:
    // A client was double-clicked (or Enter pressed on it): show the company.
    void companyActivated(qint64 companyId);
    // A read of the list is shown (or its failure is): at once on a small base, when the worker is done on a big one.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    ClientFilter currentFilter() const;
    // Shows a read list, keeping the selected client selected.
    void showRows(QList<ClientListRow> rows);
    void showReadError(const StorageError &error);

    DataContext m_context;
    ClientTableModel *m_model = nullptr;
    ListTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_owner = nullptr;
    RegionFilter *m_region = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    // While a refresh is read on the worker: the scroll position it puts back.
    std::unique_ptr<ScrollKeeper> m_refreshScroll;
    std::unique_ptr<SectionReader> m_reader; // last: destroyed (waiting for its worker) first
};

} // namespace voronka
