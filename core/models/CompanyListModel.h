#pragma once

#include "storage/CompanyListQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <memory>

namespace voronka {

class BackgroundReader;
class Database;

// The company list as a table model that stays smooth on a million rows: it knows the row count, and reads
// rows a page at a time when the view asks for them, keeping a bounded cache of pages.
class CompanyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PhoneColumn, CityColumn, StageColumn, OwnerColumn, NextActionColumn, ColumnCount };
    enum Role { CompanyIdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 100;
    static constexpr int maxCachedPages = 50;
    // From this many companies on, load() reads on a worker thread (see load()).
    static constexpr qint64 defaultBackgroundFrom = 20000;

    // On a base that may hold backgroundFrom companies or more (its highest id), even the first count and page are
    // read on the worker: the model is empty and isLoading() until loaded() comes.
    explicit CompanyListModel(Database &db, QObject *parent = nullptr);
    CompanyListModel(Database &db, qint64 backgroundFrom, QObject *parent = nullptr);
    ~CompanyListModel() override;

    void setFilter(const CompanyFilter &filter);
    // Shows the list for a new filter and finds a company in it (0: none), then emits loaded() with that company's
    // row (-1 when it is not in the list). On a base of at least backgroundFrom() companies the count, the search
    // and the company's position are read on a worker thread with its own connection, so that the window never
    // waits for them: the model keeps the old rows until the new ones are ready, and a newer load() supersedes an
    // older one still running. On a smaller base it reads at once and emits loaded() before it returns.
    void load(const CompanyFilter &filter, qint64 companyId = 0);
    bool isLoading() const { return m_loadingGeneration != 0; }
    // Whether load() reads on the worker: the base has at least backgroundFrom() companies.
    bool loadsInBackground() const { return m_baseSize >= m_backgroundFrom; }
    // The filter of the last load() or setFilter(): filter() once the load is done.
    const CompanyFilter &requestedFilter() const { return isLoading() ? m_loadingFilter : filter(); }
    qint64 backgroundFrom() const { return m_backgroundFrom; }
    void setBackgroundFrom(qint64 companies) { m_backgroundFrom = companies; }
    const CompanyFilter &filter() const;
    // Reads the count again and drops the cached pages (after an edit, or a change by someone else). While a load()
    // runs it does nothing: the load reads the base as it is after the change.
    void refresh();
    qint64 companyIdAt(int row) const;
    // The row of a company under the current filter, or -1.
    int rowOfCompany(qint64 companyId) const;
    // Number of pages read from the base so far (for tests and benchmarks).
    int pagesRead() const { return m_pagesRead; }

    // The last read that failed (a damaged or vanished file); empty when all reads succeeded.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A read failed; the list shows what it could read. Emitted once per failure, queued for the UI.
    void readFailed(const QString &message) const;
    // load() is done: the rows are those of its filter; row is where its company is, or -1.
    void loaded(int row);

private:
    // What a background read found: enough to show the list at once.
    struct Snapshot
    {
        quint64 generation = 0;
        CompanyFilter filter;
        qint64 count = 0;
        qint64 position = -1; // the asked company's row, -1 when it does not match
        qint64 firstRow = 0; // the rows read: the page with that company, else the first page
        QList<CompanyListRow> rows;
        CompanyListQuery::Known known;
        QString error; // a failed read: the message; the rest is empty
    };
    static Snapshot readSnapshot(Database &db, const CompanyFilter &filter, qint64 companyId);

    void recount();
    void takeSnapshot(const Snapshot &snapshot);
    const CompanyListRow *rowAt(int row) const;
    const QList<CompanyListRow> &page(qint64 pageNumber) const;
    void forgetFarPages(qint64 nearPage) const;

    Database &m_db;
    std::unique_ptr<CompanyListQuery> m_query;
    qint64 m_count = 0;
    qint64 m_baseSize = 0; // companies without a filter, as last counted
    qint64 m_backgroundFrom = defaultBackgroundFrom;
    std::unique_ptr<BackgroundReader> m_reader;
    // Of the last load() or setFilter(); the worker skips loads older than it (the user typed on).
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_loadingGeneration = 0; // 0: none running
    CompanyFilter m_loadingFilter;
    mutable QHash<qint64, QList<CompanyListRow>> m_pages;
    mutable int m_pagesRead = 0;
    mutable QString m_lastError;
};

} // namespace voronka
