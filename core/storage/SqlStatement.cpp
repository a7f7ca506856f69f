#include "SqlStatement.h"

#include "StorageError.h"

#include <QSqlError>

namespace voronka {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StorageError::fromSqlError(m_query.lastError(), sql.simplified().left(80));
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

SqlStatement &SqlStatement::bind(std::initializer_list<QVariant> values)
{
    for (const auto &value : values)
        m_query.addBindValue(value);
    return *this;
}

SqlStatement &SqlStatement::bindAll(const QVariantList &values)
{
    for (const auto &value : values)
        m_query.addBindValue(value);
    return *this;
}

SqlStatement &SqlStatement::exec()
{
    if (!m_query.exec())
        throw StorageError::fromSqlError(m_query.lastError(), m_sql.simplified().left(80));
    return *this;
}

bool SqlStatement::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        throw StorageError::fromSqlError(m_query.lastError(), m_sql.simplified().left(80));
    m_query.finish();
    return false;
}

QVariant SqlStatement::value(int column) const
{
    return m_query.value(column);
}

int SqlStatement::rowsAffected() const
{
    return m_query.numRowsAffected();
}

qint64 SqlStatement::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

void SqlStatement::done()
{
    m_query.finish();
}

void SqlStatement::run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    SqlStatement statement(db, sql);
    statement.bind(values).exec();
}

QVariant SqlStatement::scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    SqlStatement statement(db, sql);
    statement.bind(values).exec();
    QVariant result;
    if (statement.next())
        result = statement.value(0);
    statement.done();
    return result;
}

QString parameterMarks(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

} // namespace voronka
