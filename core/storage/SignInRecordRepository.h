#pragma once

#include <QDateTime>
#include <QString>

namespace voronka {

class Database;

// Failed sign-ins in a row under one login, and when the last was.
struct SignInFailures
{
    int count = 0;
    QDateTime last;
};

// What signing in reads and writes: a person's password hash and their failed tries, and the failed tries under
// logins nobody has (SignIn; the hash is read nowhere else).
class SignInRecordRepository
{
public:
    explicit SignInRecordRepository(Database &db);

    SignInFailures failuresOf(qint64 userId) const;
    QString passwordHashOf(qint64 userId) const; // empty: no password set
    void recordFailure(qint64 userId, const QDateTime &at);
    void clearFailures(qint64 userId);
    // A new password starts with a clean count.
    void setPasswordHash(qint64 userId, const QString &hash);

    // Under a login nobody has, case-folded.
    SignInFailures failuresOfUnknown(const QString &foldedLogin) const;
    void setFailuresOfUnknown(const QString &foldedLogin, const SignInFailures &failures);

private:
    Database &m_db;
};

} // namespace voronka
