#include "WriteTransaction.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

namespace voronka {

namespace {
QString savepointName(int level)
{
    return QStringLiteral("voronka_%1").arg(level);
}
} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly())
        throw StorageError(StorageError::Kind::ReadOnly,
                           db.readOnlyReason().isEmpty()
                               ? QCoreApplication::translate("Database", "The base is open read-only.")
                               : db.readOnlyReason());
    m_level = db.m_transactionDepth + 1;
    if (m_level == 1)
        SqlStatement::run(db.connection(), QStringLiteral("BEGIN IMMEDIATE"));
    else
        SqlStatement::run(db.connection(), QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    db.m_transactionDepth = m_level;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_finished)
        rollback();
}

void WriteTransaction::commit()
{
    if (m_finished)
        return;
    if (m_level > 1) {
        SqlStatement::run(m_db.connection(), QStringLiteral("RELEASE ") + savepointName(m_level));
    } else {
        // COMMIT needs every reader of a rollback-journal file gone; the busy timeout waits for them,
        // and a few retries with growing pauses ride out a colleague's long read on a shared file.
        constexpr int attempts = 4;
        for (int attempt = 1;; ++attempt) {
            try {
                SqlStatement::run(m_db.connection(), QStringLiteral("COMMIT"));
                break;
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Locked || attempt == attempts)
                    throw; // the destructor rolls back
                QThread::msleep(100 * attempt);
            }
        }
    }
    m_finished = true;
    m_db.m_transactionDepth = m_level - 1;
}

void WriteTransaction::rollback() noexcept
{
    QSqlQuery query(m_db.connection());
    if (m_level > 1) {
        query.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        query.exec(QStringLiteral("RELEASE ") + savepointName(m_level));
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    m_finished = true;
    m_db.m_transactionDepth = m_level - 1;
}

} // namespace voronka
