#pragma once

#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace voronka {

// Parses the arguments of a command that works on one base (`voronka COMMAND --db PATH [--busy-timeout MS] ...`):
// the exit code to end with when they are wrong or --help was asked (after printing why or the help),
// std::nullopt when the command should go on.
// --busy-timeout MS (default 5000), the same for every command on a base.
QCommandLineOption busyTimeoutOption();

// How a command that only reads opens the base: read-only, never creating it, waiting --busy-timeout for a lock.
DatabaseOptions readingOptions(const QCommandLineParser &parser, const QCommandLineOption &timeoutOption);

// words: how many positional arguments the command takes, its own name included (`report funnel`: 2).
std::optional<int> checkBaseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                        const QCommandLineOption &dbOption, const QCommandLineOption &timeoutOption,
                                        qsizetype words = 1);

} // namespace voronka
