#include "domain/CompanyStage.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseWatcher.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
using Kind = ChangeSet::Kind;

// What a view following the hub heard: each announcement and who made it.
struct Listener
{
    explicit Listener(ChangeHub &hub)
    {
        QObject::connect(&hub, &ChangeHub::changed, [this](const ChangeSet &changes, const QObject *source) {
            heard.append(changes);
            sources.append(source);
        });
    }

    QList<ChangeSet> heard;
    QList<const QObject *> sources;
};
} // namespace

TEST_CASE("A change set names the records changed per kind, or a kind changed somewhere", "[storage][changes]")
{
    ChangeSet payment;
    CHECK(payment.isEmpty());
    payment.add(Kind::Payment, 7).add(Kind::Deal, 12).add(Kind::Company, 5).add(Kind::Company, 3);
    payment.addSomewhere(Kind::Task);
    CHECK_FALSE(payment.isEmpty());
    CHECK(payment.ids(Kind::Company) == QList<qint64>{3, 5});
    CHECK(payment.ids(Kind::Deal) == QList<qint64>{12});
    CHECK(payment.touches(Kind::Company, 5));
    CHECK_FALSE(payment.touches(Kind::Company, 4));
    CHECK(payment.touches(Kind::Deal));
    CHECK_FALSE(payment.touches(Kind::User));
    CHECK_FALSE(payment.touches(Kind::User, 1));
    // Somewhere: every task may have changed, none is named.
    CHECK(payment.touches(Kind::Task, 99));
    CHECK(payment.isSomewhere(Kind::Task));
    CHECK(payment.ids(Kind::Task).isEmpty());
    CHECK(payment.touchesAny(Kind::Company, {1, 3}));
    CHECK_FALSE(payment.touchesAny(Kind::Company, {1, 2}));
    CHECK_FALSE(payment.touchesAny(Kind::Payment, {}));
    CHECK(payment.touchesAny(Kind::Task, {42}));
    CHECK_FALSE(payment.isEverything());

    // "Somewhere" covers the ids named before and after it; an id the writer does not know (0) is "somewhere".
    ChangeSet import;
    import.add(Kind::Company, 1).addSomewhere(Kind::Company).add(Kind::Company, 2).add(Kind::Deal, 0);
    CHECK(import.isSomewhere(Kind::Company));
    CHECK(import.ids(Kind::Company).isEmpty());
    CHECK(import.isSomewhere(Kind::Deal));
    // Settings are read whole: a setting changed is always "somewhere".
    CHECK(ChangeSet().add(Kind::Setting, 3).isSomewhere(Kind::Setting));

    ChangeSet merged = payment;
    merged.merge(ChangeSet().add(Kind::Company, 9).add(Kind::User, 2));
    CHECK(merged.ids(Kind::Company) == QList<qint64>{3, 5, 9});
    CHECK(merged.ids(Kind::User) == QList<qint64>{2});
    CHECK(merged.merge(import).isSomewhere(Kind::Company));
    CHECK(merged.ids(Kind::Payment) == QList<qint64>{7});

    const ChangeSet everything = ChangeSet::everything();
    CHECK(everything.isEverything());
    for (const Kind kind : ChangeSet::allKinds())
        CHECK(everything.touches(kind, 123));
    CHECK(ChangeSet().merge(everything) == everything);
}

TEST_CASE("The change hub delivers each announcement with its writer, and not an empty one", "[storage][changes]")
{
    TestDatabase base;
    ChangeHub &hub = base.db().changes();
    CHECK(&hub == &base.db().changes()); // one per open base
    Listener listener(hub);
    QObject writer;

    hub.announce(ChangeSet().add(Kind::Deal, 4).add(Kind::Company, 8), &writer);
    hub.announce(ChangeSet());
    hub.announce(ChangeSet().addSomewhere(Kind::Task));

    REQUIRE(listener.heard.size() == 2);
    CHECK(listener.heard.at(0).ids(Kind::Deal) == QList<qint64>{4});
    CHECK(listener.heard.at(0).ids(Kind::Company) == QList<qint64>{8});
    CHECK_FALSE(listener.heard.at(0).touches(Kind::Task));
    CHECK(listener.sources.at(0) == &writer);
    CHECK(listener.heard.at(1).isSomewhere(Kind::Task));
    CHECK(listener.sources.at(1) == nullptr);
}

TEST_CASE("The database watcher announces another connection's commit as everything changed, not its own",
          "[storage][changes][watcher]")
{
    TestDatabase base;
    DatabaseWatcher watcher(base.db());
    Listener listener(base.db().changes());

    createCompany(base, QStringLiteral("Own write"), CompanyStage::Cold, 0);
    watcher.checkNow();
    CHECK(listener.heard.isEmpty()); // the window that wrote announces its own writes, with their ids

    auto otherDesktop = Database::open(base.path());
    Listener elsewhere(otherDesktop->changes());
    Company company = makeCompany(QStringLiteral("Written elsewhere"));
    CompanyRepository(DataContext{*otherDesktop, base.clock(), 1}).create(company);
    watcher.checkNow();
    REQUIRE(listener.heard.size() == 1);
    CHECK(listener.heard.first().isEverything());
    CHECK(listener.sources.first() == nullptr);
    CHECK(elsewhere.heard.isEmpty()); // each base its own hub

    watcher.checkNow();
    CHECK(listener.heard.size() == 1);
}
