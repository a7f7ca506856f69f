// --as: the command line signs in as a person and then sees and writes only as that person (exit 9 when it cannot).
#include "CommandLineSignIn.h"
#include "ExitCode.h"
#include "SignInBase.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString exportCommand = QStringLiteral("export");
const QString asOption = QStringLiteral("--as");

QString fixture(const char *name)
{
    return QStringLiteral(VORONKA_FIXTURES "/") + QString::fromLatin1(name) + QStringLiteral("/input.csv");
}

qint64 companyCount(const QString &path)
{
    auto db = Database::open(path);
    return SqlStatement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}
} // namespace

TEST_CASE("export signs in with --as and the password in VORONKA_PASSWORD", "[cli][signin]")
{
    const SignInBase base;
    const VoronkaRun head = base.run({exportCommand, asOption, QStringLiteral("head")}, SignInBase::headPassword);
    CHECK(head.exitCode == ExitOk);
    CHECK(exportedNames(head)
          == QStringList{QStringLiteral("meeting"), QStringLiteral("mine1"), QStringLiteral("mine2"),
                         QStringLiteral("pool1"), QStringLiteral("pool2"), QStringLiteral("pool3"),
                         QStringLiteral("theirs")});

    // A caller's export holds their own part of the base only: not the pool, not a colleague's, not the head's.
    const VoronkaRun caller
        = base.run({exportCommand, asOption, QStringLiteral("caller1")}, SignInBase::callerPassword);
    CHECK(caller.exitCode == ExitOk);
    CHECK(exportedNames(caller) == QStringList{QStringLiteral("mine1"), QStringLiteral("mine2")});
    // A login differs from another by more than case: the same person.
    CHECK(exportedNames(base.run({exportCommand, asOption, QStringLiteral("Caller2")}, SignInBase::callerPassword))
          == QStringList{QStringLiteral("theirs")});
}

TEST_CASE("a wrong password stops export with exit 9 and no records, and the failure is counted", "[cli][signin]")
{
    const SignInBase base;
    const QString wrong = QStringLiteral("not the password");
    const VoronkaRun run = base.run({exportCommand, asOption, QStringLiteral("caller1")}, wrong);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("Wrong login or password")));
    CHECK_FALSE(run.err.contains(wrong));
    // export reads read-only, but the failure went into the base: the next try waits longer, on any computer.
    CHECK(base.userValue(QStringLiteral("caller1"), QStringLiteral("failed_signins")).toInt() == 1);

    // An unknown login is told exactly as a wrong password.
    const VoronkaRun unknown = base.run({exportCommand, asOption, QStringLiteral("nobody")}, wrong);
    CHECK(unknown.exitCode == ExitNotSignedIn);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err == run.err);
    // --out is not even created when the sign-in is refused.
    const QString out = base.path() + QStringLiteral(".csv");
    CHECK(base.run({exportCommand, asOption, QStringLiteral("head"), QStringLiteral("--out"), out}, wrong).exitCode
          == ExitNotSignedIn);
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("right after wrong tries the sign-in says how many seconds to wait and exits 9", "[cli][signin]")
{
    const SignInBase base;
    {
        // Nine failures just now: the next try must wait 256 seconds, far longer than this test runs.
        auto db = Database::open(base.path());
        SqlStatement::run(db->connection(),
                          QStringLiteral("UPDATE users SET failed_signins = 9, last_failed_signin_at = ? "
                                         "WHERE login = 'caller1'"),
                          {toStoredTime(SystemClock().nowUtc())});
    }
    const VoronkaRun run = base.run({exportCommand, asOption, QStringLiteral("caller1")}, SignInBase::callerPassword);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("Try again in")));
    CHECK(run.err.contains(QStringLiteral("second")));
}

TEST_CASE("without a valid --as a base with sign-in on stops export, import, user and assign with exit 9",
          "[cli][signin]")
{
    const SignInBase base;
    const QString list = fixture("import-excel-cp1251");
    const QList<QStringList> commands{
        {exportCommand},
        {QStringLiteral("import"), list},
        {QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("1")},
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("newcomer"), QStringLiteral("--name"),
         QStringLiteral("Новенький"), QStringLiteral("--role"), QStringLiteral("caller")},
        {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("caller1")},
        {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("caller1"), QStringLiteral("--to"),
         QStringLiteral("caller2")},
        {QStringLiteral("assign"), QStringLiteral("--unassigned"), QStringLiteral("--to"), QStringLiteral("caller1")},
    };
    const auto owners = base.owners();
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const VoronkaRun missing
            = base.run(command, QString(), {{QStringLiteral("VORONKA_NEW_PASSWORD"), QStringLiteral("whatever")}});
        CHECK(missing.exitCode == ExitNotSignedIn);
        CHECK(missing.out.isEmpty());
        CHECK(missing.err.contains(QStringLiteral("needs sign-in")));
        // A password in the environment is no sign-in without --as.
        CHECK(base.run(command, SignInBase::headPassword).exitCode == ExitNotSignedIn);
        // And no password at all (the test's stdin is no terminal): refused, never waiting for typing.
        const VoronkaRun noPassword = base.run(command + QStringList{asOption, QStringLiteral("head")});
        CHECK(noPassword.exitCode == ExitNotSignedIn);
        CHECK(noPassword.out.isEmpty());
        CHECK(noPassword.err.contains(QStringLiteral("VORONKA_PASSWORD")));
        // In JSON mode the refusal is JSON too, with the exit code.
        if (command.constFirst() != exportCommand) {
            const VoronkaRun json = base.run(command + QStringList{QStringLiteral("--json")});
            CHECK(json.exitCode == ExitNotSignedIn);
            CHECK(json.json().value(QStringLiteral("exit_code")).toInt() == ExitNotSignedIn);
        }
    }
    CHECK(companyCount(base.path()) == 7);
    CHECK(base.owners() == owners);
    CHECK(base.userValue(QStringLiteral("newcomer"), QStringLiteral("id")).isNull());
    CHECK(base.userValue(QStringLiteral("caller1"), QStringLiteral("active")).toInt() == 1);

    // The maintenance commands read the file, not its clients: no --as needed.
    CHECK(base.run({QStringLiteral("info")}).exitCode == ExitOk);
}

