// voronka assign: the head hands companies out from the command line; the numbers printed are checked against the
// base.
#include "ExitCode.h"
#include "SignInBase.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "team/Capacity.h"
#include "team/UserAdministration.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString assignCommand = QStringLiteral("assign");
const QString toOption = QStringLiteral("--to");

QStringList asHead()
{
    return {QStringLiteral("--as"), QStringLiteral("head")};
}

qint64 assignments(const SignInBase &base)
{
    auto db = Database::open(base.path());
    return SqlStatement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM assignments")).toLongLong();
}

} // namespace

TEST_CASE("assign --unassigned by weights prints how many went to whom, as the base holds them", "[cli][assign]")
{
    SignInBase base;
    for (int i = 4; i <= 9; ++i) // nine unassigned cold companies in all
        base.addCompany(QStringLiteral("pool%1").arg(i), CompanyStage::Cold);
    const VoronkaRun run = base.run(QStringList{assignCommand, QStringLiteral("--unassigned"), toOption,
                                                QStringLiteral("caller1,caller2"), QStringLiteral("--weights"),
                                                QStringLiteral("2,1"), QStringLiteral("--json")}
                                        + asHead(),
                                    SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    const QJsonObject json = run.json();
    CHECK(json.value(QStringLiteral("assignment")).toInt() > 0);
    const QJsonArray shares = json.value(QStringLiteral("shares")).toArray();
    REQUIRE(shares.size() == 2);
    const QJsonObject first = shares.at(0).toObject();
    const QJsonObject second = shares.at(1).toObject();
    CHECK(first.value(QStringLiteral("login")).toString() == QStringLiteral("caller1"));
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("Илья Звонарёв"));
    CHECK(first.value(QStringLiteral("companies")).toInt() == 6);
    CHECK(second.value(QStringLiteral("login")).toString() == QStringLiteral("caller2"));
    CHECK(second.value(QStringLiteral("companies")).toInt() == 3);

    QHash<QString, int> held;
    const auto owners = base.owners();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.key().startsWith(QStringLiteral("pool")))
            ++held[it.value()];
    CHECK(held.value(QStringLiteral("caller1")) == 6);
    CHECK(held.value(QStringLiteral("caller2")) == 3);
    CHECK(held.value(QString()) == 0);
    // Their own companies stay theirs.
    CHECK(owners.value(QStringLiteral("mine1")) == QStringLiteral("caller1"));
    CHECK(owners.value(QStringLiteral("theirs")) == QStringLiteral("caller2"));

    // Nothing left unassigned: nothing handed out, nothing recorded.
    const VoronkaRun again = base.run(
        QStringList{assignCommand, QStringLiteral("--unassigned"), toOption, QStringLiteral("caller1")} + asHead(),
        SignInBase::headPassword);
    CHECK(again.exitCode == ExitOk);
    CHECK(again.outText().contains(QStringLiteral("Nothing to hand out")));
    CHECK(assignments(base) == 1);
}

TEST_CASE("assign --from hands a person's companies to another, in plain words", "[cli][assign]")
{
    const SignInBase base;
    const VoronkaRun run = base.run(QStringList{assignCommand, QStringLiteral("--from"), QStringLiteral("caller1"),
                                                toOption, QStringLiteral("caller2")}
                                        + asHead(),
                                    SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.outText().contains(QStringLiteral(": 2 companies.\n")));
    CHECK(run.outText().contains(QStringLiteral("  2 to Мария Голосова (caller2)\n")));
    CHECK(base.owners().value(QStringLiteral("mine1")) == QStringLiteral("caller2"));
    CHECK(base.owners().value(QStringLiteral("mine2")) == QStringLiteral("caller2"));

    // Undone, the companies are caller1's again; a second undo and an unknown hand-out are refused.
    const QString id = run.outText().section(QLatin1Char(' '), 1, 1);
    const VoronkaRun undo
        = base.run(QStringList{assignCommand, QStringLiteral("--undo"), id, QStringLiteral("--json")} + asHead(),
                   SignInBase::headPassword);
    REQUIRE(undo.exitCode == ExitOk);
    CHECK(undo.json().value(QStringLiteral("companies_returned")).toInt() == 2);
    CHECK(base.owners().value(QStringLiteral("mine1")) == QStringLiteral("caller1"));
    CHECK(base.owners().value(QStringLiteral("mine2")) == QStringLiteral("caller1"));
    CHECK(
        base.run(QStringList{assignCommand, QStringLiteral("--undo"), id} + asHead(), SignInBase::headPassword).exitCode
        == ExitFailure);
    CHECK(base.run(QStringList{assignCommand, QStringLiteral("--undo"), QStringLiteral("99")} + asHead(),
                   SignInBase::headPassword)
              .exitCode
          == ExitUsage);
    CHECK(base.run(QStringList{assignCommand, QStringLiteral("--undo"), id, QStringLiteral("--unassigned")} + asHead(),
                   SignInBase::headPassword)
              .exitCode
          == ExitUsage);
    // Without sign-in nobody undoes anything.
    CHECK(base.run({assignCommand, QStringLiteral("--undo"), id}).exitCode == ExitNotSignedIn);
}

