#pragma once

#include <QString>

namespace voronka {

class Database;

// Finds the company a phone number, an INN or an e-mail address belongs to (an inquiry from someone already in the
// base), in the whole base whoever asks: the person taking a call must not create a second company for a client
// another colleague serves. One look-up in each key's index; the companies of an unfinished import are not found.
class CompanyKeyLookup
{
public:
    explicit CompanyKeyLookup(Database &db);

    // The lowest company id with the key, 0 for none or an empty key.
    qint64 byPhone(const QString &e164) const;
    qint64 byInn(const QString &inn) const;
    qint64 byEmail(const QString &address) const; // lowercased

private:
    qint64 first(const QString &sql, const QString &key) const;

    Database &m_db;
};

} // namespace voronka
