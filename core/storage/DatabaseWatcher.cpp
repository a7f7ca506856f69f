#include "DatabaseWatcher.h"

#include "ChangeHub.h"
#include "Database.h"
#include "StorageError.h"

namespace voronka {

DatabaseWatcher::DatabaseWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    try {
        m_dataVersion = m_db.dataVersion();
    } catch (const StorageError &) {
        m_failing = true; // the first check that reads the base raises the signal
    }
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
    m_timer.start();
}

void DatabaseWatcher::checkNow()
{
    qint64 version = 0;
    try {
        // Runs on the window's thread: while another connection commits (a step of an import or an undo holds the
        // file for hundreds of ms), waiting for it would freeze the window. The version moves on meanwhile, so the
        // next check sees that commit; nothing is lost by skipping this one.
        const std::optional<qint64> current = m_db.dataVersionWithoutWaiting();
        if (!current)
            return;
        version = *current;
    } catch (const StorageError &) {
        m_failing = true;
        return;
    }
    const bool changed = m_failing || version != m_dataVersion;
    m_failing = false;
    m_dataVersion = version;
    if (changed) {
        emit changedElsewhere();
        m_db.changes().announce(ChangeSet::everything());
    }
}

} // namespace voronka
