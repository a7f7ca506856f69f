// voronka user list / add / passwd / deactivate, run through the real executable, checked against the base.
#include "ExitCode.h"
#include "SignInBase.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString userCommand = QStringLiteral("user");
const QString asOption = QStringLiteral("--as");
const QString head = QStringLiteral("head");

QStringList asHead()
{
    return {asOption, head};
}

// The users of `user list --json`, by login.
QHash<QString, QJsonObject> listed(const VoronkaRun &run)
{
    QHash<QString, QJsonObject> users;
    for (const QJsonValue &value : run.json().value(QStringLiteral("users")).toArray())
        users.insert(value.toObject().value(QStringLiteral("login")).toString(), value.toObject());
    return users;
}

VoronkaRun runOn(const TestDatabase &base, const QStringList &arguments, QHash<QString, QString> variables = {})
{
    return runVoronka(arguments + QStringList{QStringLiteral("--db"), base.path()}, variables);
}
} // namespace

TEST_CASE("user list prints each person with roles, state and companies held", "[cli][user]")
{
    const SignInBase base;
    const VoronkaRun run
        = base.run(QStringList{userCommand, QStringLiteral("list"), QStringLiteral("--json")} + asHead(),
                   SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    const auto users = listed(run);
    REQUIRE(users.size() == 4);
    const QJsonObject caller = users.value(QStringLiteral("caller1"));
    CHECK(caller.keys()
          == QStringList{QStringLiteral("active"), QStringLiteral("companies"), QStringLiteral("login"),
                         QStringLiteral("name"), QStringLiteral("region"), QStringLiteral("roles")});
    CHECK(caller.value(QStringLiteral("name")).toString() == QStringLiteral("Илья Звонарёв"));
    CHECK(caller.value(QStringLiteral("roles")).toArray() == QJsonArray{QStringLiteral("caller")});
    CHECK(caller.value(QStringLiteral("active")).toBool());
    CHECK(caller.value(QStringLiteral("companies")).toInt() == 2);
    CHECK(users.value(QStringLiteral("caller2")).value(QStringLiteral("companies")).toInt() == 1);
    CHECK(users.value(head).value(QStringLiteral("companies")).toInt() == 1);
    CHECK(users.value(QStringLiteral("collector")).value(QStringLiteral("companies")).toInt() == 0);

    // Any person signed in may list; the plain list has a line per person under a header.
    const VoronkaRun plain = base.run({userCommand, QStringLiteral("list"), asOption, QStringLiteral("caller2")},
                                      SignInBase::callerPassword);
    REQUIRE(plain.exitCode == ExitOk);
    const QStringList lines = plain.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith(QStringLiteral("LOGIN")));
    CHECK(plain.outText().contains(QStringLiteral("Илья Звонарёв")));
}

