#include "SignInRecordRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

SignInRecordRepository::SignInRecordRepository(Database &db)
    : m_db(db)
{
}

SignInFailures SignInRecordRepository::failuresOf(qint64 userId) const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT failed_signins, last_failed_signin_at FROM users WHERE id = ?"));
    select.bind(userId).exec();
    if (!select.next())
        return {};
    return {select.value(0).toInt(), fromStoredTime(select.value(1))};
}

QString SignInRecordRepository::passwordHashOf(qint64 userId) const
{
    return SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                                {userId})
        .toString();
}

void SignInRecordRepository::recordFailure(qint64 userId, const QDateTime &at)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("UPDATE users SET failed_signins = failed_signins + 1, last_failed_signin_at = ? "
                                     "WHERE id = ?"),
                      {toStoredTime(at), userId});
}

void SignInRecordRepository::clearFailures(qint64 userId)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("UPDATE users SET failed_signins = 0, last_failed_signin_at = NULL WHERE id = ?"),
                      {userId});
}

void SignInRecordRepository::setPasswordHash(qint64 userId, const QString &hash)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("UPDATE users SET password_hash = ?, failed_signins = 0, "
                                     "last_failed_signin_at = NULL WHERE id = ?"),
                      {hash, userId});
}

SignInFailures SignInRecordRepository::failuresOfUnknown(const QString &foldedLogin) const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT failures, last_failed_at FROM signin_failures WHERE login = ?"));
    select.bind(foldedLogin).exec();
    if (!select.next())
        return {};
    return {select.value(0).toInt(), fromStoredTime(select.value(1))};
}

void SignInRecordRepository::setFailuresOfUnknown(const QString &foldedLogin, const SignInFailures &failures)
{
    SqlStatement::run(m_db.connection(),
                      QStringLiteral("INSERT INTO signin_failures (login, failures, last_failed_at) "
                                     "VALUES (?, ?, ?) ON CONFLICT (login) DO UPDATE SET "
                                     "failures = excluded.failures, last_failed_at = excluded.last_failed_at"),
                      {foldedLogin, failures.count, toStoredTime(failures.last)});
}

} // namespace voronka
