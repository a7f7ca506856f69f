#pragma once

#include <QString>
#include <QStringList>

namespace voronka {

// The Russian federal subject ("Свердловская область") of a city as people type it in Excel lists, for the region of
// a company. Knows every federal subject (by its name and the short forms people write: "Свердловская обл",
// "Татарстан", "ХМАО"), every regional capital and every city of about 100,000 people or more, in Russian and in the
// usual Latin spellings ("Moscow", "Yekaterinburg"). Case, ё/е, the prefix "г."/"город", hyphens and extra spaces do
// not matter. A name it does not know, or one that several big places share ("Железногорск"), gives no region: it
// never guesses.
class RegionOfCity
{
public:
    // The canonical name of the region of a city, or of a text that already names a region; empty when unknown.
    // A text of several parts ("Нижегородская обл., г. Дзержинск", "г. Москва, ул. Ленина") gives the region its
    // known parts agree on.
    static QString of(const QString &cityOrRegion);

    // A region as a person gave it (an import's Region column, the head's choice): its canonical name when it names
    // a region or a city, else the text as given (one line, trimmed): a team may divide the country its own way.
    static QString canonical(const QString &region);

    // Whether the text names a federal subject or a city of one.
    static bool isKnown(const QString &cityOrRegion) { return !of(cityOrRegion).isEmpty(); }

    // Every federal subject's canonical name, in alphabetical order.
    static QStringList allRegions();

    // What a company's region becomes when its card is saved with `newCity` and `newRegion`, having been loaded with
    // `oldCity` and `oldRegion`: a region the person changed is theirs (canonical()); a region left as it was follows
    // the city when it was empty or derived from the old city (a move from Казань to Самара moves it too), and stays
    // when it was given otherwise (an import's Region column, a village the table does not know).
    static QString afterEdit(const QString &oldCity, const QString &oldRegion, const QString &newCity,
                             const QString &newRegion);
};

} // namespace voronka
