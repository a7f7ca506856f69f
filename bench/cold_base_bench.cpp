// voronka_bench_cold_base: the performance targets of the cold base on a big file (issue 2), measured through the
// real main window on the offscreen platform, then the same work done by the sqlite3 shell for reference.
//
//   voronka_bench_cold_base --db PATH [--search TEXT]... [--rounds N] [--cold] [--sqlite3 PROGRAM] [--no-reference]
//                           [--figures FILE] [--as LOGIN]
//
// Times: first table from process start to the first paint of the company table; End from the key press to the
// repaint; search from setting the text to the repaint with the results. Peak memory is getrusage's ru_maxrss.
// VORONKA_BENCH_DEBUG=1 logs every paint of the table. --figures writes the figures as "key<TAB>ms" lines for
// .ci/bench-check. See docs/performance.md.

#include "company/ColdBaseView.h"
#include "domain/Clock.h"
#include "models/CompanyListModel.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "support/BenchSupport.h"
#include "support/BenchWindow.h"
#include "support/PaintCounter.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>

#include <algorithm>
#include <optional>

namespace {

using voronka::bench::dropFromPageCache;
using voronka::bench::elapsedMs;
using voronka::bench::formatMs;
using voronka::bench::PaintCounter;
using voronka::bench::peakRssMiB;
using voronka::bench::print;
using voronka::bench::printTable;
using voronka::bench::processAgeMs;

constexpr int paintTimeoutMs = 120000;

int fail(const QString &message)
{
    return voronka::bench::fail(QStringLiteral("voronka_bench_cold_base"), message);
}

bool waitForPaint(const PaintCounter &counter, int paintsBefore)
{
    return counter.waitForPaint(paintsBefore, paintTimeoutMs);
}

struct Row
{
    QString key; // the name in --figures; empty: not written
    QString step;
    double ms = 0;
    QString target; // empty: no target
    QString result;
};

QString verdict(double value, double limit)
{
    return value < limit ? QStringLiteral("met") : QStringLiteral("MISSED");
}

struct ReferenceTiming
{
    QString label;
    double ms = 0;
    QString count; // what the statement printed, if anything
};

std::optional<QByteArray> referenceScript(QString *error)
{
    QFile script(QStringLiteral(":/voronka/bench/sqlite3_reference.sql"));
    if (!script.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the reference script is missing from the resources");
        return std::nullopt;
    }
    return script.readAll();
}

// The statements the list runs before its first paint (the count and the first page): the script up to the label
// that follows them. A whole sqlite3 process runs them, so that its wall time can be set against the first table's
// "process start to first paint".
QByteArray firstPageScript(const QByteArray &script)
{
    const qsizetype end = script.indexOf("\n.print @last page");
    return end < 0 ? script : script.left(end + 1);
}

// Runs a reference script through the sqlite3 shell; its own ".timer on" figures, summed per label.
std::optional<QList<ReferenceTiming>> runReference(const QString &program, const QString &path,
                                                   const QByteArray &script, double *wallMs, QString *error)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(program, {QStringLiteral("-batch"), path});
    if (!shell.waitForStarted()) {
        *error = QStringLiteral("%1 cannot be started: %2").arg(program, shell.errorString());
        return std::nullopt;
    }
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(shell.readAllStandardError()));
        return std::nullopt;
    }
    *wallMs = elapsedMs(timer);

    QList<ReferenceTiming> timings;
    const QStringList lines = QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('@'))) {
            timings.append({line.mid(1), 0, {}});
        } else if (line.startsWith(QLatin1String("Run Time: real ")) && !timings.isEmpty()) {
            const QString seconds = line.mid(15).section(QLatin1Char(' '), 0, 0);
            timings.last().ms += seconds.toDouble() * 1000.0;
        } else if (!line.isEmpty() && !timings.isEmpty()) {
            timings.last().count = line;
        }
    }
    return timings;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else: the figures count from process start.
    const double beforeMainMs = processAgeMs();
    QElapsedTimer sinceMain;
    sinceMain.start();

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka_bench_cold_base"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the first table, End and searches on a big base, against the sqlite3 shell."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The base (see voronka_bench_generate)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("A search to time; repeat for several (default: a built-in set)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Run the searches this many times (default 1)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption coldOption(QStringLiteral("cold"),
                                        QStringLiteral("Drop the base from the page cache first (a first start)."));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"),
                                          QStringLiteral("The sqlite3 shell for the reference (default sqlite3)."),
                                          QStringLiteral("PROGRAM"), QStringLiteral("sqlite3"));
    const QCommandLineOption noReferenceOption(QStringLiteral("no-reference"),
                                               QStringLiteral("Skip the sqlite3 shell reference."));
    const QCommandLineOption figuresOption(
        QStringLiteral("figures"),
        QStringLiteral("Also write the figures as \"key<TAB>ms\" lines to FILE (for .ci/bench-check)."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QStringLiteral("Whose part of the base the window shows (default head: all)."),
                                      QStringLiteral("LOGIN"), QStringLiteral("head"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"),
        QStringLiteral("A region to choose in the region filter, then End in it; repeat for several (default: none)."),
        QStringLiteral("REGION"));
    parser.addOptions({dbOption, searchOption, roundsOption, coldOption, sqliteOption, noReferenceOption, figuresOption,
                       asOption, regionOption});
    parser.process(app);

    const QString path = parser.value(dbOption);
    if (path.isEmpty())
        return fail(QStringLiteral("--db is required (see --help)"));
    if (!QFile::exists(path))
        return fail(QStringLiteral("%1 does not exist; make it with voronka_bench_generate").arg(path));
    QStringList searches = parser.values(searchOption);
    if (searches.isEmpty()) {
        searches = {
            QStringLiteral("аврора"), // a name stem: one company in 30
            QStringLiteral("энергия"), // a stem late in the alphabet: its matches crowd at the end of the list
            QStringLiteral("москва"), // a city: one company in 8
            QStringLiteral("ооо"), // a legal form: every other company
            QStringLiteral("Кристалл Трейд-2718"), // one company's full name (in a base of 1,000,000)
            QStringLiteral("495 8"), // phone digits as typed
            QStringLiteral("7712345"), // an INN prefix
            QStringLiteral("ип"), // two letters: not in the trigram index
        };
    }
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    double droppedCacheMs = 0;
    if (parser.isSet(coldOption)) {
        QElapsedTimer drop;
        drop.start();
        if (!dropFromPageCache(path))
            return fail(QStringLiteral("cannot drop %1 from the page cache").arg(path));
        droppedCacheMs = elapsedMs(drop); // not counted: a real start has no such step
    }
    const auto sinceStart = [&] { return beforeMainMs + elapsedMs(sinceMain) - droppedCacheMs; };

    QList<Row> rows;
    qint64 companies = 0;
    try {
        // (a) Open, build the main window, show it, until the company table has painted.
        const double appReadyMs = sinceStart();
        auto db = voronka::Database::open(path);
        const double openedMs = sinceStart();
        voronka::SystemClock clock;
        QString error;
        const auto bench = voronka::bench::BenchWindow::build(*db, clock, parser.value(asOption), &error);
        if (!bench)
            return fail(error);
        voronka::ColdBaseView *view = bench->view();
        QTableView *table = bench->table();
        voronka::CompanyListModel *model = bench->model();
        QLineEdit *searchEdit = bench->searchEdit();
        PaintCounter &paints = bench->paints();
        view->setSearchDelay(3600 * 1000); // the bench calls applyFilter() itself, as Enter would
        // On a big base the list of a new search is read on a worker (CompanyListModel::load): a search is done when
        // the model was reset for it and the table has painted since (the old rows stay painted until then).
        const auto searchAndPaint = [&](const QString &text, int paintsBefore) {
            int paintsAtReset = -1;
            const QMetaObject::Connection reset = QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] {
                if (!model->isLoading())
                    paintsAtReset = paints.paints();
            });
            searchEdit->setText(text);
            view->applyFilter();
            bool painted = true;
            while (painted && (paintsAtReset < 0 || paints.paints() <= paintsAtReset))
                painted = waitForPaint(paints, std::max(paintsBefore, paints.paints()));
            QObject::disconnect(reset);
            return painted;
        };
        const double builtMs = sinceStart();
        if (!bench->showAndWaitForPaint(paintTimeoutMs))
            return fail(QStringLiteral("the company table was never painted"));
        const double firstPaintMs = sinceStart();
        companies = model->rowCount();
        rows.append({QStringLiteral("first table"), QStringLiteral("first table (process start to first paint)"),
                     firstPaintMs, QStringLiteral("< 1000 ms: ") + verdict(firstPaintMs, 1000),
                     QStringLiteral("%1 companies").arg(companies)});
        rows.append({{}, QStringLiteral("  of which: process start to QApplication ready"), appReadyMs, {}, {}});
        rows.append({{}, QStringLiteral("  of which: Database::open"), openedMs - appReadyMs, {}, {}});
        rows.append(
            {{}, QStringLiteral("  of which: MainWindow built (count of companies)"), builtMs - openedMs, {}, {}});
        rows.append(
            {{}, QStringLiteral("  of which: show to first paint (first page)"), firstPaintMs - builtMs, {}, {}});
        rows.append({{}, QStringLiteral("  process start to main()"), beforeMainMs, {}, QStringLiteral("10 ms steps")});

        // (b) End in the table, as the key would be pressed, until the last rows are painted. QTableView takes plain
        // End to the last column of the row and Ctrl+End to the last row; when End does not reach the last row,
        // that is reported and Ctrl+End is timed instead.
        const int last = model->rowCount() - 1;
        for (const Qt::KeyboardModifiers modifiers :
             {Qt::KeyboardModifiers(Qt::NoModifier), Qt::KeyboardModifiers(Qt::ControlModifier)}) {
            const QString key = modifiers == Qt::NoModifier ? QStringLiteral("End") : QStringLiteral("Ctrl+End");
            QElapsedTimer timer;
            const int before = paints.paints();
            timer.start();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_End, modifiers);
            QCoreApplication::sendEvent(table, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_End, modifiers);
            QCoreApplication::sendEvent(table, &release);
            if (!waitForPaint(paints, before))
                return fail(QStringLiteral("the table did not repaint after %1").arg(key));
            const double ms = elapsedMs(timer);
            const int current = table->currentIndex().row();
            if (current != last) {
                rows.append({{},
                             key + QStringLiteral(" (does not reach the last row)"),
                             ms,
                             {},
                             QStringLiteral("current row stays %1 of %2").arg(current + 1).arg(last + 1)});
                continue;
            }
            const QString lastName = model->data(model->index(last, voronka::CompanyListModel::NameColumn)).toString();
            rows.append({QStringLiteral("end"),
                         key + QStringLiteral(" (key press to repaint of the last page)"),
                         ms,
                         {},
                         lastName.isEmpty() ? QStringLiteral("WRONG: the last row is empty")
                                            : QStringLiteral("row %1: %2").arg(last + 1).arg(lastName)});
            break;
        }

        // (c) Searches: the text set and applied, until the results are painted; then back to the whole list.
        for (int round = 1; round <= rounds; ++round) {
            QStringList texts = searches;
            texts.append(QString()); // clearing the search shows the whole base again
            for (const QString &text : texts) {
                // Each search starts from the top of the list (not timed), as a new search should show it.
                if (table->rowAt(0) > 0) {
                    const int scrolled = paints.paints();
                    table->scrollToTop();
                    if (!waitForPaint(paints, scrolled))
                        return fail(QStringLiteral("the table did not repaint after scrolling to the top"));
                }
                QElapsedTimer timer;
                const int before = paints.paints();
                const int pagesBefore = model->pagesRead();
                timer.start();
                if (!searchAndPaint(text, before))
                    return fail(QStringLiteral("the table did not repaint after searching \"%1\"").arg(text));
                const double ms = elapsedMs(timer);
                const int pages = model->pagesRead() - pagesBefore;
                const int topRow = table->rowAt(0);
                const int currentRow = table->currentIndex().row();
                const QString firstName = model->rowCount() > 0
                    ? model->data(model->index(0, voronka::CompanyListModel::NameColumn)).toString()
                    : QString();
                QString step
                    = text.isEmpty() ? QStringLiteral("clear the search") : QStringLiteral("search \"%1\"").arg(text);
                if (rounds > 1)
                    step += QStringLiteral(" (round %1)").arg(round);
                const QString figure
                    = text.isEmpty() ? QStringLiteral("clear the search") : QStringLiteral("search ") + text;
                rows.append({figure, step, ms,
                             text.isEmpty() ? QString() : QStringLiteral("< 100 ms: ") + verdict(ms, 100),
                             QStringLiteral("%1 found%2; %3 page(s) read, top row %4, selected row %5")
                                 .arg(model->rowCount())
                                 .arg(firstName.isEmpty() ? QString() : QStringLiteral(", first ") + firstName)
                                 .arg(pages)
                                 .arg(topRow + 1)
                                 .arg(currentRow + 1)});
            }
        }

        // (f) The region filter: a region chosen, until its list is painted; End in it; then every region again.
        if (parser.isSet(regionOption)) {
            auto *regions = view->findChild<QComboBox *>(QStringLiteral("regionFilter"));
            if (!regions)
                return fail(QStringLiteral("the cold base has no regionFilter"));
            if (table->rowAt(0) > 0) {
                const int scrolled = paints.paints();
                table->scrollToTop();
                if (!waitForPaint(paints, scrolled))
                    return fail(QStringLiteral("the table did not repaint after scrolling to the top"));
            }
            const auto chooseAndPaint = [&](int index, int paintsBefore) {
                int paintsAtReset = -1;
                const QMetaObject::Connection reset
                    = QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] {
                          if (!model->isLoading())
                              paintsAtReset = paints.paints();
                      });
                regions->setCurrentIndex(index);
                bool painted = true;
                while (painted && (paintsAtReset < 0 || paints.paints() <= paintsAtReset))
                    painted = waitForPaint(paints, std::max(paintsBefore, paints.paints()));
                QObject::disconnect(reset);
                return painted;
            };
            for (const QString &region : parser.values(regionOption)) {
                QElapsedTimer listed;
                listed.start();
                regions->showPopup(); // reads the regions present, as a click on the filter does
                regions->hidePopup();
                const double listedMs = elapsedMs(listed);
                const int index = regions->findText(region);
                if (index < 0)
                    return fail(QStringLiteral("no region \"%1\" in the filter").arg(region));
                rows.append({QStringLiteral("region list"),
                             QStringLiteral("drop down the region filter"),
                             listedMs,
                             {},
                             QStringLiteral("%1 regions").arg(regions->count() - 1)});
                QElapsedTimer timer;
                const int before = paints.paints();
                timer.start();
                if (!chooseAndPaint(index, before))
                    return fail(QStringLiteral("the table did not repaint after choosing \"%1\"").arg(region));
                const double ms = elapsedMs(timer);
                rows.append({QStringLiteral("region ") + region,
                             QStringLiteral("choose region \"%1\"").arg(region),
                             ms,
                             {},
                             QStringLiteral("%1 shown").arg(model->rowCount())});
                // As in (b): End, or Ctrl+End when End stays in the row.
                const int lastInRegion = model->rowCount() - 1;
                double endMs = 0;
                for (const Qt::KeyboardModifiers modifiers :
                     {Qt::KeyboardModifiers(Qt::NoModifier), Qt::KeyboardModifiers(Qt::ControlModifier)}) {
                    const int endBefore = paints.paints();
                    QElapsedTimer end;
                    end.start();
                    QKeyEvent press(QEvent::KeyPress, Qt::Key_End, modifiers);
                    QCoreApplication::sendEvent(table, &press);
                    QKeyEvent release(QEvent::KeyRelease, Qt::Key_End, modifiers);
                    QCoreApplication::sendEvent(table, &release);
                    if (!waitForPaint(paints, endBefore))
                        return fail(QStringLiteral("the table did not repaint after End in \"%1\"").arg(region));
                    endMs = elapsedMs(end);
                    if (table->currentIndex().row() == lastInRegion)
                        break;
                }
                rows.append(
                    {QStringLiteral("region end ") + region,
                     QStringLiteral("End in region \"%1\"").arg(region),
                     endMs,
                     {},
                     QStringLiteral("row %1 of %2").arg(table->currentIndex().row() + 1).arg(lastInRegion + 1)});
                table->scrollToTop();
                QCoreApplication::processEvents();
                QElapsedTimer all;
                const int allBefore = paints.paints();
                all.start();
                if (!chooseAndPaint(0, allBefore))
                    return fail(QStringLiteral("the table did not repaint after choosing every region"));
                rows.append({QStringLiteral("all regions"),
                             QStringLiteral("every region again"),
                             elapsedMs(all),
                             {},
                             QStringLiteral("%1 shown").arg(model->rowCount())});
            }
        }

        // (e) A search while a company is open in the card: the list keeps it selected, so its position among
        // the results is looked up too. The company in the middle of the list, searched by its city.
        {
            const int middle = model->rowCount() / 2;
            const qint64 companyId = model->companyIdAt(middle);
            if (companyId == 0 || !view->selectCompany(companyId))
                return fail(QStringLiteral("cannot open the company at row %1").arg(middle + 1));
            QCoreApplication::processEvents();
            const QString city = model->data(model->index(middle, voronka::CompanyListModel::CityColumn)).toString();
            QElapsedTimer timer;
            const int before = paints.paints();
            timer.start();
            if (!searchAndPaint(city, before))
                return fail(QStringLiteral("the table did not repaint after searching \"%1\"").arg(city));
            const double ms = elapsedMs(timer);
            const int selected = table->currentIndex().row();
            const bool kept = selected >= 0 && model->companyIdAt(selected) == companyId;
            rows.append({QStringLiteral("search with the company open"),
                         QStringLiteral("search \"%1\" with row %2 open in the card").arg(city).arg(middle + 1), ms,
                         QStringLiteral("< 100 ms: ") + verdict(ms, 100),
                         QStringLiteral("%1 found, %2")
                             .arg(model->rowCount())
                             .arg(kept ? QStringLiteral("still selected at row %1").arg(selected + 1)
                                       : QStringLiteral("WRONG: the open company is not selected"))});
        }
        bench->window().close();
    } catch (const voronka::StorageError &error) {
        return fail(error.message());
    }

    // (d) Peak memory of the whole run.
    const double peakMiB = peakRssMiB();
    QList<QStringList> table;
    for (const Row &row : rows)
        table.append({row.step, formatMs(row.ms), row.target, row.result});
    table.append({QStringLiteral("peak memory (ru_maxrss)"),
                  QString::number(peakMiB, 'f', 1) + QStringLiteral(" MiB"),
                  QStringLiteral("< 200 MB: ") + verdict(peakMiB * 1.048576, 200),
                  {}});
    printTable(QStringLiteral("Voronka on %1 (%2, %3 page cache)")
                   .arg(path, QGuiApplication::platformName(),
                        parser.isSet(coldOption) ? QStringLiteral("cold") : QStringLiteral("warm")),
               {QStringLiteral("step"), QStringLiteral("ms"), QStringLiteral("target"), QStringLiteral("result")},
               table);

    QList<QPair<QString, double>> figures;
    for (const Row &row : rows) {
        if (!row.key.isEmpty())
            figures.append({row.key, row.ms});
    }
    if (!parser.isSet(noReferenceOption)) {
        const QString program = parser.value(sqliteOption);
        double wallMs = 0;
        double firstPageWallMs = 0;
        QString error;
        std::optional<QList<ReferenceTiming>> reference;
        if (const auto script = referenceScript(&error)) {
            // A process start is a few milliseconds that a busy machine easily doubles: the median of five.
            QList<double> starts;
            for (int run = 0; run < 5; ++run) {
                if (!runReference(program, path, firstPageScript(*script), &firstPageWallMs, &error))
                    break;
                starts.append(firstPageWallMs);
            }
            if (starts.size() == 5) {
                std::sort(starts.begin(), starts.end());
                firstPageWallMs = starts.at(2);
                reference = runReference(program, path, *script, &wallMs, &error);
            }
        }
        if (!reference) {
            print(QStringLiteral("\nsqlite3 reference skipped: %1\n").arg(error));
        } else {
            QList<QStringList> referenceTable;
            for (const ReferenceTiming &timing : *reference) {
                referenceTable.append(
                    {timing.count.isEmpty() ? timing.label : timing.label + QStringLiteral(" = ") + timing.count,
                     formatMs(timing.ms)});
                figures.append({QStringLiteral("sqlite3 ") + timing.label, timing.ms});
            }
            referenceTable.append({QStringLiteral("whole sqlite3 process (wall time)"), formatMs(wallMs)});
            referenceTable.append(
                {QStringLiteral("another sqlite3 process: start to the first page (wall time, median of 5)"),
                 formatMs(firstPageWallMs)});
            figures.append({QStringLiteral("sqlite3 process start to first page"), firstPageWallMs});
            printTable(QStringLiteral("sqlite3 shell reference (%1 -batch, .timer on; bench/sqlite3_reference.sql)")
                           .arg(program),
                       {QStringLiteral("statement"), QStringLiteral("ms")}, referenceTable);
        }
    }

    if (parser.isSet(figuresOption)) {
        QFile file(parser.value(figuresOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        QByteArray text;
        for (const auto &[key, ms] : figures)
            text += key.toUtf8() + '\t' + QByteArray::number(ms, 'f', 3) + '\n';
        if (file.write(text) != text.size())
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return 0;
}
