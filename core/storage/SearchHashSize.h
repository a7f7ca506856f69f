#pragma once

#include <QVariant>

namespace voronka {

class Database;

// A larger in-memory hash for the company search index while many entries are written in one transaction.
//
// FTS5 keeps new index entries in memory and writes a segment each time they pass its hash size (1 MB by default);
// every small segment is merged again later. A larger hash means fewer, larger segments and less merging
// (1,000,000 companies: 8.2 s at 1 MB, 5.6 s at 16 MB, in the sqlite3 shell). The setting lives in the index's
// config table, so it is raised inside the caller's transaction and put back by restore() before it commits.
class SearchHashSize
{
public:
    explicit SearchHashSize(Database &db);

    void raise();
    // Puts back what was there (the row is removed when there was none), through the FTS5 command so that this
    // connection's copy of the setting follows. Does nothing unless raised.
    void restore();

private:
    Database &m_db;
    QVariant m_saved; // the index's own setting; NULL: none (FTS5's default)
    bool m_raised = false;
};

} // namespace voronka
