#include "GuiFront.h"

#include "CommandLineOutput.h"
#include "ExitCode.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "RememberedUser.h"
#include "SignInDialog.h"
#include "UpgradeNotice.h"
#include "UserPickerDialog.h"
#include "common/MessageBox.h"
#include "common/WheelGuard.h"
#include "demo/DemoBase.h"
#include "domain/Clock.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "team/SignIn.h"
#include "team/TeamSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

namespace voronka {

QString GuiFront::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // The user's data folder holds the client base: the user's alone (PrivateFiles).
    PrivateFiles::makeFolderOwnerOnly(folder);
    return QDir(folder).filePath(QStringLiteral("voronka.sqlite"));
}

int GuiFront::run(const QStringList &arguments, const QString &baseLanguage)
{
    // The wheel over a field scrolls the form instead of changing the field, in every window and dialog.
    WheelGuard::installOn(QCoreApplication::instance());
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "Voronka, a CRM for sales departments that work as a conveyor.\n\nCommands (voronka COMMAND --help for more):\n"
        "  info     show what a base holds (check checks it)\n"
        "  import   import a cold-call list (CSV) as one batch, or undo a batch\n"
        "  index    fill the search index with the imported companies waiting for it\n"
        "  export   write the companies as CSV\n"
        "  backup   write a consistent copy of a base\n"
        "  check    run the full integrity check of a base\n"
        "  user     list, add and deactivate people, set passwords\n"
        "  assign   hand companies out to people, or take a hand-out back\n"
        "  report   print the funnel or each person's activity for a period"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QObject::tr("The base to open (default: %1).").arg(defaultDatabasePath()),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QObject::tr("When the base is new, fill it with demo data without asking."));
    const QCommandLineOption userOption(QStringLiteral("user"), QObject::tr("Start work as this user."),
                                        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, demoOption, userOption});
    parser.process(arguments); // --help and --version print and exit here
    if (!parser.positionalArguments().isEmpty())
        return usageError(QObject::tr("Unknown command: %1").arg(parser.positionalArguments().constFirst()));

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    const QString title = QObject::tr("Voronka");
    std::unique_ptr<Database> db;
    try {
        UpgradeNotice upgrading;
        DatabaseOptions options;
        options.language = baseLanguage;
        options.beforeUpgrade = [&upgrading, &path](int) { upgrading.show(path); };
        if (!parser.isSet(dbOption)) {
            // The default base is the user's alone: created so, and one an older Voronka made readable by every
            // account on the computer is closed up. A base named with --db (a share) keeps its permissions.
            options.ownerOnly = true;
            PrivateFiles::tighten(path);
        }
        db = Database::open(path, options);
    } catch (const StorageError &error) {
        printError(error.message());
        MessageBox::critical(nullptr, title, QObject::tr("The base cannot be opened.\n\n%1").arg(error.message()));
        return exitCodeFor(error.kind());
    }
    if (db->driverSqliteVersion() != Database::linkedSqliteVersion()) {
        printError(QObject::tr("Qt's SQLite driver runs SQLite %1 but Voronka was built with %2; "
                               "bulk operations may be unsafe.")
                       .arg(db->driverSqliteVersion(), Database::linkedSqliteVersion()));
    }
    if (db->isReadOnly() && !db->readOnlyReason().isEmpty())
        MessageBox::warning(nullptr, title, db->readOnlyReason());

    SystemClock clock;
    DataContext context{*db, clock, 0};
    if (db->isNew()) {
        const bool fill = parser.isSet(demoOption)
            || MessageBox::question(nullptr, title,
                                    QObject::tr("This is a new, empty base. Fill it with a demo sales department "
                                                "and a few hundred companies to look around?"),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes;
        if (fill) {
            // Half a second or so of funnel history, before any window is up: the pointer says it is working.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
            try {
                DemoBase::fill(context);
            } catch (const std::exception &error) {
                // StorageError or FunnelError alike: what() is their message in UTF-8, and the fill adds nothing.
                MessageBox::warning(
                    nullptr, title,
                    QObject::tr("The demo base could not be made: %1").arg(QString::fromUtf8(error.what())));
            }
        }
    }

    const QList<User> users = UserRepository(context).list();
    if (users.isEmpty()) {
        MessageBox::critical(nullptr, title, QObject::tr("The base has no active users."));
        return ExitFailure;
    }
    User user = users.constFirst();
    KeychainSecretStore keychain;
    RememberedUser remembered(context, keychain);
    if (SignIn(context).required()) {
        // A remembered person starts at once, unless --user names somebody else.
        const std::optional<User> known = remembered.signIn();
        if (known
            && (!parser.isSet(userOption)
                || known->login.compare(parser.value(userOption), Qt::CaseInsensitive) == 0)) {
            user = *known;
        } else {
            SignInDialog signIn(context, users, remembered.offered());
            if (parser.isSet(userOption))
                signIn.selectLogin(parser.value(userOption));
            if (signIn.exec() != QDialog::Accepted || !signIn.signedInUser())
                return ExitOk;
            user = *signIn.signedInUser();
            if (remembered.offered()) {
                const QString problem = remembered.keep(user, signIn.rememberChosen());
                if (!problem.isEmpty())
                    MessageBox::warning(nullptr, title, problem);
            }
        }
    } else if (parser.isSet(userOption)) {
        const auto chosen = UserRepository(context).findByLogin(parser.value(userOption));
        if (!chosen || !chosen->active)
            return usageError(QObject::tr("No active user with the login %1.").arg(parser.value(userOption)));
        user = *chosen;
    } else if (users.size() > 1) {
        UserPickerDialog picker(users);
        if (picker.exec() != QDialog::Accepted)
            return ExitOk;
        user = picker.selectedUser();
    }
    context.userId = user.id;
    // From here on every reader on this connection, and on the workers that copy its viewer, shows this person's part.
    db->setViewer(viewerFor(context, user));

    // Window sizes are this computer's and this user's: local settings, not the shared base.
    QSettings layoutSettings;
    auto window = std::make_unique<MainWindow>(context, user);
    window->restoreLayout(&layoutSettings);
    window->show();
    // The first start of the day backs the base up, after the window is up and on a worker: it reads every page of
    // the base (seconds on a big one) and checks the copy, which is how damage in the base is found.
    window->startDailyBackup();
    window->startReminders();
    window->cleanUnfinishedImports();
    window->fillSearchIndex();
    window->prepareHistoryForReports();
    const int code = QApplication::exec();
    if (window->signOutRequested())
        remembered.forget();
    const QString backup = window->restoreRequested();
    if (backup.isEmpty())
        return code;

    // Restore: nothing may hold the file while it is replaced.
    window.reset();
    db.reset();
    restoreAndRestart(path, backup, user.login, clock, [](const QString &program, const QStringList &withArguments) {
        return QProcess::startDetached(program, withArguments);
    });
    return code;
}

Viewer GuiFront::viewerFor(DataContext context, const User &user)
{
    if (!SignIn(context).required())
        return Viewer::everything();
    return Viewer::of(user, TeamSettings(context).callersTakeFromPool());
}

void GuiFront::restoreAndRestart(const QString &basePath, const QString &backupPath, const QString &login,
                                 const Clock &clock, const Starter &start)
{
    const QString title = QObject::tr("Voronka");
    try {
        const QString aside = BackupService::restore(basePath, backupPath, clock);
        MessageBox::information(nullptr, title,
                                QObject::tr("The backup is in place. The base as it was is kept as %1.")
                                    .arg(QDir::toNativeSeparators(aside)));
    } catch (const StorageError &error) {
        MessageBox::critical(nullptr, title, QObject::tr("The backup was not restored.\n\n%1").arg(error.message()));
    }
    start(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), basePath, QStringLiteral("--user"), login});
}

} // namespace voronka
