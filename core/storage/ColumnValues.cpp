#include "ColumnValues.h"

#include "SqlStatement.h"

#include <cstring>

namespace voronka {

void ColumnValues::text(const char *column, QString value)
{
    if (value.isNull())
        m_entries.push_back({column, std::monostate()});
    else
        m_entries.push_back({column, std::move(value)});
}

void ColumnValues::textOrNull(const char *column, QString value)
{
    if (value.isEmpty())
        m_entries.push_back({column, std::monostate()});
    else
        m_entries.push_back({column, std::move(value)});
}

void ColumnValues::integer(const char *column, qint64 value)
{
    m_entries.push_back({column, value});
}

void ColumnValues::idOrNull(const char *column, qint64 id)
{
    if (id == 0)
        m_entries.push_back({column, std::monostate()});
    else
        m_entries.push_back({column, id});
}

void ColumnValues::creationStamp(const QString &storedNow, qint64 userId)
{
    text("created_at", storedNow);
    text("updated_at", storedNow);
    idOrNull("updated_by", userId);
}

void ColumnValues::clear()
{
    m_entries.clear();
}

QString ColumnValues::textOf(const char *column) const
{
    for (const Entry &entry : m_entries) {
        if (std::strcmp(entry.column, column) == 0) {
            const QString *text = std::get_if<QString>(&entry.value);
            return text ? *text : QString();
        }
    }
    return QString();
}

QString ColumnValues::insertStatement(const char *table) const
{
    QString columns;
    QString placeholders;
    for (const Entry &entry : m_entries) {
        if (!columns.isEmpty()) {
            columns += QLatin1String(", ");
            placeholders += QLatin1String(", ");
        }
        columns += QLatin1String(entry.column);
        placeholders += QLatin1Char('?');
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(QLatin1String(table), columns, placeholders);
}

QString ColumnValues::assignments() const
{
    QString assignments;
    for (const Entry &entry : m_entries) {
        if (!assignments.isEmpty())
            assignments += QLatin1String(", ");
        assignments += QLatin1String(entry.column) + QLatin1String(" = ?");
    }
    return assignments;
}

QVariantList ColumnValues::variants() const
{
    QVariantList variants;
    variants.reserve(size());
    for (const Entry &entry : m_entries) {
        if (const QString *text = std::get_if<QString>(&entry.value))
            variants.append(*text);
        else if (const qint64 *number = std::get_if<qint64>(&entry.value))
            variants.append(*number);
        else
            variants.append(QVariant(QMetaType(QMetaType::QString))); // NULL, whatever the column's type
    }
    return variants;
}

void ColumnValues::bindTo(SqlStatement &statement) const
{
    for (const QVariant &value : variants())
        statement.bind(value);
}

bool ColumnValues::operator==(const ColumnValues &other) const
{
    if (m_entries.size() != other.m_entries.size())
        return false;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (std::strcmp(m_entries[i].column, other.m_entries[i].column) != 0
            || m_entries[i].value != other.m_entries[i].value)
            return false;
    }
    return true;
}

} // namespace voronka
