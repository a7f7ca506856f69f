#pragma once

#include "ChangeSet.h"

#include <QObject>

namespace voronka {

// Announces what changed in one open base, so that each view reads again what it shows and no window wires one
// view to another (KMyMoney's MyMoneyFile::objectModified). Every Database has one (Database::changes()).
//
// Fed from two sides: whoever writes through this connection announces what the write changed, with the ids it
// knows, once the write is committed; a DatabaseWatcher on the base announces ChangeSet::everything() when another
// connection (another window, process, desktop, or this process's import worker) committed, since what changed
// there is unknown. Announcements are delivered at once, in the announcer's thread and call: a writer announces
// after it has shown its own result, so that views read again what is there.
class ChangeHub : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // source: who wrote (a view), so that it can leave out what it shows already; may be null.
    void announce(const voronka::ChangeSet &changes, const QObject *source = nullptr);

signals:
    void changed(const voronka::ChangeSet &changes, const QObject *source);
};

} // namespace voronka
