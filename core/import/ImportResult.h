#pragma once

#include "ImportField.h"

#include <QChar>
#include <QList>
#include <QString>

namespace voronka {

// The counts of an import. They always add up: rows = imported + duplicates + rejected,
// where duplicates = merged + skipped.
struct ImportResult
{
    qint64 batchId = 0;
    qint64 rows = 0; // data rows read (a header row is not counted)
    qint64 imported = 0; // new companies
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 flagged = 0; // imported or merged, but with a value that could not be understood (kept as text)
    QString encoding;
    QChar delimiter;
    bool headerFound = false;
    QList<ImportField> mapping;

    qint64 duplicates() const { return merged + skipped; }
};

} // namespace voronka
