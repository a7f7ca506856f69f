#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace voronka {

// Which company a phone, INN or e-mail already belongs to, for the duplicate check of an import.
// Keys are 64-bit numbers (a phone's or INN's digits, an e-mail's hash), so a million-row base fits in
// a few tens of megabytes.
class DuplicateIndex
{
public:
    enum class KeyKind { Phone, Inn, Email };
    struct Match
    {
        qint64 companyId = 0; // 0: no match
        KeyKind kind = KeyKind::Phone;
        QString value; // the phone, INN or e-mail that matched
    };

    void addPhone(const QString &e164, qint64 companyId);
    void addInn(const QString &inn, qint64 companyId); // digits only
    void addEmail(const QString &normalizedEmail, qint64 companyId);
    // First match by phone, then INN, then e-mail.
    Match find(const QStringList &e164Phones, const QString &inn, const QStringList &emails) const;
    qint64 size() const { return m_phones.size() + m_inns.size() + m_emails.size(); }
    void reserve(qsizetype phones, qsizetype inns, qsizetype emails);

private:
    static quint64 digitsKey(const QString &text);
    static quint64 innKey(const QString &inn);
    static quint64 textKey(const QString &text);

    QHash<quint64, qint64> m_phones;
    QHash<quint64, qint64> m_inns;
    QHash<quint64, qint64> m_emails;
};

} // namespace voronka