TEST_CASE("user add, passwd and deactivate work from the first password to a hand-over", "[cli][user]")
{
    TestDatabase base;
    createCompany(base, QStringLiteral("Первая"), CompanyStage::Cold, 0);
    base.close();
    const QHash<QString, QString> ivanPassword{{QStringLiteral("VORONKA_NEW_PASSWORD"), QStringLiteral("ivan-1")}};

    // No sign-in yet: anybody adds people, as before.
    VoronkaRun run = runOn(base,
                           {userCommand, QStringLiteral("add"), QStringLiteral("ivan"), QStringLiteral("--name"),
                            QStringLiteral("Иван Звонов"), QStringLiteral("--role"), QStringLiteral("caller,closer"),
                            QStringLiteral("--json")});
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.json().value(QStringLiteral("roles")).toArray()
          == QJsonArray{QStringLiteral("caller"), QStringLiteral("closer")});
    REQUIRE(runOn(base,
                  {userCommand, QStringLiteral("add"), QStringLiteral("petr"), QStringLiteral("--name"),
                   QStringLiteral("Пётр"), QStringLiteral("--role"), QStringLiteral("caller")})
                .exitCode
            == ExitOk);

    // The first password must be a head's: core's refusal, printed, and nothing set.
    run = runOn(base, {userCommand, QStringLiteral("passwd"), QStringLiteral("ivan")}, ivanPassword);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(run.err.contains(QStringLiteral("The first password must be a head's")));
    base.reopen();
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL"))
              .toInt()
          == 0);
    base.close();

    // No new password given, and no terminal to type it on: refused.
    CHECK(runOn(base, {userCommand, QStringLiteral("passwd"), head}).exitCode == ExitUsage);
    run = runOn(base, {userCommand, QStringLiteral("passwd"), head},
                {{QStringLiteral("VORONKA_NEW_PASSWORD"), SignInBase::headPassword}});
    REQUIRE(run.exitCode == ExitOk);
    CHECK_FALSE(run.outText().contains(SignInBase::headPassword));

    // Sign-in is on: the head sets ivan's password, ivan signs in and changes his own.
    const QHash<QString, QString> asTheHead{{QStringLiteral("VORONKA_PASSWORD"), SignInBase::headPassword}};
    QHash<QString, QString> variables = asTheHead;
    variables.insert(ivanPassword);
    CHECK(runOn(base, {userCommand, QStringLiteral("passwd"), QStringLiteral("ivan")}, ivanPassword).exitCode
          == ExitNotSignedIn);
    REQUIRE(
        runOn(base, QStringList{userCommand, QStringLiteral("passwd"), QStringLiteral("ivan")} + asHead(), variables)
            .exitCode
        == ExitOk);
    variables = {{QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("ivan-1")},
                 {QStringLiteral("VORONKA_NEW_PASSWORD"), QStringLiteral("ivan-2")}};
    REQUIRE(runOn(base,
                  {userCommand, QStringLiteral("passwd"), QStringLiteral("ivan"), asOption, QStringLiteral("ivan")},
                  variables)
                .exitCode
            == ExitOk);
    // ... but not somebody else's, and he may not add people.
    variables.insert(QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("ivan-2"));
    run = runOn(base, {userCommand, QStringLiteral("passwd"), head, asOption, QStringLiteral("ivan")}, variables);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(run.err.contains(QStringLiteral("Only the head of sales")));
    CHECK(runOn(base,
                {userCommand, QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--role"), QStringLiteral("caller"), asOption, QStringLiteral("ivan")},
                variables)
              .exitCode
          == ExitNotSignedIn);
    // The old password no longer signs in; the new one does.
    CHECK(runOn(base, {QStringLiteral("export"), asOption, QStringLiteral("ivan")},
                {{QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("ivan-1")}})
              .exitCode
          == ExitNotSignedIn);
    base.reopen();
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("UPDATE users SET failed_signins = 0, last_failed_signin_at = NULL"));
    // ivan holds three companies, which the deactivation hands to petr and the head, evenly.
    for (const char *name : {"Вторая", "Третья", "Четвёртая"})
        createCompany(
            base, QString::fromUtf8(name), CompanyStage::Cold,
            SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT id FROM users WHERE login = 'ivan'"))
                .toLongLong());
    base.close();
    CHECK(runOn(base, {QStringLiteral("export"), asOption, QStringLiteral("ivan")},
                {{QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("ivan-2")}})
              .exitCode
          == ExitOk);

    run = runOn(base,
                QStringList{userCommand, QStringLiteral("deactivate"), QStringLiteral("ivan"), QStringLiteral("--to"),
                            QStringLiteral("petr,head"), QStringLiteral("--json")}
                    + asHead(),
                asTheHead);
    REQUIRE(run.exitCode == ExitOk);
    const QJsonArray shares = run.json().value(QStringLiteral("shares")).toArray();
    REQUIRE(shares.size() == 2);
    CHECK(shares.at(0).toObject().value(QStringLiteral("login")).toString() == QStringLiteral("petr"));
    CHECK(shares.at(0).toObject().value(QStringLiteral("companies")).toInt() == 2);
    CHECK(shares.at(1).toObject().value(QStringLiteral("login")).toString() == head);
    CHECK(shares.at(1).toObject().value(QStringLiteral("companies")).toInt() == 1);
    base.reopen();
    const auto held = [&base](const char *login) {
        return SqlStatement::scalar(base.db().connection(),
                                    QStringLiteral("SELECT count(*) FROM companies c JOIN users u ON u.id = c.owner_id "
                                                   "WHERE u.login = ?"),
                                    {QString::fromLatin1(login)})
            .toInt();
    };
    CHECK(held("ivan") == 0);
    CHECK(held("petr") == 2);
    CHECK(held("head") == 1);
    CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT active FROM users WHERE login = 'ivan'"))
              .toInt()
          == 0);
    base.close();
    // A deactivated person signs in no more.
    CHECK(runOn(base, {QStringLiteral("export"), asOption, QStringLiteral("ivan")},
                {{QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("ivan-2")}})
              .exitCode
          == ExitNotSignedIn);
}

