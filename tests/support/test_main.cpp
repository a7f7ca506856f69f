// The main of every test binary: Qt code needs an application object before any test runs.
#include "CatchRunner.h"

#ifdef VORONKA_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QLocale>

int main(int argc, char *argv[])
{
#ifdef VORONKA_GUI_TESTS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Messages and dates in tests are compared in their English source form.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    return voronka::test::runCatch(argc, argv);
}
