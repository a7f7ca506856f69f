#include "PhoneCellSplitter.h"

#include "TextCleaner.h"

#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace voronka {

namespace {

// Fewer digits than this after a separator are an extension, the tail of a range or a note, not a number:
// even a rural local number has five digits ("2-34-56").
constexpr int minimumDigitsOfANumber = 5;

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'/':
    case u'\\':
    case u'|':
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x0085: // NEXT LINE
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return true;
    default:
        return false;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

template<std::size_t N>
bool isOneOf(QStringView word, const std::array<QStringView, N> &words)
{
    return std::any_of(words.begin(), words.end(),
                       [word](QStringView candidate) { return word.compare(candidate, Qt::CaseInsensitive) == 0; });
}

// Words that join two numbers: "... или 8 916 ...".
constexpr std::array<QStringView, 5> conjunctions = {u"или", u"либо", u"и", u"or", u"and"};

// Words that name what a number is; one that follows a number starts the next number.
constexpr std::array<QStringView, 22> labels
    = {u"тел",     u"телефон", u"моб",      u"мобильный", u"мобильн", u"сот",   u"сотовый", u"раб",
       u"рабочий", u"дом",     u"домашний", u"факс",      u"tel",     u"phone", u"mob",     u"mobile",
       u"cell",    u"fax",     u"whatsapp", u"viber",     u"ватсап",  u"вайбер"};

// Words that introduce an extension; a part starting with one belongs to the number before it.
constexpr std::array<QStringView, 10> extensionMarkers
    = {u"доб", u"добавочный", u"доп", u"вн", u"внутр", u"внутренний", u"ext", u"extension", u"x", u"д"};

bool startsWithExtensionMarker(QStringView part)
{
    qsizetype i = 0;
    while (i < part.size() && !part.at(i).isLetterOrNumber() && part.at(i) != u'#')
        ++i;
    if (i == part.size())
        return false;
    if (part.at(i) == u'#')
        return true;
    qsizetype end = i;
    while (end < part.size() && part.at(end).isLetter())
        ++end;
    const QStringView word = part.mid(i, end - i);
    if (word.compare(u"д", Qt::CaseInsensitive) == 0) // "д. 12"; a bare "д" could be anything
        return end < part.size() && part.at(end) == u'.';
    return !word.isEmpty() && isOneOf(word, extensionMarkers);
}

struct Part
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

struct Group
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool hasNumber = false;
};

// The pieces of the cell between possible cuts; the cuts themselves (separators, conjunctions) are left out.
using Parts = QVarLengthArray<Part, 8>;

Parts partsBetweenCuts(const QString &cell)
{
    Parts parts;
    qsizetype begin = 0;
    bool digitsSeen = false;
    const qsizetype size = cell.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = cell.at(i);
        if (isSeparator(c)) {
            parts.append({begin, i});
            begin = i + 1;
            digitsSeen = false;
            ++i;
            continue;
        }
        if (isAsciiDigit(c)) {
            digitsSeen = true;
            ++i;
            continue;
        }
        if (!c.isLetter() || (i > 0 && cell.at(i - 1).isLetterOrNumber())) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && cell.at(end).isLetter())
            ++end;
        if (end < size && cell.at(end).isDigit()) { // "x12", not a word
            i = end;
            continue;
        }
        const QStringView word = QStringView(cell).mid(i, end - i);
        if (isOneOf(word, conjunctions)) {
            parts.append({begin, i});
            begin = end;
            digitsSeen = false;
        } else if (digitsSeen && isOneOf(word, labels)) {
            // The label and an opening bracket before it go with the number they introduce.
            qsizetype cut = i;
            while (cut > begin && (cell.at(cut - 1).isSpace() || cell.at(cut - 1) == u'(' || cell.at(cut - 1) == u'['))
                --cut;
            parts.append({begin, cut});
            begin = cut;
            digitsSeen = false;
        }
        i = end;
    }
    parts.append({begin, size});
    return parts;
}

} // namespace

QStringList PhoneCellSplitter::split(const QString &cell)
{
    QVarLengthArray<Group, 4> groups;
    for (const Part &part : partsBetweenCuts(cell)) {
        const QStringView text = QStringView(cell).mid(part.begin, part.end - part.begin);
        int digits = 0;
        bool hasLetters = false;
        for (const QChar c : text) {
            if (isAsciiDigit(c))
                ++digits;
            else if (c.isLetter())
                hasLetters = true;
        }
        if (digits == 0 && !hasLetters)
            continue; // blanks or punctuation between two separators: nothing to keep
        const bool isNumber = digits >= minimumDigitsOfANumber && !startsWithExtensionMarker(text);
        if (groups.isEmpty() || (isNumber && groups.back().hasNumber)) {
            groups.append({part.begin, part.end, isNumber});
        } else {
            groups.back().end = part.end;
            groups.back().hasNumber = groups.back().hasNumber || isNumber;
        }
    }

    QStringList numbers;
    numbers.reserve(groups.size());
    for (const Group &group : std::as_const(groups)) {
        // The usual single number is the whole cell: clean it without copying it first.
        const bool wholeCell = group.begin == 0 && group.end == cell.size();
        const QString number = TextCleaner::clean(wholeCell ? cell : cell.mid(group.begin, group.end - group.begin));
        if (!number.isEmpty())
            numbers.append(number);
    }
    return numbers;
}

} // namespace voronka