TEST_CASE("user deactivate refuses the last head and prints the plain hand-over", "[cli][user]")
{
    const SignInBase base;
    const auto owners = base.owners();
    VoronkaRun run = base.run(
        QStringList{userCommand, QStringLiteral("deactivate"), head, QStringLiteral("--to"), QStringLiteral("caller1")}
            + asHead(),
        SignInBase::headPassword);
    CHECK(run.exitCode == ExitFailure);
    CHECK(run.err.contains(QStringLiteral("only head of sales")));
    CHECK(base.userValue(head, QStringLiteral("active")).toInt() == 1);
    CHECK(base.owners() == owners);

    // A caller may not deactivate anybody.
    run = base.run({userCommand, QStringLiteral("deactivate"), QStringLiteral("caller2"), QStringLiteral("--to"),
                    QStringLiteral("caller1"), asOption, QStringLiteral("caller1")},
                   SignInBase::callerPassword);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(base.userValue(QStringLiteral("caller2"), QStringLiteral("active")).toInt() == 1);

    run = base.run(QStringList{userCommand, QStringLiteral("deactivate"), QStringLiteral("caller1"),
                               QStringLiteral("--to"), QStringLiteral("caller2")}
                       + asHead(),
                   SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.outText()
          == QStringLiteral("caller1 (Илья Звонарёв) is deactivated; 2 companies handed over:\n"
                            "  2 to Мария Голосова (caller2)\n"));
    CHECK(base.owners().value(QStringLiteral("mine1")) == QStringLiteral("caller2"));
    CHECK(base.owners().value(QStringLiteral("mine2")) == QStringLiteral("caller2"));
}

TEST_CASE("user usage errors exit 2 and change nothing", "[cli][user][bad-input]")
{
    const SignInBase base;
    const QStringList add{userCommand, QStringLiteral("add"), QStringLiteral("newcomer")};
    const QList<QStringList> wrong{
        add
            + QStringList{QStringLiteral("--name"), QStringLiteral("Новенький"), QStringLiteral("--role"),
                          QStringLiteral("boss")},
        add
            + QStringList{QStringLiteral("--name"), QStringLiteral("  "), QStringLiteral("--role"),
                          QStringLiteral("caller")},
        add + QStringList{QStringLiteral("--role"), QStringLiteral("caller")},
        add + QStringList{QStringLiteral("--name"), QStringLiteral("Новенький")},
        {userCommand, QStringLiteral("fire"), QStringLiteral("caller1")},
        {userCommand},
        {userCommand, QStringLiteral("passwd")},
        {userCommand, QStringLiteral("deactivate"), QStringLiteral("caller1")},
        {userCommand, QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("caller1")},
    };
    for (const QStringList &arguments : wrong) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(base.run(arguments + asHead(), SignInBase::headPassword).exitCode == ExitUsage);
    }
    // Unknown logins: core's message naming the login.
    VoronkaRun run = base.run(QStringList{userCommand, QStringLiteral("deactivate"), QStringLiteral("caller1"),
                                          QStringLiteral("--to"), QStringLiteral("nobody")}
                                  + asHead(),
                              SignInBase::headPassword);
    CHECK(run.exitCode == ExitUsage);
    CHECK(run.err.contains(QStringLiteral("nobody")));
    run = base.run(QStringList{userCommand, QStringLiteral("passwd"), QStringLiteral("nobody")} + asHead(),
                   SignInBase::headPassword, {{QStringLiteral("VORONKA_NEW_PASSWORD"), QStringLiteral("x")}});
    CHECK(run.exitCode == ExitUsage);
    // A taken login (in any case) is refused by the base.
    run = base.run(QStringList{userCommand, QStringLiteral("add"), QStringLiteral("CALLER1"), QStringLiteral("--name"),
                               QStringLiteral("Двойник"), QStringLiteral("--role"), QStringLiteral("caller")}
                       + asHead(),
                   SignInBase::headPassword);
    CHECK(run.exitCode == ExitFailure);
    CHECK(run.err.contains(QStringLiteral("taken")));
    CHECK(base.userValue(QStringLiteral("newcomer"), QStringLiteral("id")).isNull());
}
