#pragma once

#include <QObject>
#include <QTimer>

namespace voronka {

class Database;

// Tells the open views that another window, process or desktop committed to the base, so they read it again: it
// announces ChangeSet::everything() on the base's ChangeHub (what changed there is unknown) and raises
// changedElsewhere.
//
// It polls PRAGMA data_version on a timer: the number moves only when another connection commits, so the
// window's own saves (which refresh their views themselves) raise nothing, and a check reads no table. A check
// that fails (the base is locked or the share is gone) is retried by the next one; the first check that
// succeeds after a failure raises the signal, since what happened meanwhile is unknown. A check never waits for
// another connection's lock (a commit of a step of an import or an undo holds it for hundreds of ms): it is
// skipped, and the next one sees that commit.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 2000;

    // The base must outlive the watcher. The timer starts at once.
    explicit DatabaseWatcher(Database &db, QObject *parent = nullptr);

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int intervalMs) { m_timer.setInterval(intervalMs); }
    bool isActive() const { return m_timer.isActive(); }
    void stop() { m_timer.stop(); }
    void start() { m_timer.start(); }

public slots:
    // What the timer calls; never throws.
    void checkNow();

signals:
    // Another connection committed since the last check: what is on screen may be stale.
    void changedElsewhere();

private:
    Database &m_db;
    QTimer m_timer;
    qint64 m_dataVersion = 0;
    bool m_failing = false;
};

} // namespace voronka
