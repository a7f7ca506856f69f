#pragma once

#include <QApplication>

namespace voronka {

// The last line of defence: an exception escaping an event handler would end the program and lose what the user
// typed. Here it becomes a message, and the program goes on. Code still handles the errors it expects itself.
class GuardedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace voronka
