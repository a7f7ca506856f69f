// voronka_bench_stalls: how long each thing a user does keeps the window's event loop from running (issue 12: no
// more than 100 ms), measured through the real main window on the offscreen platform with an event-loop watchdog
// (a timer every 10 ms that records how late it fires).
//
//   voronka_bench_stalls --db PATH [--cold] [--import-rows N] [--settle MS] [--json FILE] [--keep-backups]
//                        [--no-start]
//
// PATH is changed (an import and its undo, a backup, the task rules): use a copy of a bench base. The starts run
// as child processes of this program (--start-only) through GuiFront::run, the path `voronka --db PATH` takes,
// the first of them with today's backups removed, so that it is the first start of the day. The other actions are
// driven in this process the way the window does them: widgets found by objectName, key events for typing, the
// menu actions triggered, questions answered through the MessageBox seam. For each: the longest stall and the
// total time from the trigger until its result shows. It measures, it does not fail on a stall (exit 0 unless an
// action could not be driven). See docs/performance.md.

#include "clients/ClientsView.h"
#include "common/MessageBox.h"
#include "company/ColdBaseView.h"
#include "domain/Clock.h"
#include "files/ImportHistoryDialog.h"
#include "import/ImportService.h"
#include "models/CompanyListModel.h"
#include "reminders/ReminderService.h"
#include "reminders/TaskRules.h"
#include "shell/BackgroundBackup.h"
#include "shell/GuiFront.h"
#include "shell/MainWindow.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"
#include "support/BenchSupport.h"
#include "support/BenchWindow.h"
#include "support/EventLoopWatchdog.h"
#include "support/PaintCounter.h"
#include "today/ReminderCenter.h"
#include "today/ReminderPopup.h"
#include "today/TaskTableModel.h"
#include "today/TodayView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <optional>
#include <stdexcept>

namespace {

using voronka::bench::elapsedMs;
using voronka::bench::EventLoopWatchdog;
using voronka::bench::formatMs;
using voronka::bench::PaintCounter;
using voronka::bench::print;
using voronka::bench::processAgeMs;

constexpr int actionTimeoutMs = 300000;
// A start on a big base can take minutes: the first start of the day backs up and sweeps the task rules.
constexpr int startTimeoutMs = 1800000;

int fail(const QString &message)
{
    return voronka::bench::fail(QStringLiteral("voronka_bench_stalls"), message);
}

struct Measurement
{
    QString action;
    double stallMs = 0;
    double totalMs = 0;
    QString result;
};

// Runs an action: the trigger, then events until done() says its result shows, then `settleMs` more (a reload a
// change announcement schedules is part of the action). The watchdog is reset first, so the stall is this action's.
std::optional<Measurement> measure(EventLoopWatchdog &watchdog, const QString &action,
                                   const std::function<void()> &trigger, const std::function<bool()> &done,
                                   int settleMs)
{
    QCoreApplication::processEvents(); // what the previous action left queued is not this one's
    watchdog.reset();
    QElapsedTimer timer;
    timer.start();
    trigger();
    const QDeadlineTimer deadline(actionTimeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return std::nullopt;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    Measurement measured{action, 0, elapsedMs(timer), {}};
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < settleMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    measured.stallMs = watchdog.longestStallMs();
    return measured;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(character));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(character));
        QCoreApplication::sendEvent(widget, &release);
    }
}

// The backups of the base made today, as the first start of the day looks for them.
QList<voronka::BackupFile> backupsOfToday(voronka::Database &db, const voronka::Clock &clock)
{
    QList<voronka::BackupFile> today;
    const QDate date = clock.nowUtc().toLocalTime().date();
    for (const voronka::BackupFile &backup : voronka::BackupService(db, clock).list()) {
        if (backup.made.date() == date)
            today.append(backup);
    }
    return today;
}

