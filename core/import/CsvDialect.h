#pragma once

#include <QChar>
#include <QList>
#include <QStringView>

namespace voronka {

// Guesses how the fields of a list are separated.
class CsvDialect
{
public:
    // ';' ',' '\t' '|', in the order that wins a tie (';' is what Excel writes in a Russian locale).
    static QList<QChar> candidates();

    // The candidate that splits the first maxRecords records of sample into the same number of fields most
    // consistently, preferring more fields; quoted text (with the delimiter or line breaks in it) is respected, and a
    // title line or a ragged row does not spoil the vote. When complete is false the sample was cut from a longer
    // text and its last, possibly partial record is left out. ';' when no candidate splits anything.
    static QChar sniffDelimiter(QStringView sample, int maxRecords = 50, bool complete = true);

    // Fields per record under delimiter, blank lines left out: what the vote above counts.
    static QList<int> fieldCounts(QStringView sample, QChar delimiter, int maxRecords = 50, bool complete = true);
};

} // namespace voronka
