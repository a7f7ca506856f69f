#pragma once

#include <QString>
#include <QStringList>

namespace voronka {

// E-mail addresses as they come in cold lists: one or several per cell, in any case, now and then as a link.
class EmailAddress
{
public:
    // Cleaned (TextCleaner), "mailto:" and a surrounding <...> removed, lowercased. Lowercasing the local part
    // is not what RFC 5321 says, but no mail service a Russian company uses tells "Info@" from "info@", and
    // deduplication by e-mail needs one spelling.
    static QString normalized(const QString &value);
    // A pragmatic check, not RFC 5322: exactly one "@"; a local part without spaces, quotes, brackets, ",", ";"
    // or a leading, trailing or doubled dot; a domain of at least two dot-separated labels of letters (any
    // script, so почта.рф passes), digits and inner hyphens, the last label at least two characters and not all
    // digits. Meant for the output of normalized().
    static bool isValid(const QString &normalized);
    // Splits a cell holding several addresses at ",", ";" and whitespace and normalises each part. Every
    // non-empty part is returned, valid or not, so that the caller can flag what is not an address instead of
    // losing it; a part repeated in the same cell is returned once.
    static QStringList splitCell(const QString &cell);
};

} // namespace voronka
