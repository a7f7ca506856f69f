#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QElapsedTimer;

// What the benchmark programs share: output, timings from process start, memory and the page cache.
namespace voronka::bench {

// Writes text to stdout at once (the tables of a long run show as they are made).
void print(const QString &text);
// "program: message" on stderr; returns 1 for main() to return.
int fail(const QString &program, const QString &message);
double elapsedMs(const QElapsedTimer &timer);
// How long the process has run, from the kernel's start time (clock ticks since boot, so 10 ms steps):
// the part before main() (loading Qt and the other libraries) that a timer started in main() cannot see.
double processAgeMs();
// getrusage's ru_maxrss of this process.
double peakRssMiB();
// Drops the file's pages from the page cache, so that the run reads the base from disk like a first start.
bool dropFromPageCache(const QString &path);
// Two decimals under 10 ms, one above.
QString formatMs(double ms);
// A Markdown table under a title.
void printTable(const QString &title, const QStringList &headers, const QList<QStringList> &rows);

} // namespace voronka::bench