// --start-only: `voronka --db PATH --user LOGIN` as GuiFront::run does it; prints {"stall", "total"} as JSON: the
// longest stall from QApplication until `settleMs` after the window's first paint (or, when the start backs up, after
// the backup has finished), and process start to that paint.
int runStartOnly(const QString &path, const QString &login, int settleMs)
{
    EventLoopWatchdog watchdog;
    watchdog.start(); // the loop first runs in exec(): its first fire is as late as everything before the window

    // The first paint of anything in the main window, from process start.
    double firstPaintMs = -1;
    class FirstPaint : public QObject
    {
    public:
        explicit FirstPaint(double *at)
            : m_at(at)
        {
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (*m_at < 0 && event->type() == QEvent::Paint && watched->isWidgetType()) {
                const QWidget *window = static_cast<QWidget *>(watched)->window();
                if (window && window->objectName() == QLatin1String("mainWindow"))
                    *m_at = processAgeMs();
            }
            return false;
        }

    private:
        double *m_at;
    } firstPaint(&firstPaintMs);
    qApp->installEventFilter(&firstPaint);

    QJsonObject figures;
    QTimer::singleShot(0, [&] {
        // Runs in exec(): the window is shown; wait for its paint, then watch the loop a while (a backup or a check
        // moved to a worker finishes meanwhile, reminders come up).
        const QDeadlineTimer deadline(startTimeoutMs);
        while (firstPaintMs < 0 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < settleMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        // The first start of the day backs up on a worker after the window shows: its stalls are the start's too, and
        // quitting before it ends would cancel it, so that the next start would be a first start of the day again.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            const auto *backup = widget->findChild<voronka::BackgroundBackup *>();
            if (!backup || !backup->isRunning())
                continue;
            while (backup->isRunning() && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            settle.restart(); // the result comes queued after the worker ends
            while (settle.elapsed() < settleMs)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        figures.insert(QStringLiteral("stall"), watchdog.longestStallMs());
        figures.insert(QStringLiteral("total"), firstPaintMs);
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<voronka::MainWindow *>(widget)) {
                figures.insert(QStringLiteral("status"), window->statusBar()->currentMessage());
                window->quit();
            }
        }
    });
    const int code = voronka::GuiFront::run(
        {QStringLiteral("voronka"), QStringLiteral("--db"), path, QStringLiteral("--user"), login});
    print(QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    return code;
}

std::optional<Measurement> startInChild(const QString &action, const QString &path, const QString &login, int settleMs,
                                        QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--start-only"), QStringLiteral("--db"), path, QStringLiteral("--user"), login,
                 QStringLiteral("--settle"), QString::number(settleMs)});
    if (!child.waitForFinished(startTimeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("the start as a child process failed (%1)").arg(child.exitCode());
        return std::nullopt;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject figures = QJsonDocument::fromJson(lines.last()).object();
    if (!figures.contains(QStringLiteral("stall"))) {
        *error = QStringLiteral("the start as a child process printed no figures");
        return std::nullopt;
    }
    return Measurement{action, figures.value(QStringLiteral("stall")).toDouble(),
                       figures.value(QStringLiteral("total")).toDouble(),
                       QStringLiteral("process start to the window's first paint; status bar: \"%1\"")
                           .arg(figures.value(QStringLiteral("status")).toString())};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka_bench_stalls"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the longest stall of the window's event loop during each user action."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The base; it is changed, so use a copy of a bench base."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Who works (default head)."),
                                        QStringLiteral("LOGIN"), QStringLiteral("head"));
    const QCommandLineOption coldOption(QStringLiteral("cold"),
                                        QStringLiteral("Drop the base from the page cache before each start too."));
    const QCommandLineOption rowsOption(QStringLiteral("import-rows"),
                                        QStringLiteral("Rows of the list imported for the undo (default 20000)."),
                                        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption settleOption(QStringLiteral("settle"),
                                          QStringLiteral("How long the loop is watched after each result shows (ms)."),
                                          QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the table as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keepBackupsOption(QStringLiteral("keep-backups"),
                                               QStringLiteral("Keep the backups the run makes (1 GB each on 1M)."));
    const QCommandLineOption noStartOption(QStringLiteral("no-start"),
                                           QStringLiteral("Skip the two starts (minutes each on a big base)."));
    const QCommandLineOption startOnlyOption(QStringLiteral("start-only"),
                                             QStringLiteral("Internal: time one start and print it as JSON."));
    parser.addOptions({dbOption, userOption, coldOption, rowsOption, settleOption, jsonOption, keepBackupsOption,
                       noStartOption, startOnlyOption});
    parser.process(app);

    const QString path = parser.value(dbOption);
    const QString login = parser.value(userOption);
    const int settleMs = std::max(0, parser.value(settleOption).toInt());
    if (path.isEmpty())
        return fail(QStringLiteral("--db is required (see --help)"));
    if (!QFile::exists(path))
        return fail(QStringLiteral("%1 does not exist; copy a base made by voronka_bench_generate").arg(path));
    if (parser.isSet(startOnlyOption))
        return runStartOnly(path, login, settleMs);

    QList<Measurement> measured;
    QStringList notes;
    QTemporaryDir work;
    try {
        voronka::SystemClock clock;
        QSet<QString> backupsBefore;
        qint64 batchId = 0;
        {
            // Set-up, not measured: a list imported through core, for the undo at the end.
            auto db = voronka::Database::open(path);
            for (const voronka::BackupFile &backup : voronka::BackupService(*db, clock).list())
                backupsBefore.insert(backup.path);
            const QString list = work.filePath(QStringLiteral("stall-list.csv"));
            QProcess generator;
            generator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/voronka_bench_cold_list"),
                            {QStringLiteral("--out"), list, QStringLiteral("--rows"), parser.value(rowsOption),
                             QStringLiteral("--seed"), QStringLiteral("12")});
            if (!generator.waitForFinished(actionTimeoutMs) || generator.exitCode() != 0)
                return fail(QStringLiteral("voronka_bench_cold_list (next to this program) failed"));
            const std::optional<voronka::User> user
                = voronka::UserRepository(voronka::DataContext{*db, clock, 0}).findByLogin(login);
            if (!user)
                return fail(QStringLiteral("%1 has no user \"%2\"").arg(path, login));
            QFile file(list);
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1").arg(list));
            voronka::ImportOptions options;
            options.fileName = QStringLiteral("stall-list.csv");
            batchId = voronka::ImportService(voronka::DataContext{*db, clock, user->id}).run(&file, options).batchId;

            // The first start of the day makes a backup only when there is none of today.
            for (const voronka::BackupFile &backup : backupsOfToday(*db, clock)) {
                if (!QFile::remove(backup.path))
                    return fail(QStringLiteral("cannot remove today's backup %1").arg(backup.path));
            }
        }

        // The starts, each a process of its own as a real start is.
        for (const bool firstOfDay : {true, false}) {
            if (parser.isSet(noStartOption))
                break;
            if (parser.isSet(coldOption) && !voronka::bench::dropFromPageCache(path))
                return fail(QStringLiteral("cannot drop %1 from the page cache").arg(path));
            QString error;
            const auto start = startInChild(firstOfDay ? QStringLiteral("first start of the day (makes the backup)")
                                                       : QStringLiteral("start"),
                                            path, login, settleMs, &error);
            if (!start)
                return fail(error);
            measured.append(*start);
        }

        // The window in this process, as the start made it (not measured again).
        auto db = voronka::Database::open(path);
        QString error;
        const auto bench = voronka::bench::BenchWindow::build(*db, clock, login, &error);
        if (!bench)
            return fail(error);
        if (!bench->showAndWaitForPaint())
            return fail(QStringLiteral("the company table was never painted"));
        voronka::MainWindow &window = bench->window();
        voronka::ColdBaseView *view = bench->view();
        QTableView *table = bench->table();
        voronka::CompanyListModel *model = bench->model();
        QLineEdit *searchEdit = bench->searchEdit();
        PaintCounter &paints = bench->paints();
        auto *stageFilter = view->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        if (!stageFilter)
            return fail(QStringLiteral("the cold base has no stageFilter"));
        EventLoopWatchdog watchdog;
        watchdog.start();

        const auto found = [model] { return QStringLiteral("%1 found").arg(model->rowCount()); };
        // A search is done when the list has been read for the text and painted since (both can happen in one
        // processEvents call, so the read is noticed by the model's reset).
        const auto searchAction = [&](const QString &action, const std::function<void()> &trigger,
                                      const QString &text) {
            int paintsAtFilter = -1;
            const QMetaObject::Connection reset = QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] {
                if (paintsAtFilter < 0 && model->filter().search == text.trimmed())
                    paintsAtFilter = paints.paints();
            });
            auto result = measure(
                watchdog, action, trigger, [&] { return paintsAtFilter >= 0 && paints.paints() > paintsAtFilter; },
                settleMs);
            QObject::disconnect(reset);
            if (!result)
                throw std::runtime_error(QStringLiteral("%1 did not finish").arg(action).toStdString());
            result->result = found();
            measured.append(*result);
        };

        searchAction(
            QStringLiteral("type a two-letter search \"ип\" (200 ms typing pause)"),
            [&] { typeText(searchEdit, QStringLiteral("ип")); }, QStringLiteral("ип"));
        searchAction(
            QStringLiteral("clear the search"), [&] { searchEdit->clear(); }, QString());
        searchAction(
            QStringLiteral("search \"энергия\" on a cold page cache"),
            [&] {
                voronka::bench::dropFromPageCache(path);
                searchEdit->setText(QStringLiteral("энергия"));
            },
            QStringLiteral("энергия"));
        searchAction(
            QStringLiteral("clear the search"), [&] { searchEdit->clear(); }, QString());
        {
            // Finding the open company in a big result: the company in the middle of the list, searched by its city.
            const int middle = model->rowCount() / 2;
            const qint64 companyId = model->companyIdAt(middle);
            if (companyId == 0 || !view->selectCompany(companyId))
                return fail(QStringLiteral("cannot open the company at row %1").arg(middle + 1));
            const QString city = model->data(model->index(middle, voronka::CompanyListModel::CityColumn)).toString();
            searchAction(
                QStringLiteral("search \"%1\" with row %2 open in the card").arg(city).arg(middle + 1),
                [&] { searchEdit->setText(city); }, city);
            const int selected = table->currentIndex().row();
            measured.last().result += selected >= 0 && model->companyIdAt(selected) == companyId
                ? QStringLiteral(", the open company selected at row %1").arg(selected + 1)
                : QStringLiteral(", WRONG: the open company is not selected");
            searchAction(
                QStringLiteral("clear the search"), [&] { searchEdit->clear(); }, QString());
        }
        {
            const int needsNumber = stageFilter->findData(-2);
            if (needsNumber >= 0) {
                int before = 0;
                auto result = measure(
                    watchdog, QStringLiteral("stage filter \"Needs a number\""),
                    [&] {
                        before = paints.paints();
                        stageFilter->setCurrentIndex(needsNumber);
                    },
                    [&] { return model->filter().needsNumber && paints.paints() > before; }, settleMs);
                if (result) {
                    result->result = found();
                    measured.append(*result);
                }
                stageFilter->setCurrentIndex(0);
                QCoreApplication::processEvents();
            } else {
                notes.append(QStringLiteral("the stage filter has no \"Needs a number\" entry for this user"));
            }
        }

        // The sections: shown when the section's widget has painted; Today and Clients, which read their whole list
        // (on a worker on a big base), when they have painted after that read.
        auto *sections = window.findChild<QStackedWidget *>(QStringLiteral("sections"));
        const struct
        {
            voronka::MainWindow::Section section;
            const char *name;
        } sectionList[] = {{voronka::MainWindow::Today, "Today"},       {voronka::MainWindow::Calls, "Calls"},
                           {voronka::MainWindow::Meetings, "Meetings"}, {voronka::MainWindow::Deals, "Deals"},
                           {voronka::MainWindow::Clients, "Clients"},   {voronka::MainWindow::ColdBase, "Cold base"}};
        for (const auto &entry : sectionList) {
            bool painted = false;
            class PaintSeen : public QObject
            {
            public:
                explicit PaintSeen(bool *seen)
                    : m_seen(seen)
                {
                }

            protected:
                bool eventFilter(QObject *, QEvent *event) override
                {
                    if (event->type() == QEvent::Paint)
                        *m_seen = true;
                    return false;
                }

            private:
                bool *m_seen;
            } seen(&painted);
            QWidget *target = sections->widget(entry.section);
            const QList<QWidget *> children = target->findChildren<QWidget *>();
            target->installEventFilter(&seen);
            for (QWidget *child : children)
                child->installEventFilter(&seen);
            // A paint while the list is still being read shows the old list: such a section is shown at the first
            // paint after its read.
            bool read = true;
            QMetaObject::Connection readDone;
            const auto readAgain = [&] {
                read = true;
                painted = false;
            };
            if (entry.section == voronka::MainWindow::Today) {
                read = false;
                readDone = QObject::connect(window.todayView(), &voronka::TodayView::loaded, &window, readAgain);
            } else if (entry.section == voronka::MainWindow::Clients) {
                read = false;
                readDone = QObject::connect(window.clientsView(), &voronka::ClientsView::loaded, &window, readAgain);
            }
            auto result = measure(
                watchdog, QStringLiteral("show the %1 section").arg(QLatin1String(entry.name)),
                [&] { window.showSection(entry.section); }, [&] { return read && painted; }, settleMs);
            QObject::disconnect(readDone);
            for (QWidget *child : children)
                child->removeEventFilter(&seen);
            target->removeEventFilter(&seen);
            if (result)
                measured.append(*result);
        }

        // The daily task-rule sweep, the way the window runs it at the first start of a day and at the hourly check
        // after midnight: ReminderCenter starts it on a worker with its own connection; done when it reports back.
        {
            voronka::ReminderCenter *reminders = window.reminders();
            bool started = false;
            bool ended = false;
            QString failure;
            const QMetaObject::Connection finished = QObject::connect(
                reminders, &voronka::ReminderCenter::sweepFinished, &window, [&ended] { ended = true; });
            const QMetaObject::Connection failed = QObject::connect(reminders, &voronka::ReminderCenter::sweepFailed,
                                                                    &window, [&](const QString &message) {
                                                                        failure = message;
                                                                        ended = true;
                                                                    });
            auto result = measure(
                watchdog, QStringLiteral("daily task-rule sweep (ReminderCenter, on a worker)"),
                [&] {
                    reminders->sweepRulesOncePerDay();
                    started = reminders->isSweeping();
                },
                [&] { return !started || ended; }, settleMs);
            QObject::disconnect(finished);
            QObject::disconnect(failed);
            if (result) {
                const voronka::TaskRulesReport &report = reminders->lastSweepReport();
                result->result = !started ? QStringLiteral("no sweep started (read-only base, or swept today)")
                    : !failure.isEmpty()  ? QStringLiteral("failed: %1").arg(failure)
                                          : QStringLiteral("%1 reactivation and %2 VIP visit task(s) made in %3 "
                                                            "step(s), the longest holding the lock %4 ms")
                                               .arg(report.reactivations)
                                               .arg(report.vipVisits)
                                               .arg(report.steps)
                                               .arg(report.longestStepMs);
                measured.append(*result);
            }
        }

        // 50,000 reminders come due at once (a sweep's backlog of reactivations for one user): made through core on
        // a second connection (set-up, not measured), then the service is told, as the window's sweep tells it when
        // it ends (ReminderCenter::sweepEnded). Done when the popup shows and every one of them has been raised.
        {
            constexpr int backlog = 50000;
            voronka::ReminderCenter *reminders = window.reminders();
            voronka::ReminderService *service = reminders->service();
            // What the user had due before is raised first, unmeasured.
            service->start();
            const QDeadlineTimer drained(actionTimeoutMs);
            while (service->nextReminderAt().isValid() && service->nextReminderAt() <= clock.nowUtc()
                   && !drained.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            reminders->popup()->hide();
            qint64 raised = 0;
            const auto count
                = [&raised](const QList<voronka::Task> &tasks, int notListed) { raised += tasks.size() + notListed; };
            // Due or missed: the ones due before the service's start count as missed while it raises that backlog.
            const QMetaObject::Connection counted
                = QObject::connect(service, &voronka::ReminderService::due, &window, count);
            const QMetaObject::Connection countedMissed
                = QObject::connect(service, &voronka::ReminderService::missed, &window, count);
            {
                auto other = voronka::Database::open(path);
                const voronka::DataContext made{*other, clock, bench->context().userId};
                const QDateTime now = clock.nowUtc();
                voronka::WriteTransaction transaction(*other);
                voronka::TaskRepository tasks(made);
                for (int i = 0; i < backlog; ++i) {
                    voronka::Task task;
                    // The generated base numbers its companies from 1.
                    task.companyId = 1 + qint64(i) * 19;
                    task.assigneeId = made.userId;
                    task.kind = voronka::TaskKind::Reactivation;
                    task.dueAt = now.addSecs(-60).addMSecs(i);
                    task.note = QStringLiteral("No purchase for longer than usual");
                    tasks.create(task);
                }
                transaction.commit();
            }
            auto result = measure(
                watchdog, QStringLiteral("50,000 reminders come due at once (ReminderService, ReminderPopup)"),
                [&] { reminders->tasksChanged(); },
                [&] { return raised >= backlog && reminders->popup()->isVisible(); }, settleMs);
            QObject::disconnect(counted);
            QObject::disconnect(countedMissed);
            if (!result)
                notes.append(QStringLiteral("50,000 reminders: %1 raised before the time-out").arg(raised));
            if (result) {
                result->result = QStringLiteral("%1 raised, %2 listed in the popup, %3 counted")
                                     .arg(raised)
                                     .arg(reminders->popup()->model()->rowCount())
                                     .arg(reminders->popup()->notListedCount());
                measured.append(*result);
            }
            reminders->popup()->hide();
        }

        // Export of the whole cold base (the action asks for a file name first; the bench names it).
        {
            const QString target = work.filePath(QStringLiteral("export.csv"));
            qint64 written = -2;
            const QMetaObject::Connection done = QObject::connect(
                &window, &voronka::MainWindow::exportFinished, &window, [&written](qint64 count) { written = count; });
            auto result = measure(
                watchdog, QStringLiteral("export the cold base (MainWindow::exportTo, on a worker)"),
                [&] { window.exportTo(target); }, [&written] { return written != -2; }, settleMs);
            QObject::disconnect(done);
            result->result = QStringLiteral("%1 companies, %2 MB")
                                 .arg(written)
                                 .arg(double(QFileInfo(target).size()) / 1e6, 0, 'f', 1);
            QFile::remove(target);
            measured.append(*result);
        }

        // Back up now (File menu): done when the backup on the worker has finished and the window has said how it
        // went (the status bar, or a message box saying why not). Not at the first status message: "Backing up the
        // base…" comes at once, and a backup still running during the undo after it is restarted by every step of
        // the undo until it gives up as too busy.
        {
            auto *backUp = window.findChild<QAction *>(QStringLiteral("backUpAction"));
            voronka::MessageBox::resetForTest();
            voronka::MessageBox::setNextAnswer(QMessageBox::Ok); // a warning must not stop the bench
            bool finished = false;
            QString outcome;
            QMetaObject::Connection done;
            auto result = measure(
                watchdog, QStringLiteral("back up now (File menu, the copy on a worker)"),
                [&] {
                    backUp->trigger();
                    // Made by the action; connected after the window's own slot, so it runs after the window said it.
                    auto *backup = window.findChild<voronka::BackgroundBackup *>();
                    if (!backup)
                        throw std::runtime_error("Back up now started no backup");
                    done = QObject::connect(backup, &voronka::BackgroundBackup::finished, &window,
                                            [&](voronka::BackgroundBackup::Result, const QString &message) {
                                                finished = true;
                                                outcome = voronka::MessageBox::lastText().isEmpty()
                                                    ? window.statusBar()->currentMessage()
                                                    : QStringLiteral("message box: ") + voronka::MessageBox::lastText();
                                                if (outcome.isEmpty())
                                                    outcome = message;
                                            });
                },
                [&] { return finished; }, settleMs);
            QObject::disconnect(done);
            if (!result)
                return fail(QStringLiteral("the backup did not finish"));
            result->result = outcome;
            measured.append(*result);
        }

        // Undo of the imported list through the import history: the question answered Yes.
        {
            window.findChild<QAction *>(QStringLiteral("importHistoryAction"))->trigger();
            QCoreApplication::processEvents();
            auto *dialog = window.findChild<voronka::ImportHistoryDialog *>();
            if (!dialog || !dialog->selectBatch(batchId))
                return fail(QStringLiteral("the import history does not list batch %1").arg(batchId));
            auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("historyUndoButton"));
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("historyStatus"));
            const QString statusBefore = status->text();
            voronka::MessageBox::resetForTest();
            voronka::MessageBox::setNextAnswer(QMessageBox::Yes);
            auto result = measure(
                watchdog,
                QStringLiteral("undo an import of %1 rows (import history, Undo, Yes)").arg(parser.value(rowsOption)),
                [&] { undo->click(); }, [&] { return status->text() != statusBefore; }, settleMs);
            if (!result)
                return fail(QStringLiteral("the undo did not finish"));
            result->result = status->text();
            measured.append(*result);
            dialog->close();
        }
        window.quit();
        QCoreApplication::processEvents();

        if (!parser.isSet(keepBackupsOption)) {
            for (const voronka::BackupFile &backup : voronka::BackupService(*db, clock).list()) {
                if (!backupsBefore.contains(backup.path))
                    QFile::remove(backup.path);
            }
        }
    } catch (const voronka::StorageError &error) {
        return fail(error.message());
    } catch (const std::exception &error) {
        return fail(QString::fromUtf8(error.what()));
    }

    QList<QStringList> rows;
    QJsonArray json;
    for (const Measurement &row : measured) {
        rows.append({row.action, formatMs(row.stallMs), formatMs(row.totalMs),
                     row.stallMs <= 100 ? QStringLiteral("met") : QStringLiteral("MISSED"), row.result});
        json.append(QJsonObject{{QStringLiteral("action"), row.action},
                                {QStringLiteral("longest_stall_ms"), row.stallMs},
                                {QStringLiteral("total_ms"), row.totalMs},
                                {QStringLiteral("result"), row.result}});
    }
    voronka::bench::printTable(QStringLiteral("Event-loop stalls on %1 (%2, watchdog every %3 ms)")
                                   .arg(path, QGuiApplication::platformName())
                                   .arg(EventLoopWatchdog::intervalMs),
                               {QStringLiteral("action"), QStringLiteral("longest stall, ms"),
                                QStringLiteral("total, ms"), QStringLiteral("≤ 100 ms"), QStringLiteral("result")},
                               rows);
    for (const QString &note : notes)
        print(QStringLiteral("note: %1\n").arg(note));
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(json).toJson()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    return 0;
}
