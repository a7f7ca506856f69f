#include "GuardedApplication.h"

#include "common/MessageBox.h"
#include "storage/StorageError.h"

namespace voronka {

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StorageError &error) {
        MessageBox::critical(activeWindow(), tr("Voronka"),
                             tr("The base could not be used: %1\n\nWhat is shown may be out of date; what you "
                                "typed is still in the form.")
                                 .arg(error.message()));
    } catch (const std::exception &error) {
        MessageBox::critical(activeWindow(), tr("Voronka"),
                             tr("Something went wrong: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    return false;
}

} // namespace voronka
