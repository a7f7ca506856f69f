#pragma once

#include <QString>

namespace voronka {

class Database;

// Key-value settings stored in the base, so that every desktop sharing the file sees the same.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    QString value(const QString &key, const QString &fallback = QString()) const;
    // A stored whole number within lowest…highest; fallback when it is missing, not a number or out of range
    // (an older or hand-edited base).
    int number(const QString &key, int fallback, int lowest, int highest) const;
    // A stored switch ("1" or "0"); fallback for anything else.
    bool flag(const QString &key, bool fallback) const;
    void setValue(const QString &key, const QString &value);
    void setFlag(const QString &key, bool on);

private:
    Database &m_db;
};

} // namespace voronka
