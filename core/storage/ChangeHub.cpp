#include "ChangeHub.h"

namespace voronka {

void ChangeHub::announce(const ChangeSet &changes, const QObject *source)
{
    if (!changes.isEmpty())
        emit changed(changes, source);
}

} // namespace voronka
