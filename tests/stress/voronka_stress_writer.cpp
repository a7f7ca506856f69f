// A test driver: one of several processes writing to one Voronka file at once (see StressWriter.h).
// Prints "ready" once the base is open, so a test can time a kill against real work, and exits 0 when its
// time or operations are used up.
#include "StressWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The base."), QStringLiteral("path"));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("JSON lines of acknowledged writes."),
                                 QStringLiteral("path"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("The list to import."), QStringLiteral("path"));
    const QCommandLineOption writer(QStringLiteral("writer"), QStringLiteral("This writer's number."),
                                    QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption companies(QStringLiteral("companies"), QStringLiteral("Companies 1..n to edit."),
                                       QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Run time."), QStringLiteral("n"),
                                     QStringLiteral("5"));
    const QCommandLineOption operations(QStringLiteral("operations"), QStringLiteral("Operations (0: no limit)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption importEvery(QStringLiteral("import-every"),
                                         QStringLiteral("Every nth operation imports (0: none)."), QStringLiteral("n"),
                                         QStringLiteral("8"));
    const QCommandLineOption thinkMin(QStringLiteral("think-min-ms"),
                                      QStringLiteral("Shortest pause between two operations."), QStringLiteral("ms"),
                                      QStringLiteral("0"));
    const QCommandLineOption thinkMax(QStringLiteral("think-max-ms"),
                                      QStringLiteral("Longest pause between two operations (0: none)."),
                                      QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({db, log, csv, writer, seed, companies, seconds, operations, importEvery, thinkMin, thinkMax});
    parser.process(app);

    voronka::stress::WriterOptions options;
    options.dbPath = parser.value(db);
    options.logPath = parser.value(log);
    options.csvPath = parser.value(csv);
    options.writer = parser.value(writer).toInt();
    options.seed = parser.value(seed).toUInt();
    options.companies = parser.value(companies).toInt();
    options.seconds = parser.value(seconds).toInt();
    options.operations = parser.value(operations).toInt();
    options.importEvery = parser.value(importEvery).toInt();
    options.thinkMinMs = parser.value(thinkMin).toInt();
    options.thinkMaxMs = parser.value(thinkMax).toInt();
    if (options.dbPath.isEmpty() || options.logPath.isEmpty() || options.companies < 1 || options.thinkMinMs < 0
        || options.thinkMaxMs < options.thinkMinMs || (options.importEvery > 0 && options.csvPath.isEmpty())) {
        std::fputs("voronka_stress_writer: --db, --log, --companies >= 1, think-min <= think-max and (with imports) "
                   "--csv are needed\n",
                   stderr);
        return 2;
    }
    try {
        voronka::stress::StressWriter stressWriter(options);
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        stressWriter.run();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "voronka_stress_writer: %s\n", error.what());
        return 1;
    }
    return 0;
}
