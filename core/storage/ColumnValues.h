#pragma once

#include <QString>
#include <QVariantList>

#include <variant>
#include <vector>

namespace voronka {

class SqlStatement;

// The values one row is written with, each under its column's name, in the order they are bound. A writer builds
// its statement from the names and binds the values, so the two cannot go out of step; the repositories (through
// Qt's driver) and CompanyBulkWriter (on SQLite's handle) fill it from the same description (CompanyColumns).
// Column names come from code (literals), never from input.
class ColumnValues
{
public:
    // All that Voronka's tables hold: NULL, text or an integer.
    using Value = std::variant<std::monostate, QString, qint64>;

    // A null QString is stored as NULL (as Qt's driver binds it), an empty one as ''.
    void text(const char *column, QString value);
    // NULL for an empty text, so optional text columns stay NULL rather than ''.
    void textOrNull(const char *column, QString value);
    void integer(const char *column, qint64 value);
    // NULL for id 0.
    void idOrNull(const char *column, qint64 id);
    // created_at, updated_at and updated_by of a new row; now as stored (Timestamps).
    void creationStamp(const QString &storedNow, qint64 userId);
    // Empties the list for the next row, keeping its memory.
    void clear();

    qsizetype size() const { return qsizetype(m_entries.size()); }
    const char *column(qsizetype index) const { return m_entries[size_t(index)].column; }
    const Value &value(qsizetype index) const { return m_entries[size_t(index)].value; }
    // The text written to a column; null when the column is NULL, an integer or not among these.
    QString textOf(const char *column) const;

    // "INSERT INTO table (a, b) VALUES (?, ?)" for these columns; table from code, never from input.
    QString insertStatement(const char *table) const;
    // "a = ?, b = ?": the assignments of an update of these columns (VersionedTable::update).
    QString assignments() const;
    // The values as QVariants, for a statement run through Qt's driver.
    QVariantList variants() const;
    void bindTo(SqlStatement &statement) const;

    // The same columns with the same values.
    bool operator==(const ColumnValues &other) const;

private:
    struct Entry
    {
        const char *column;
        Value value;
    };
    std::vector<Entry> m_entries;
};

} // namespace voronka
