#pragma once

#include "SqlCondition.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace voronka {

class Database;

// The FTS5 trigram index over a company's name, city, INN and phone digits.
// Text is case-folded in C++ before it is stored or searched, so Cyrillic matches regardless of case.
class CompanySearchIndex
{
public:
    // The conditions below are built for a base with or without companies waiting for the index (SearchBacklog);
    // with them, each also scans their waiting text, so that an imported company is found before it is indexed.
    enum class Backlog { None, Pending };

    explicit CompanySearchIndex(Database &db);

    // Whether companies wait for the index in this base now (one look at the backlog).
    Backlog backlog() const;

    // Rewrites the index entry of one company from its current row and phones (taking it out of the backlog).
    void refresh(qint64 companyId);
    // Takes a deleted company out of the index or the backlog.
    void remove(qint64 companyId);

    // The indexed text for a company; phone numbers contribute their digits in international and
    // national ("8...") spelling so that either finds them.
    static QString searchText(const QString &name, const QString &city, const QString &inn,
                              const QStringList &phoneNumbers);
    // Matches companies whose text contains every word of what the user typed. Words of three or more
    // characters use the trigram index; shorter ones are checked by scanning.
    static SqlCondition condition(const QString &userText, Backlog backlog);
    // A statement that counts the matching companies on the index (and the backlog) alone: the index holds one
    // row per company, so its count is the number of matching companies.
    static SqlCondition countStatement(const QString &userText, Backlog backlog);
    // The same match checked on one company's indexed text (companies alias c), word by word without the
    // trigram index: for walking the list in name order until a page of matches is found.
    static SqlCondition rowCondition(const QString &userText, Backlog backlog);
    // True when the text has a word the trigram index can look up (three or more characters).
    static bool usesIndex(const QString &userText);

private:
    Database &m_db;
};

} // namespace voronka
