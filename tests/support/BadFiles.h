#pragma once

#include <QByteArray>
#include <QString>

namespace voronka::test {

// Files a user might hand Voronka instead of a good base, made the way they arise in real life.
void writeTextFile(const QString &path, const QByteArray &content);
// A SQLite file of another program, written through its own connection.
void writeForeignSqlite(const QString &path);
// Fills a base with enough rows that cutting it in half cuts through table pages, then closes and halves it.
void fillAndTruncate(const QString &basePath);
// Fills a base the same way, then overwrites its last quarter with garbage: the schema still reads, the table
// pages at the end do not (what a bad sector or a torn network write leaves).
void fillAndScramble(const QString &basePath);
// Adds a table of its own to a base (one Voronka never reads), fills it, closes the base and overwrites that
// table's root page with garbage: the header, the schema and every Voronka table read as before, so only a check
// that reads every page (the backup's) or a read of that very table finds the damage.
void fillAndDamageSpareTable(const QString &basePath);
// SHA-256 of a file, to prove it was not changed.
QByteArray fileDigest(const QString &path);

} // namespace voronka::test
