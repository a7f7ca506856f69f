#pragma once

#include "storage/CompanyListQuery.h"

#include <QChar>
#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace voronka {

class Database;

// Writes the base, or the companies matching a filter, as CSV that Excel opens and that Voronka imports back
// (the headers are the import's own column names).
class CompanyExporter
{
    Q_DECLARE_TR_FUNCTIONS(CompanyExporter)

public:
    explicit CompanyExporter(Database &db);

    // Returns the number of companies written; throws StorageError, or ImportError Unreadable when the device
    // refused the bytes (disk full), or Cancelled when keepGoing (asked before each company) said no.
    qint64 write(QIODevice *device, const CompanyFilter &filter = {}, QChar delimiter = QLatin1Char(';'),
                 const std::function<bool()> &keepGoing = {});

private:
    Database &m_db;
};

} // namespace voronka