TEST_CASE("a password far too long is refused with exit 9 and counted", "[cli][signin][bad-input]")
{
    const SignInBase base;
    // A process's environment takes at most 128 KiB per variable on Linux (execve refuses more) and 32 K characters in
    // all on Windows, so the real executable gets about the longest a script can give it; the 10 MB one goes to
    // CommandLineSignIn below.
#ifdef Q_OS_WIN
    const QString longest(8 * 1024, QLatin1Char('x'));
#else
    const QString longest(120 * 1024, QLatin1Char('x'));
#endif
    const VoronkaRun run = base.run({exportCommand, asOption, QStringLiteral("head")}, longest);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("Wrong login or password")));
    CHECK(run.err.size() < 1000);
    CHECK(base.userValue(QStringLiteral("head"), QStringLiteral("failed_signins")).toInt() == 1);

    // An empty password is no password either.
    CHECK(base.run({exportCommand, asOption, QStringLiteral("caller1")}, QString(QLatin1String(""))).exitCode
          == ExitNotSignedIn);
}

TEST_CASE("CommandLineSignIn refuses a 10 MB password from VORONKA_PASSWORD", "[cli][signin][bad-input]")
{
    const SignInBase base;
    const QByteArray huge(10 * 1024 * 1024, 'x');
    qputenv(CommandLineSignIn::passwordVariable(), huge);
    auto db = Database::open(base.path(), [] {
        DatabaseOptions options;
        options.readOnly = true;
        options.createIfMissing = false;
        return options;
    }());
    const SystemClock clock;
    CommandLineSignIn signIn(QStringLiteral("head"));
    const auto stop = signIn.signIn(*db, clock);
    qunsetenv(CommandLineSignIn::passwordVariable());
    CHECK(stop == std::optional<int>(ExitNotSignedIn));
    CHECK(signIn.userId() == 0);
    CHECK_FALSE(db->viewer().isHead());
    CHECK(base.userValue(QStringLiteral("head"), QStringLiteral("failed_signins")).toInt() == 1);

    // The same object with the right password: signed in, and the connection sees as the head.
    qputenv(CommandLineSignIn::passwordVariable(), SignInBase::headPassword.toUtf8());
    {
        auto fresh = Database::open(base.path());
        SqlStatement::run(fresh->connection(),
                          QStringLiteral("UPDATE users SET failed_signins = 0, last_failed_signin_at = NULL"));
    }
    CommandLineSignIn again(QStringLiteral("head"));
    CHECK_FALSE(again.signIn(*db, clock).has_value());
    qunsetenv(CommandLineSignIn::passwordVariable());
    CHECK(again.userId() == 1);
    CHECK(db->viewer().isHead());
}

TEST_CASE("On a base without sign-in, --as acts as that person without a password", "[cli][signin]")
{
    TestDatabase base;
    const qint64 collector
        = createUser(base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    const qint64 gone = createUser(base, QStringLiteral("gone"), QStringLiteral("Ушедший"), UserRole::Caller);
    SqlStatement::run(base.db().connection(), QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {gone});
    base.close();
    const QStringList import{QStringLiteral("import"), fixture("import-excel-cp1251"), QStringLiteral("--db"),
                             base.path(), QStringLiteral("--json")};

    // Neither an unknown nor a deactivated person can be acted as.
    for (const QString &login : {QStringLiteral("nobody"), QStringLiteral("gone")}) {
        const VoronkaRun refused = runVoronka(import + QStringList{asOption, login});
        CHECK(refused.exitCode == ExitNotSignedIn);
        CHECK(refused.json().value(QStringLiteral("exit_code")).toInt() == ExitNotSignedIn);
    }
    CHECK(companyCount(base.path()) == 0);

    const VoronkaRun run = runVoronka(import + QStringList{asOption, QStringLiteral("collector")});
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.json().value(QStringLiteral("imported")).toInt() == 5);
    base.reopen();
    // The importing person collected them, and is who wrote them.
    CHECK(
        SqlStatement::scalar(base.db().connection(),
                             QStringLiteral("SELECT count(*) FROM companies WHERE collected_by = ? AND updated_by = ?"),
                             {collector, collector})
            .toLongLong()
        == 5);
}
