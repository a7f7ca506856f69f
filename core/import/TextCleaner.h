#pragma once

#include <QString>

namespace voronka {

// Tidies one cell of an imported list before anything else reads it.
class TextCleaner
{
public:
    // Normalises the cell as every stored line is (normalizedLine: one plain space for every run of spaces, tabs
    // and line breaks, no control or invisible characters, trimmed); then drops the "'" Excel puts before text it
    // must not read as a number and unwraps Excel's ="0123" text formula.
    // A cell of dashes only ("-", "—", "- -") is a placeholder for "nothing" and comes back empty. Words such as
    // "нет", "n/a" or "null" are kept: in a comment "нет" is an answer, and a phone or INN cell saying "нет"
    // is flagged by its own check where the user sees it; guessing them away would drop data silently.
    static QString clean(const QString &value);

    // True for a character clean() treats as a dash: hyphen-minus, the Unicode dashes and the minus sign.
    static bool isDash(QChar c);
};

} // namespace voronka
