// Voronka: the window by default, subcommands for scripts. Subcommands run without a display.
#include "GuardedApplication.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "ExportCommand.h"
#include "GuiFront.h"
#include "ImportCommand.h"
#include "InfoCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {
// The command-line front needs no display; only the window does.
bool wantsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--version") == 0
            || std::strcmp(arg, "-v") == 0)
            return false;
    }
    return argc < 2 || argv[1][0] == '-';
}

void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("voronka"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("voronka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VORONKA_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow(argc, argv)) {
        app = std::make_unique<voronka::GuardedApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Voronka"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/voronka.png")));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    installTranslations(*app);

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')) ? arguments.at(1)
                                                                                                   : QString();
    if (command == QLatin1String("info"))
        return voronka::InfoCommand::run(arguments);
    if (command == QLatin1String("import"))
        return voronka::ImportCommand::run(arguments);
    if (command == QLatin1String("export"))
        return voronka::ExportCommand::run(arguments);
    if (command == QLatin1String("backup"))
        return voronka::BackupCommand::run(arguments);
    if (command == QLatin1String("check"))
        return voronka::CheckCommand::run(arguments);
    return voronka::GuiFront::run(arguments);
}
