#pragma once

#include "domain/CallScript.h"

#include <QList>
#include <QSqlDatabase>

namespace voronka {

// The call scripts a new base starts with. They are JSON files in resources/scripts, one script each (its title,
// language, start step and steps, the steps as CallScriptRepository's document has them), so that translators
// and users find and edit them as text rather than inside a schema step; voronka_storage compiles them in as
// :/voronka/scripts. Schema step 5, which creates the scripts table, seeds them once: a base that passed that step
// keeps its scripts as its users left them.
class DefaultCallScripts
{
public:
    // The schema step that seeds them (005_scripts.sql creates the table).
    static constexpr int schemaVersion = 5;

    // The scripts as the files give them, in the order of the files' names (which is the order of their ids in a
    // new base). Throws StorageError InvalidData for a file that is not a script a caller could follow.
    static QList<CallScript> load();
    // Inserts them into call_scripts; the schema migrator runs it inside step 5's transaction.
    static void seed(const QSqlDatabase &db);
};

} // namespace voronka
