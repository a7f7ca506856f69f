#pragma once

#include <QString>

namespace voronka {

// Case-folds text for comparison and search the way a Russian reader expects: "ЁЛКА" matches "елка".
QString foldForSearch(const QString &text);

// The digits of a string, in order ("+7 (495) 123-45-67" -> "74951234567").
QString digitsOf(const QString &text);

// The key companies are sorted by: folded, quotes dropped, leading legal form removed,
// so "ООО «Ромашка»" sorts under Р next to "Ромашка".
QString companySortKey(const QString &name);

} // namespace voronka
