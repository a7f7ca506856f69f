#pragma once

#include <QString>

namespace voronka {

// How text is stored, whoever gives it: a person typing in the card or a cold list being imported. A company
// typed by hand and the same company imported must end up as the same rows, so both writers apply these rules
// (through storage/CompanyColumns) and the import's cell cleaning (TextCleaner) is built on them.

// One line of text as stored: every kind of space, tab and line break (NBSP, U+2028 ...) becomes one plain space
// and runs of them collapse; control and invisible format characters (BOM, zero-width space, soft hyphen,
// direction marks) are dropped; the ends are trimmed. Text that is already so comes back as it is, without a copy.
QString normalizedLine(const QString &text);

// Text of several lines (a note) as stored: each line as normalizedLine, line breaks as '\n', and blank lines at
// the start and the end dropped (blank lines between paragraphs are kept).
QString normalizedLines(const QString &text);

} // namespace voronka
