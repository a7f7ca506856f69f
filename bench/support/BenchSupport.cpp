#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace voronka::bench {

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &program, const QString &message)
{
    const QByteArray bytes = (program + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 1;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces; starttime is field 22.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startSeconds = double(fields.at(19).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return std::max(0.0, (nowSeconds - startSeconds) * 1000.0);
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

bool dropFromPageCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED) == 0;
}

QString formatMs(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 2) : QString::number(ms, 'f', 1);
}

void printTable(const QString &title, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text = QStringLiteral("|");
        for (qsizetype i = 0; i < widths.size(); ++i)
            text += QLatin1Char(' ') + cells.value(i).leftJustified(widths.at(i)) + QStringLiteral(" |");
        return text + QLatin1Char('\n');
    };
    QString text = QLatin1Char('\n') + title + QStringLiteral("\n\n") + line(headers);
    QStringList rule;
    for (const qsizetype width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    text += line(rule).replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const QStringList &row : rows)
        text += line(row);
    print(text);
}

} // namespace voronka::bench
