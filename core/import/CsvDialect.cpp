#include "import/CsvDialect.h"

#include <QHash>

#include <cmath>

namespace voronka {

namespace {

struct Tally
{
    QList<int> counts;
    int malformed = 0; // records where a quoted field is followed by something other than the delimiter
};

Tally tally(QStringView sample, QChar delimiter, int maxRecords, bool complete)
{
    Tally result;
    int fields = 1;
    bool fieldStart = true;
    bool inQuotes = false;
    bool lineEmpty = true;
    bool malformed = false;
    const qsizetype size = sample.size();
    for (qsizetype i = 0; i < size && result.counts.size() < maxRecords; ++i) {
        const QChar c = sample[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && sample[i + 1] == u'"') {
                    ++i;
                } else {
                    inQuotes = false;
                    const QChar after = i + 1 < size ? sample[i + 1] : QLatin1Char('\n');
                    malformed = malformed || (after != delimiter && after != u'\r' && after != u'\n');
                }
            }
            continue;
        }
        if (c == delimiter) {
            ++fields;
            fieldStart = true;
            lineEmpty = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && sample[i + 1] == u'\n')
                ++i;
            if (!lineEmpty) {
                result.counts.append(fields);
                result.malformed += malformed;
            }
            fields = 1;
            fieldStart = true;
            lineEmpty = true;
            malformed = false;
        } else {
            // A quote opens a quoted field only where the field begins; elsewhere it is an inch sign or a typo.
            inQuotes = fieldStart && c == u'"';
            fieldStart = false;
            lineEmpty = false;
        }
    }
    if (complete && !lineEmpty && !inQuotes && result.counts.size() < maxRecords) {
        result.counts.append(fields);
        result.malformed += malformed;
    }
    return result;
}

} // namespace

QList<QChar> CsvDialect::candidates()
{
    return {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')};
}

QList<int> CsvDialect::fieldCounts(QStringView sample, QChar delimiter, int maxRecords, bool complete)
{
    return tally(sample, delimiter, maxRecords, complete).counts;
}

QChar CsvDialect::sniffDelimiter(QStringView sample, int maxRecords, bool complete)
{
    QChar best = QLatin1Char(';');
    double bestScore = 0;
    for (const QChar candidate : candidates()) {
        const Tally votes = tally(sample, candidate, maxRecords, complete);
        const QList<int> &counts = votes.counts;
        QHash<int, int> frequency;
        for (const int count : counts)
            ++frequency[count];
        int mode = 1;
        int modeFrequency = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeFrequency || (it.value() == modeFrequency && it.key() > mode)) {
                mode = it.key();
                modeFrequency = it.value();
            }
        }
        if (mode < 2)
            continue;
        // Consistency first; the logarithm lets a delimiter that splits into many fields beat one that splits into
        // two, as a comma inside every address of a ';' list would. A quote closed in the middle of a field
        // ("A";"Moscow, ... read with ',') means the quotes belong to another delimiter.
        const double consistency = double(modeFrequency) / double(counts.size());
        const double wellQuoted = double(counts.size() - votes.malformed) / double(counts.size());
        const double score = consistency * wellQuoted * std::log(double(mode));
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

} // namespace voronka