TEST_CASE("assign to a deactivated person is refused and changes nothing", "[cli][assign][bad-input]")
{
    const SignInBase base;
    {
        auto db = Database::open(base.path());
        SqlStatement::run(db->connection(), QStringLiteral("UPDATE users SET active = 0 WHERE login = 'caller2'"));
    }
    const auto owners = base.owners();
    const VoronkaRun run = base.run(
        QStringList{assignCommand, QStringLiteral("--unassigned"), toOption, QStringLiteral("caller1,caller2")}
            + asHead(),
        SignInBase::headPassword);
    CHECK(run.exitCode == ExitFailure);
    CHECK(run.err.contains(QStringLiteral("Мария Голосова is deactivated")));
    CHECK(run.out.isEmpty());
    CHECK(base.owners() == owners);
    CHECK(assignments(base) == 0);
}

TEST_CASE("assign refuses wrong selections and weights with exit 2, and a caller with exit 9",
          "[cli][assign][bad-input]")
{
    const SignInBase base;
    const auto owners = base.owners();
    const QStringList to{toOption, QStringLiteral("caller1,caller2")};
    const QList<QStringList> wrong{
        {assignCommand, QStringLiteral("--unassigned"), QStringLiteral("--weights"), QStringLiteral("2,x")},
        {assignCommand, QStringLiteral("--unassigned"), QStringLiteral("--weights"), QStringLiteral("2,0")},
        {assignCommand, QStringLiteral("--unassigned"), QStringLiteral("--weights"), QStringLiteral("2,-1")},
        {assignCommand, QStringLiteral("--unassigned"), QStringLiteral("--weights"), QStringLiteral("1,1,1")},
        {assignCommand, QStringLiteral("--unassigned"), QStringLiteral("--weights"), QStringLiteral("")},
        {assignCommand},
        {assignCommand, QStringLiteral("--unassigned"), QStringLiteral("--batch"), QStringLiteral("1")},
        {assignCommand, QStringLiteral("--batch"), QStringLiteral("first")},
        {assignCommand, QStringLiteral("--from"), QStringLiteral("nobody")},
    };
    for (const QStringList &arguments : wrong) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const VoronkaRun run = base.run(arguments + to + asHead(), SignInBase::headPassword);
        CHECK(run.exitCode == ExitUsage);
        CHECK(run.out.isEmpty());
    }
    CHECK(base.run(QStringList{assignCommand, QStringLiteral("--unassigned")} + asHead(), SignInBase::headPassword)
              .exitCode
          == ExitUsage);
    CHECK(base.run(QStringList{assignCommand, QStringLiteral("--unassigned"), toOption, QStringLiteral("nobody")}
                       + asHead(),
                   SignInBase::headPassword)
              .exitCode
          == ExitUsage);

    // Signed in, but not the head: may not hand out.
    const VoronkaRun caller
        = base.run({assignCommand, QStringLiteral("--unassigned"), toOption, QStringLiteral("caller1"),
                    QStringLiteral("--as"), QStringLiteral("caller1"), QStringLiteral("--json")},
                   SignInBase::callerPassword);
    CHECK(caller.exitCode == ExitNotSignedIn);
    CHECK(caller.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("Only the head")));
    CHECK(base.owners() == owners);
    CHECK(assignments(base) == 0);
}

TEST_CASE("assign over a capacity limit is refused with the numbers unless --over-limit is given",
          "[cli][assign][capacity]")
{
    const SignInBase base;
    {
        // A closer who leads one small company already, with a limit of one; the head holds the meeting company.
        auto db = Database::open(base.path());
        SystemClock clock;
        const DataContext head{*db, clock, 1};
        const User closer = UserAdministration(head).add(QStringLiteral("closer"), QStringLiteral("Олег Договоров"),
                                                         {UserRole::Closer});
        Capacity(head).setLimits({1, 15, 3, 200});
        SqlStatement::run(db->connection(),
                          QStringLiteral("UPDATE companies SET owner_id = ?, stage = 'meeting' WHERE name = 'pool3'"),
                          {closer.id});
    }
    const auto owners = base.owners();
    const QStringList handOut{assignCommand, QStringLiteral("--from"), QStringLiteral("head"), toOption,
                              QStringLiteral("closer")};
    const VoronkaRun refused = base.run(handOut + asHead(), SignInBase::headPassword);
    CHECK(refused.exitCode == ExitFailure);
    CHECK(
        refused.err.contains(QStringLiteral("Олег Договоров would lead 2 small or medium companies; the limit is 1.")));
    CHECK(refused.err.contains(QStringLiteral("--over-limit")));
    CHECK(refused.out.isEmpty());
    CHECK(base.owners() == owners);
    CHECK(assignments(base) == 0);
    const VoronkaRun json
        = base.run(handOut + asHead() + QStringList{QStringLiteral("--json")}, SignInBase::headPassword);
    CHECK(json.exitCode == ExitFailure);
    CHECK(json.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("the limit is 1")));

    const VoronkaRun anyway
        = base.run(handOut + asHead() + QStringList{QStringLiteral("--over-limit")}, SignInBase::headPassword);
    CHECK(anyway.exitCode == ExitOk);
    CHECK(base.owners().value(QStringLiteral("meeting")) == QStringLiteral("closer"));
    CHECK(assignments(base) == 1);
}
