#include "DuplicateIndex.h"

namespace voronka {

quint64 DuplicateIndex::digitsKey(const QString &text)
{
    // E.164 has at most 15 digits and an INN 12: the digits themselves are an exact 64-bit key.
    quint64 key = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            key = key * 10 + quint64(c.unicode() - u'0');
    }
    return key;
}

quint64 DuplicateIndex::textKey(const QString &text)
{
    // FNV-1a over UTF-16: stable, fast, and at 64 bits a collision among a few million addresses is negligible.
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

void DuplicateIndex::addPhone(const QString &e164, qint64 companyId)
{
    if (!e164.isEmpty())
        m_phones.insert(digitsKey(e164), companyId);
}

quint64 DuplicateIndex::innKey(const QString &inn)
{
    // The length goes into the top byte, so "0123456789" and "123456789" stay apart.
    return (quint64(inn.size()) << 56) | digitsKey(inn);
}

void DuplicateIndex::addInn(const QString &inn, qint64 companyId)
{
    if (!inn.isEmpty())
        m_inns.insert(innKey(inn), companyId);
}

void DuplicateIndex::addEmail(const QString &normalizedEmail, qint64 companyId)
{
    if (!normalizedEmail.isEmpty())
        m_emails.insert(textKey(normalizedEmail), companyId);
}

DuplicateIndex::Match DuplicateIndex::find(const QStringList &e164Phones, const QString &inn,
                                           const QStringList &emails) const
{
    for (const QString &phone : e164Phones) {
        const auto found = m_phones.constFind(digitsKey(phone));
        if (found != m_phones.constEnd())
            return {*found, KeyKind::Phone, phone};
    }
    if (!inn.isEmpty()) {
        const auto found = m_inns.constFind(innKey(inn));
        if (found != m_inns.constEnd())
            return {*found, KeyKind::Inn, inn};
    }
    for (const QString &email : emails) {
        const auto found = m_emails.constFind(textKey(email));
        if (found != m_emails.constEnd())
            return {*found, KeyKind::Email, email};
    }
    return {};
}

void DuplicateIndex::reserve(qsizetype phones, qsizetype inns, qsizetype emails)
{
    m_phones.reserve(phones);
    m_inns.reserve(inns);
    m_emails.reserve(emails);
}

} // namespace voronka
