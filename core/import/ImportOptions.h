#pragma once

#include "ImportField.h"

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// What to do with a row that matches a company already in the base, or an earlier row of the same file.
enum class DuplicatePolicy {
    Skip, // leave the row out (counted as a duplicate)
    Merge, // fill the empty fields of the company found and add its new phones, contacts and e-mails
    Import, // import the row as a company of its own all the same
};

QString duplicatePolicyKey(DuplicatePolicy policy); // "skip", "merge", "import"
std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key);

// How a delimiter is named in the import history, the CLI and its JSON: ";", ",", "tab", "pipe".
QString delimiterKey(QChar delimiter);
// The delimiter a user named ("auto" gives a null QChar: detect); nullopt for anything else.
std::optional<QChar> delimiterFromKey(const QString &key);

struct ImportOptions
{
    QString fileName; // shown in the import history
    QString encoding = QStringLiteral("auto");
    QChar delimiter; // null: detect
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    QString region = QStringLiteral("RU"); // how national phone numbers are read
    qint64 ownerId = 0; // who the new companies are assigned to
    qint64 collectorId = 0; // who collected them (paid per confirmed contact); 0: the importing user
    QString tag; // stored as the companies' source; the file name when empty
    QList<ImportField> mapping; // one per column; empty: a saved mapping for this header, else a guess
    std::optional<bool> hasHeader; // empty: decided by the mapping guess
};

} // namespace voronka
