#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace voronka {

// A read of many rows that the caller counts up itself (a report's year of history: a million rows, a few thousand
// groups), where SQL's GROUP BY would sort every row first. Steps the statement on SQLite's own handle when Qt's
// driver runs the very library voronka_storage links (sqliteHandleOf): a column is then a view of SQLite's own bytes,
// with no QVariant or QString made per value. Otherwise it runs through QSqlQuery, slower and the same.
// Like SqlStatement, meant to be drained at once; throws StorageError as SqlStatement does.
class RowScan
{
public:
    enum class Path { Fastest, Driver };
    // Path::Driver always goes through QSqlQuery (for tests of that path).
    RowScan(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Path path = Path::Fastest);
    ~RowScan();
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

    bool next();
    // The column as UTF-8 text, empty for NULL; valid until next().
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QSqlQuery m_query;
    std::vector<QByteArray> m_row; // the fallback's current row, as the handle's text would be
    std::vector<bool> m_nulls;
};

} // namespace voronka
