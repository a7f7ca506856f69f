#pragma once

#include "storage/CompanyListQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace voronka {

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

    explicit CompanyListModel(Database &db, QObject *parent = nullptr);

    void setFilter(const CompanyFilter &filter);
    const CompanyFilter &filter() const;
    // Reads the count again and drops the cached pages (after an edit, or a change by someone else).
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

private:
    void recount();
    const CompanyListRow *rowAt(int row) const;
    const QList<CompanyListRow> &page(qint64 pageNumber) const;
    void forgetFarPages(qint64 nearPage) const;

    Database &m_db;
    std::unique_ptr<CompanyListQuery> m_query;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<CompanyListRow>> m_pages;
    mutable int m_pagesRead = 0;
    mutable QString m_lastError;
};

} // namespace voronka
