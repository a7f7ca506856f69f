#include "WriteTransaction.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
        // COMMIT needs every reader of a rollback-journal file gone. The busy handler has already waited for them
        // the whole busy timeout, trying every few ms (BusyWaiter); one more attempt gives a reader that holds the
        // file longer still (a colleague's backup step) a second timeout before the save is refused. No pause in
        // between: the handler is the pause, and a sleep here would only keep this write lock, and so every
        // colleague's save, waiting longer.
        constexpr int attempts = 2;
        for (int attempt = 1;; ++attempt) {
            try {
                SqlStatement::run(m_db.connection(), QStringLiteral("COMMIT"));
                break;
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Locked || attempt == attempts)
                    throw; // the destructor rolls back
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
