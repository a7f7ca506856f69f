#include "TextNormalization.h"

#include <QStringList>

namespace voronka {

namespace {

enum class CharClass { Plain, Space, Drop };

CharClass classify(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f')
            return CharClass::Space;
        return (u < 0x20 || u == 0x7F) ? CharClass::Drop : CharClass::Plain;
    }
    // The Cyrillic block holds neither spaces nor format characters; most of a Russian base's text is in it, and
    // a million-row import asks this of every character twice (cleaning the cell, then storing it).
    if (u >= 0x0400 && u <= 0x04FF)
        return CharClass::Plain;
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

// Most text is already as stored; finding that out without building a new string keeps a large import cheap.
bool isNormalizedLine(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (text.front() == u' ' || text.back() == u' ')
        return false;
    bool previousSpace = false;
    for (const QChar c : text) {
        switch (classify(c)) {
        case CharClass::Drop:
            return false;
        case CharClass::Space:
            if (c != u' ' || previousSpace)
                return false;
            previousSpace = true;
            break;
        case CharClass::Plain:
            previousSpace = false;
            break;
        }
    }
    return true;
}

} // namespace

QString normalizedLine(const QString &text)
{
    if (isNormalizedLine(text))
        return text;
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
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
    return out;
}

QString normalizedLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const char16_t u = text.at(i).unicode();
            // CR LF, CR, LF and the Unicode separators end a line; a CR followed by LF ends one line, not two.
            if (u != u'\n' && u != u'\r' && u != 0x2028 && u != 0x2029 && u != 0x0085)
                continue;
        }
        lines.append(normalizedLine(text.mid(start, i - start)));
        if (i + 1 < text.size() && text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace voronka
