#pragma once

#include <QJsonObject>
#include <QString>

namespace voronka {

// Output of the command-line front: UTF-8 on stdout/stderr, one-line errors prefixed with "voronka:".
void printOut(const QString &text);
void printError(const QString &message);
// One JSON object on one line of stdout.
void printJson(const QJsonObject &object);
// Prints a usage error and returns the usage exit code.
int usageError(const QString &message);
// Prints an error (also as {"error": ...} on stdout in JSON mode) and returns code.
int failure(const QString &message, int code, bool json);

} // namespace voronka
