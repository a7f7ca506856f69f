#pragma once

#include "domain/User.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace voronka {

class Clock;
class Database;

// Who a command acts as: `--as LOGIN`. On a base with sign-in on the person signs in with the password in the
// environment variable VORONKA_PASSWORD, or typed on the terminal when there is one (never an argument: other
// accounts on the computer can read a process's arguments); without a valid --as the command stops with exit code 9
// before it reads a record. Signed in, the connection shows only that person's part of the base (Database::setViewer:
// core filters every reader) and writes in their name (userId()). On a base without sign-in --as names an active
// person without a password, and everybody sees everything, as before.
class CommandLineSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineSignIn)

public:
    static QCommandLineOption option();
    static const char *passwordVariable() { return "VORONKA_PASSWORD"; }

    // asLogin: --as's value, empty when it was not given.
    explicit CommandLineSignIn(const QString &asLogin);

    // Signs in on db (a failure is counted in the base so that the next try waits longer: when db was opened
    // read-only on a file that can be written, through a second, writable connection). Returns the exit code to stop
    // with, having said why on stderr (and as JSON on stdout in JSON mode), or std::nullopt: the command goes on as
    // userId().
    std::optional<int> signIn(Database &db, const Clock &clock, bool json = false);

    // The person the command acts as; 0 on a base without sign-in when --as was not given.
    qint64 userId() const { return m_user ? m_user->id : 0; }
    const std::optional<User> &user() const { return m_user; }

private:
    std::optional<QString> password(bool json, int &exitCode) const;

    QString m_login;
    std::optional<User> m_user;
};

} // namespace voronka
