#pragma once

#include <QString>
#include <QStringList>

namespace voronka {

class Database;

// The rows a new base starts with that people read: the reasons a company or a deal is lost, and the title of the
// first user. The schema's migrations write them in English, since a migration cannot know who will read them;
// a base created for another language has them rewritten once, right after it is created, in the language the
// caller gives (the interface's: core makes no guess of its own). A language without seeds keeps English.
class LanguageSeeds
{
public:
    // The lost reasons a new base offers, in the order they are listed.
    static QStringList lostReasons(const QString &language);
    // The first user's name in a new base: the role's title.
    static QString firstUserName(const QString &language);

    // Rewrites the English seeds of a just-created base into the language ("ru", "en"; a locale name such as
    // "ru_RU" is read by its language). Rows someone has already changed are left alone. Throws StorageError.
    static void apply(Database &db, const QString &language);
};

} // namespace voronka
