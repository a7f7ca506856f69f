#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace voronka::test {

// A company as stored, one "table.column = value" line per column of its companies row, its contacts, phones and
// e-mails (in id order) and its search entry; what differs between two writes of the same company (ids, the
// company it belongs to, timestamps, version, import batch) is left out. Two companies stored alike give equal
// lists, and a difference names its column.
QStringList storedRows(Database &db, qint64 companyId);

} // namespace voronka::test
