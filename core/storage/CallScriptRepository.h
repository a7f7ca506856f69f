#pragma once

#include "DataContext.h"
#include "domain/CallScript.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace voronka {

// Call scripts (call_scripts): one row per script, its steps and answers a JSON document in the row
// (005_scripts.sql says why). Document format:
//   {"start": "greeting",
//    "steps": [{"id": "greeting", "title": "…", "text": "…",
//               "answers": [{"text": "…", "next": "pitch"}, {"text": "…", "outcome": "refused"}]}]}
// A new base has two default scripts, Russian and English.
class CallScriptRepository
{
    Q_DECLARE_TR_FUNCTIONS(CallScriptRepository)

public:
    explicit CallScriptRepository(DataContext context);

    // Title and language of every script, without steps, in title order; language filters when given.
    QList<CallScript> list(const QString &language = QString()) const;
    // The whole script; std::nullopt when there is none with that id.
    // Throws StorageError Damaged when the stored document cannot be read.
    std::optional<CallScript> load(qint64 id) const;
    // Throws StorageError InvalidData (with the first error of check()) for a script a caller could not follow,
    // or for a title already in use.
    void create(CallScript &script);
    // Saves title, language and steps; throws StorageError StaleVersion, NotFound or InvalidData.
    void update(CallScript &script);
    // Throws StorageError StaleVersion or NotFound.
    void remove(const CallScript &script);

    // Checks a script without the base: errors (no title or language, no steps, a missing start step,
    // repeated or empty step ids, a step without text or answers, an answer leading nowhere, to a step that
    // does not exist, or to an unknown outcome) and warnings (a step no answer can reach).
    static CallScriptCheck check(const CallScript &script);
    // The call outcome keys an answer may end a call with (the conversation outcomes of CallOutcome).
    static QStringList outcomeKeys();

    // The JSON document of a script's steps, and back (throws StorageError Damaged for an unreadable one).
    static QString toDocument(const CallScript &script);
    static void fromDocument(const QString &document, CallScript &script);

private:
    void validate(const CallScript &script) const;

    DataContext m_context;
};

} // namespace voronka
