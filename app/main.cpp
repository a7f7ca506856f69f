// Voronka: the window by default, subcommands for scripts. Subcommands run without a display.
#include "AssignCommand.h"
#include "BackupCommand.h"
#include "CheckCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "IndexCommand.h"
#include "InfoCommand.h"
#include "InterfaceLanguage.h"
#include "ReportCommand.h"
#include "UserCommand.h"
#include "shell/GuardedApplication.h"
#include "shell/GuiFront.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>

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
    // The system's language when Voronka speaks it; its locale becomes the default for numbers, dates and money.
    const voronka::InterfaceLanguage language(QLocale::system());

    const QStringList arguments = QCoreApplication::arguments();
    const QString command
        = arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-')) ? arguments.at(1) : QString();
    if (command == QLatin1String("info"))
        return voronka::InfoCommand::run(arguments);
    if (command == QLatin1String("import"))
        return voronka::ImportCommand::run(arguments, language.language());
    if (command == QLatin1String("index"))
        return voronka::IndexCommand::run(arguments);
    if (command == QLatin1String("export"))
        return voronka::ExportCommand::run(arguments);
    if (command == QLatin1String("backup"))
        return voronka::BackupCommand::run(arguments);
    if (command == QLatin1String("check"))
        return voronka::CheckCommand::run(arguments);
    if (command == QLatin1String("user"))
        return voronka::UserCommand::run(arguments);
    if (command == QLatin1String("assign"))
        return voronka::AssignCommand::run(arguments);
    if (command == QLatin1String("report"))
        return voronka::ReportCommand::run(arguments);
    return voronka::GuiFront::run(arguments, language.language());
}
