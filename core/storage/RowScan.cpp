#include "RowScan.h"

#include "SqliteHandle.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace voronka {

RowScan::RowScan(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Path path)
    : m_handle(path == Path::Fastest ? sqliteHandleOf(db) : nullptr)
    , m_sql(sql)
{
    if (!m_handle) {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            throw StorageError::fromSqlError(m_query.lastError(), sql.simplified().left(80));
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            throw StorageError::fromSqlError(m_query.lastError(), sql.simplified().left(80));
        return;
    }
    if (sqlite3_prepare16_v2(m_handle, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr) != SQLITE_OK)
        fail();
    for (int index = 0; index < int(values.size()); ++index) {
        const QVariant &value = values.at(index);
        int result = SQLITE_OK;
        if (value.isNull()) {
            result = sqlite3_bind_null(m_statement, index + 1);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            result = sqlite3_bind_text(m_statement, index + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::Double) {
            result = sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        } else {
            result = sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        }
        if (result != SQLITE_OK)
            fail();
    }
}

RowScan::~RowScan()
{
    sqlite3_finalize(m_statement);
}

bool RowScan::next()
{
    if (!m_handle) {
        if (!m_query.next()) {
            if (m_query.lastError().isValid())
                throw StorageError::fromSqlError(m_query.lastError(), m_sql.simplified().left(80));
            return false;
        }
        const QSqlRecord record = m_query.record();
        m_row.resize(size_t(record.count()));
        m_nulls.resize(size_t(record.count()));
        for (int column = 0; column < record.count(); ++column) {
            const QVariant value = m_query.value(column);
            m_nulls[size_t(column)] = value.isNull();
            m_row[size_t(column)] = value.isNull() ? QByteArray() : value.toString().toUtf8();
        }
        return true;
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail();
    return false;
}

QByteArrayView RowScan::text(int column) const
{
    if (!m_handle)
        return m_row.at(size_t(column));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

qint64 RowScan::integer(int column) const
{
    if (!m_handle)
        return m_row.at(size_t(column)).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool RowScan::isNull(int column) const
{
    if (!m_handle)
        return m_nulls.at(size_t(column));
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void RowScan::fail() const
{
    // Through QSqlError, so that a raw failure is classified exactly as one through the driver.
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(m_handle)));
    throw StorageError::fromSqlError(error, m_sql.simplified().left(80));
}

} // namespace voronka
