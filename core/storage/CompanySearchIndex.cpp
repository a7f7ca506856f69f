#include "CompanySearchIndex.h"

#include "Database.h"
#include "SearchBacklog.h"
#include "SqlStatement.h"
#include "domain/TextFolding.h"

#include <QRegularExpression>

#include <algorithm>

namespace voronka {

namespace {
// A phone-looking query ("8 (495) 123-45") is searched by its digits alone.
bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phoneChars(QStringLiteral("^[\\d\\s()+\\-.]+$"));
    return phoneChars.match(text).hasMatch() && digitsOf(text).size() >= 3;
}

QString ftsPhrase(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The case-folded words of what the user typed; a phone-looking text is one word of its digits.
QStringList searchWords(const QString &userText)
{
    const QString text = userText.simplified();
    if (text.isEmpty())
        return {};
    if (looksLikePhone(text))
        return {digitsOf(text)};
    return foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

constexpr int trigramLength = 3;

// The match on company_search itself (no alias): the trigram index for the long words, a scan for the short ones.
SqlCondition indexCondition(const QStringList &words)
{
    QStringList longWords;
    QStringList clauses;
    QVariantList values;
    for (const QString &word : words) {
        if (word.size() >= trigramLength)
            longWords.append(ftsPhrase(word));
    }
    if (!longWords.isEmpty()) {
        clauses.append(QStringLiteral("company_search MATCH ?"));
        values.append(longWords.join(QLatin1Char(' ')));
    }
    for (const QString &word : words) {
        if (word.size() < trigramLength) {
            // A plain substring test: FTS5 never sees it (its trigram GLOB and LIKE miss short Cyrillic patterns,
            // SQLite 3.40 counts bytes, not characters), and it needs no escaping.
            clauses.append(QStringLiteral("instr(text, ?) > 0"));
            values.append(word);
        }
    }
    return {clauses.join(QStringLiteral(" AND ")), values};
}

// Every word as a substring of a column named text (the index's or the backlog's): the trigram index finds exactly
// the rows that hold a word as a substring (both sides are folded the same way before they get here), so instr()
// gives the same matches one row at a time.
SqlCondition textCondition(const QStringList &words, const QString &text)
{
    QStringList clauses;
    QVariantList values;
    for (const QString &word : words) {
        clauses.append(QStringLiteral("instr(%1, ?) > 0").arg(text));
        values.append(word);
    }
    return {clauses.join(QStringLiteral(" AND ")), values};
}
} // namespace

CompanySearchIndex::CompanySearchIndex(Database &db)
    : m_db(db)
{
}

QString CompanySearchIndex::searchText(const QString &name, const QString &city, const QString &inn,
                                       const QStringList &phoneNumbers)
{
    QStringList parts = {foldForSearch(name), foldForSearch(city), inn};
    for (const QString &phone : phoneNumbers) {
        const QString digits = digitsOf(phone);
        if (digits.isEmpty())
            continue;
        parts.append(digits);
        if (digits.size() == 11 && digits.startsWith(QLatin1Char('7')))
            parts.append(QLatin1Char('8') + digits.mid(1));
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

SqlCondition CompanySearchIndex::condition(const QString &userText, Backlog backlog)
{
    const QStringList words = searchWords(userText);
    if (words.isEmpty())
        return {};
    const SqlCondition onIndex = indexCondition(words);
    QString sql = QStringLiteral("c.id IN (SELECT rowid FROM company_search WHERE ") + onIndex.sql;
    QVariantList values = onIndex.values;
    if (backlog == Backlog::Pending) {
        const SqlCondition waiting = textCondition(words, QStringLiteral("text"));
        sql += QStringLiteral(" UNION ALL SELECT company_id FROM search_backlog WHERE ") + waiting.sql;
        values += waiting.values;
    }
    return {sql + QLatin1Char(')'), values};
}

SqlCondition CompanySearchIndex::countStatement(const QString &userText, Backlog backlog)
{
    const QStringList words = searchWords(userText);
    if (words.isEmpty())
        return {};
    const SqlCondition onIndex = indexCondition(words);
    if (backlog == Backlog::None)
        return {QStringLiteral("SELECT count(*) FROM company_search WHERE ") + onIndex.sql, onIndex.values};
    const SqlCondition waiting = textCondition(words, QStringLiteral("text"));
    return {QStringLiteral("SELECT (SELECT count(*) FROM company_search WHERE ") + onIndex.sql
                + QStringLiteral(") + (SELECT count(*) FROM search_backlog WHERE ") + waiting.sql + QLatin1Char(')'),
            onIndex.values + waiting.values};
}

SqlCondition CompanySearchIndex::rowCondition(const QString &userText, Backlog backlog)
{
    const QStringList words = searchWords(userText);
    if (words.isEmpty())
        return {};
    const SqlCondition own = textCondition(words, QStringLiteral("s.text"));
    const QString indexed = QStringLiteral("EXISTS (SELECT 1 FROM company_search s WHERE s.rowid = c.id AND ") + own.sql
        + QLatin1Char(')');
    if (backlog == Backlog::None)
        return {indexed, own.values};
    return {QLatin1Char('(') + indexed
                + QStringLiteral(" OR EXISTS (SELECT 1 FROM search_backlog s WHERE s.company_id = c.id AND ") + own.sql
                + QStringLiteral("))"),
            own.values + own.values};
}

bool CompanySearchIndex::usesIndex(const QString &userText)
{
    const QStringList words = searchWords(userText);
    return std::any_of(words.cbegin(), words.cend(), [](const QString &word) { return word.size() >= trigramLength; });
}

CompanySearchIndex::Backlog CompanySearchIndex::backlog() const
{
    return SearchBacklog(m_db).pending() ? Backlog::Pending : Backlog::None;
}

void CompanySearchIndex::refresh(qint64 companyId)
{
    const QSqlDatabase db = m_db.connection();
    SqlStatement company(db, QStringLiteral("SELECT name, city, inn FROM companies WHERE id = ?"));
    company.bind(companyId).exec();
    if (!company.next()) {
        remove(companyId);
        return;
    }
    const QString name = company.value(0).toString();
    const QString city = company.value(1).toString();
    const QString inn = company.value(2).toString();
    company.done();

    QStringList phones;
    SqlStatement phoneRows(db, QStringLiteral("SELECT coalesce(e164, raw) FROM phones WHERE company_id = ?"));
    phoneRows.bind(companyId).exec();
    while (phoneRows.next())
        phones.append(phoneRows.value(0).toString());

    remove(companyId);
    SqlStatement::run(db, QStringLiteral("INSERT INTO company_search (rowid, text) VALUES (?, ?)"),
                      {companyId, searchText(name, city, inn, phones)});
}

void CompanySearchIndex::remove(qint64 companyId)
{
    const QSqlDatabase db = m_db.connection();
    SqlStatement::run(db, QStringLiteral("DELETE FROM company_search WHERE rowid = ?"), {companyId});
    SqlStatement::run(db, QStringLiteral("DELETE FROM search_backlog WHERE company_id = ?"), {companyId});
}

} // namespace voronka
