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
    void setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace voronka
