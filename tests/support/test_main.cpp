// The one Catch2 runner: Qt code needs an application object before any test runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

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
    Catch::Session session;
    if (const int error = session.applyCommandLine(argc, argv); error != 0)
        return error;
    // A test case that checks nothing fails (a test that returns early "passes" otherwise), however the binary is
    // run. Set here rather than as "--warn NoAssertions" in catch_discover_tests: Catch2 2 takes --warn only once,
    // and ctest already passes "--warn NoTests" so that a stale test name fails instead of running nothing.
    session.configData().warnings
        = Catch::WarnAbout::What(session.configData().warnings | Catch::WarnAbout::NoAssertions);
    return session.run();
}
