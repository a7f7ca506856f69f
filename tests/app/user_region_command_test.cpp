// voronka user add --region, user region and export --region, run through the real executable, checked against the
// base; a regional head signed in with --as exports their region only.
#include "ExitCode.h"
#include "SignInBase.h"
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "team/UserAdministration.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString userCommand = QStringLiteral("user");
const QString asOption = QStringLiteral("--as");
const QString head = QStringLiteral("head");
const QString ural = QStringLiteral("Свердловская область");

QJsonObject listedUser(const SignInBase &base, const QString &login)
{
    const VoronkaRun run = base.run({userCommand, QStringLiteral("list"), QStringLiteral("--json"), asOption, head},
                                    SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    for (const QJsonValue &value : run.json().value(QStringLiteral("users")).toArray())
        if (value.toObject().value(QStringLiteral("login")).toString() == login)
            return value.toObject();
    FAIL("not listed: " << login.toStdString());
    return {};
}
} // namespace

TEST_CASE("user add --region and user region set a person's region, which user list shows", "[cli][user][region]")
{
    const SignInBase base;
    VoronkaRun run
        = base.run({userCommand, QStringLiteral("add"), QStringLiteral("uralhead"), QStringLiteral("--name"),
                    QStringLiteral("Уральский Начальник"), QStringLiteral("--role"), head, QStringLiteral("--region"),
                    QStringLiteral("Свердловская обл"), QStringLiteral("--json"), asOption, head},
                   SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.json().value(QStringLiteral("region")).toString() == ural);
    CHECK(base.userValue(QStringLiteral("uralhead"), QStringLiteral("region")).toString() == ural);

    run = base.run(
        {userCommand, QStringLiteral("region"), QStringLiteral("caller1"), QStringLiteral("г. Казань"), asOption, head},
        SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.outText().contains(QStringLiteral("Республика Татарстан")));
    CHECK(listedUser(base, QStringLiteral("caller1")).value(QStringLiteral("region")).toString()
          == QStringLiteral("Республика Татарстан"));
    // Every region: null in JSON, "all" in the plain list.
    CHECK(listedUser(base, QStringLiteral("caller2")).value(QStringLiteral("region")).isNull());
    run = base.run({userCommand, QStringLiteral("list"), asOption, head}, SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.outText().contains(QStringLiteral("REGION")));
    CHECK(run.outText().contains(QStringLiteral("Республика Татарстан")));

    run = base.run({userCommand, QStringLiteral("region"), QStringLiteral("caller1"), QStringLiteral("--none"),
                    QStringLiteral("--json"), asOption, head},
                   SignInBase::headPassword);
    REQUIRE(run.exitCode == ExitOk);
    CHECK(run.json().value(QStringLiteral("region")).isNull());
    CHECK(base.userValue(QStringLiteral("caller1"), QStringLiteral("region")).isNull());
}

TEST_CASE("user region refuses nonsense, a missing --as and a person who is not the head", "[cli][user][region]")
{
    const SignInBase base;
    VoronkaRun run = base.run({userCommand, QStringLiteral("region"), QStringLiteral("caller1"),
                               QStringLiteral("Нью-Васюки"), asOption, head},
                              SignInBase::headPassword);
    CHECK(run.exitCode == ExitUsage);
    CHECK(run.err.contains(QStringLiteral("Нью-Васюки")));
    // Without --as on a base with sign-in: exit 9, nothing changed.
    run = base.run({userCommand, QStringLiteral("region"), QStringLiteral("caller1"), QStringLiteral("Москва")});
    CHECK(run.exitCode == ExitNotSignedIn);
    // A caller may not set regions.
    run = base.run({userCommand, QStringLiteral("region"), QStringLiteral("caller1"), QStringLiteral("Москва"),
                    asOption, QStringLiteral("caller1")},
                   SignInBase::callerPassword);
    CHECK(run.exitCode == ExitNotSignedIn);
    CHECK(base.userValue(QStringLiteral("caller1"), QStringLiteral("region")).isNull());
    // Usage: a region or --none, and --region only for add.
    CHECK(base.run({userCommand, QStringLiteral("region"), QStringLiteral("caller1"), asOption, head},
                   SignInBase::headPassword)
              .exitCode
          == ExitUsage);
    CHECK(base.run({userCommand, QStringLiteral("passwd"), QStringLiteral("caller1"), QStringLiteral("--region"),
                    QStringLiteral("Москва"), asOption, head},
                   SignInBase::headPassword)
              .exitCode
          == ExitUsage);
}

TEST_CASE("export --region writes one region, and a regional head exports theirs only", "[cli][export][region]")
{
    TestDatabase base;
    for (const auto &[name, city] : {std::pair{"Альфа", "Екатеринбург"}, std::pair{"Бета", "Нижний Тагил"},
                                     std::pair{"Гамма", "Москва"}, std::pair{"Дельта", "Казань"}}) {
        Company company = makeCompany(QString::fromUtf8(name), QString::fromUtf8(city));
        CompanyRepository(base.context()).create(company);
    }
    UserAdministration administration(base.context());
    administration.setPassword(head, SignInBase::headPassword);
    administration.add(QStringLiteral("uralhead"), QStringLiteral("Уральский Начальник"), {UserRole::Head},
                       QStringLiteral("Екатеринбург"));
    administration.setPassword(QStringLiteral("uralhead"), SignInBase::callerPassword);
    base.close();
    const auto exportAs = [&](const QString &login, const QString &password, const QStringList &more) {
        return runVoronka(QStringList{QStringLiteral("export"), QStringLiteral("--db"), base.path(), asOption, login}
                              + more,
                          {{QStringLiteral("VORONKA_PASSWORD"), password}});
    };

    VoronkaRun run
        = exportAs(head, SignInBase::headPassword, {QStringLiteral("--region"), QStringLiteral("свердловская обл.")});
    REQUIRE(run.exitCode == ExitOk);
    CHECK(exportedNames(run) == QStringList{QStringLiteral("Альфа"), QStringLiteral("Бета")});
    run = exportAs(head, SignInBase::headPassword, {});
    REQUIRE(run.exitCode == ExitOk);
    CHECK(exportedNames(run).size() == 4);

    run = exportAs(QStringLiteral("uralhead"), SignInBase::callerPassword, {});
    REQUIRE(run.exitCode == ExitOk);
    CHECK(exportedNames(run) == QStringList{QStringLiteral("Альфа"), QStringLiteral("Бета")});
    // Another region's filter within theirs: nothing.
    run = exportAs(QStringLiteral("uralhead"), SignInBase::callerPassword,
                   {QStringLiteral("--region"), QStringLiteral("Москва")});
    REQUIRE(run.exitCode == ExitOk);
    CHECK(exportedNames(run).isEmpty());
}
