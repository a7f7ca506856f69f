#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace voronka {

class Database;
class SqlStatement;

// Streams the keys that identify a company already in the base (normalised phones, INNs, e-mails),
// for an import's duplicate check; the companies of an unfinished import (VisibleCompanies) are left out.
class DuplicateKeyReader
{
public:
    using Visitor = std::function<void(const QString &key, qint64 companyId)>;

    explicit DuplicateKeyReader(Database &db);
    ~DuplicateKeyReader();

    void readPhones(const Visitor &visit) const; // E.164
    void readInns(const Visitor &visit) const;
    void readEmails(const Visitor &visit) const; // lowercased
    // The name a duplicate's report line gives the company it matched; empty when there is no such company.
    // Prepared once: a file may hold as many duplicates as rows.
    QString companyName(qint64 companyId) const;

private:
    // companyColumn: the column of sql's table that holds the company id.
    void read(const QString &sql, const QString &companyColumn, const Visitor &visit) const;

    Database &m_db;
    mutable std::unique_ptr<SqlStatement> m_nameQuery;
};

} // namespace voronka
