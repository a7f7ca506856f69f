#include "TextCleaner.h"

#include <utility>

namespace voronka {

namespace {

enum class CharClass { Plain, Space, Drop };

CharClass classify(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u == u' ')
            return CharClass::Space;
        if (u == u'\t' || u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f')
            return CharClass::Space;
        return (u < 0x20 || u == 0x7F) ? CharClass::Drop : CharClass::Plain;
    }
    // isSpace() covers NBSP, U+0085, the typographic spaces and the line/paragraph separators.
    if (c.isSpace())
        return CharClass::Space;
    switch (c.category()) {
    case QChar::Other_Control: // C1 controls
    case QChar::Other_Format: // BOM, zero-width space/joiners, soft hyphen, direction marks
        return CharClass::Drop;
    default:
        return CharClass::Plain;
    }
}

// Most cells are already clean; finding that out without building a new string keeps a million-row import cheap.
bool isAlreadyClean(const QString &value)
{
    if (value.isEmpty())
        return true;
    if (value.front() == u'\'' || value.front() == u'=' || value.front() == u' ' || value.back() == u' ')
        return false;
    bool previousSpace = false;
    bool onlyDashes = true;
    for (const QChar c : value) {
        const CharClass cls = classify(c);
        if (cls == CharClass::Drop)
            return false;
        if (cls == CharClass::Space) {
            if (c != u' ' || previousSpace)
                return false;
            previousSpace = true;
            continue;
        }
        previousSpace = false;
        if (onlyDashes && !TextCleaner::isDash(c))
            onlyDashes = false;
    }
    return !onlyDashes;
}

} // namespace

bool TextCleaner::isDash(QChar c)
{
    return c.category() == QChar::Punctuation_Dash || c.unicode() == 0x2212; // U+2212 MINUS SIGN is a math symbol
}

QString TextCleaner::clean(const QString &value)
{
    if (isAlreadyClean(value))
        return value;

    QString out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const QChar c : value) {
        switch (classify(c)) {
        case CharClass::Drop:
            break;
        case CharClass::Space:
            pendingSpace = !out.isEmpty();
            break;
        case CharClass::Plain:
            if (pendingSpace)
                out.append(u' ');
            pendingSpace = false;
            out.append(c);
            break;
        }
    }

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
