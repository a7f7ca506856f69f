#pragma once

#include "storage/CompanyListQuery.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace voronka {

class Database;

// What a background read of the company list found: enough for the model to show the list at once.
struct CompanyListSnapshot
{
    quint64 generation = 0;
    CompanyFilter filter;
    qint64 count = 0;
    qint64 companyId = 0; // the company asked about, 0 for none
    qint64 position = -1; // its row under the filter, -1 when it does not match
    qint64 firstRow = 0; // the rows read: the page with that company, else the first page
    QList<CompanyListRow> rows;
    CompanyListQuery::Known known;
    QString error; // a failed read: the message; the rest is empty
};

// Reads the company list for a new filter on a worker thread: the count, where a given company is, and the page to
// show. A search on a million companies can take a second on a cold disk (or a third of one for a two-letter word,
// which the trigram index cannot look up), which must not freeze the window. Move it to a QThread and call load()
// there (queued); it opens its own read-only connection on that thread, because a QSqlDatabase connection belongs
// to the thread that opened it.
class CompanyListLoader : public QObject
{
    Q_OBJECT

public:
    explicit CompanyListLoader(QString databasePath);
    ~CompanyListLoader() override;

    // Thread-safe: loads of older generations still waiting in the queue are skipped.
    void supersede(quint64 generation) { m_latest.store(generation); }

public slots:
    void load(quint64 generation, const voronka::CompanyFilter &filter, qint64 companyId, int pageSize);

signals:
    void loaded(const voronka::CompanyListSnapshot &snapshot);

private:
    QString m_databasePath;
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_latest{0};
};

} // namespace voronka

Q_DECLARE_METATYPE(voronka::CompanyFilter)
Q_DECLARE_METATYPE(voronka::CompanyListSnapshot)
