#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace voronka {

// A prepared statement with bound parameters that throws StorageError on failure.
// Reads are meant to be drained at once (next() until false, or done()), so no read lock outlives the call.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QVariant &value);
    SqlStatement &bind(std::initializer_list<QVariant> values);
    // Each value in turn (bind() would take a QVariantList as one value).
    SqlStatement &bindAll(const QVariantList &values);
    // Runs the statement; throws StorageError with the statement's context on failure.
    SqlStatement &exec();
    bool next();
    QVariant value(int column) const;
    int rowsAffected() const;
    qint64 lastInsertId() const;
    // Releases the statement's locks early (done automatically when it goes out of scope).
    void done();

    // One-shot helpers.
    static void run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

private:
    QSqlQuery m_query;
    QString m_sql;
};

// "?,?,?": count parameter marks, for an IN list bound one value each.
QString parameterMarks(qsizetype count);
// How many ids a list read by id puts in one IN (...) list: a statement binds a bounded number of parameters, and a
// short statement holds the base's read lock only briefly, so thousands of ids go in chunks of this many.
constexpr qsizetype idsPerStatement = 500;
// NULL for an empty string, so optional text columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString &text);
// NULL for id 0.
QVariant nullIfZero(qint64 id);

} // namespace voronka
