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

int SettingsRepository::number(const QString &key, int fallback, int lowest, int highest) const
{
    bool ok = false;
    const int stored = value(key).toInt(&ok);
    return ok && stored >= lowest && stored <= highest ? stored : fallback;
}

bool SettingsRepository::flag(const QString &key, bool fallback) const
{
    const QString stored = value(key);
    if (stored == QLatin1String("1"))
        return true;
    if (stored == QLatin1String("0"))
        return false;
    return fallback;
}

void SettingsRepository::setFlag(const QString &key, bool on)
{
    setValue(key, on ? QStringLiteral("1") : QStringLiteral("0"));
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
}

} // namespace voronka
