#include "SettingsRepository.h"

#include "Database.h"
#include "SqlStatement.h"

namespace voronka {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const QVariant stored
        = SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return stored.isValid() && !stored.isNull() ? stored.toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
}

} // namespace voronka
