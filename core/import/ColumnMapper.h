#pragma once

#include "ImportField.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace voronka {

// What ColumnMapper makes of the first rows of a list: a field per column, to show in the preview.
struct ColumnGuess
{
    // One per column (as many as the widest of the rows given), ImportField::Ignore where nothing fits.
    // Phone and Email may appear in several columns (a company has many of both); every other field in at most
    // one column.
    QList<ImportField> fields;
    bool headerFound = false; // the first row is a header (its cells are known column names), not data
};

// Guesses which column of an imported list feeds which field.
class ColumnMapper
{
public:
    // With a header: each cell is looked up among Russian and English column names (case, punctuation, spaces,
    // ё/е and trailing numbers ignored, so "Телефон 2" and "E-mail" match). The first row is a header when at
    // least one cell is a known name and none looks like data (a phone, an e-mail, a valid INN).
    //
    // Then every column still unmapped (all of them without a header) is guessed from its values: most of them
    // e-mails -> Email, valid INNs -> Inn, phones that normalise -> Phone, links (http, www.) -> Website; and of
    // the columns where at least a third of the values name a legal form (ООО, ИП, АО ...), the one with the
    // longest values -> Company, unless a header already named one. Text fields such as City or Position are not
    // guessed from data: nothing in the values tells them apart reliably.
    //
    // Duplicates: every column named Phone or Email keeps it. For any other field the first column wins and later
    // ones become Ignore (the preview shows them, the user can pick). Company is the exception to "first": a
    // specific name ("Компания", "Organization") beats the generic English "Name", and that "Name" then becomes
    // ContactName when no column is one already, as in "Name, Company, Phone" exports of address books.
    static ColumnGuess guess(const QList<QStringList> &firstRows);

    // The field a header cell names, Ignore when it is not a known name.
    static ImportField fieldForHeader(const QString &headerCell);

    // A stable key for "the same header", to offer a saved mapping again: each cell case-folded, ё as е, only
    // letters and digits kept (numbers too: "Телефон 1" and "Телефон 2" are different columns), joined by "|";
    // empty trailing cells, which Excel adds freely, do not count.
    static QString headerSignature(const QStringList &header);
};

} // namespace voronka
