#include "TextCleaner.h"

#include "domain/TextNormalization.h"

#include <utility>

namespace voronka {

bool TextCleaner::isDash(QChar c)
{
    return c.category() == QChar::Punctuation_Dash || c.unicode() == 0x2212; // U+2212 MINUS SIGN is a math symbol
}

QString TextCleaner::clean(const QString &value)
{
    // Spaces and invisible characters go as they go in everything stored; what follows is peculiar to lists.
    QString out = normalizedLine(value);
    if (out.isEmpty())
        return value.isEmpty() ? value : QString();

    // Excel's ="0123" keeps leading zeros (INNs, phones) when a program writes a CSV for Excel to open.
    if (out.size() >= 3 && out.startsWith(QLatin1String("=\"")) && out.back() == u'"'
        && out.indexOf(u'"', 2) == out.size() - 1) {
        out = out.mid(2, out.size() - 3).trimmed();
    }

    // A leading "'" is how Excel is told "this is text"; it leaks into exports as a stray first character.
    // A value wrapped in apostrophes ('Ромашка') is quoting, not the prefix, and stays as it is.
    if (out.startsWith(u'\'')) {
        const bool wrapped = out.size() >= 3 && out.back() == u'\'';
        if (!wrapped)
            out = out.mid(1).trimmed();
    }

    bool onlyDashesAndSpaces = true;
    for (const QChar c : std::as_const(out)) {
        if (c != u' ' && !isDash(c)) {
            onlyDashesAndSpaces = false;
            break;
        }
    }
    if (onlyDashesAndSpaces)
        return QString();
    return out;
}

} // namespace voronka
