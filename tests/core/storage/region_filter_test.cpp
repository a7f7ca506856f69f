// The region of a company: derived from its city by every writer, offered by the region filters, and kept to by the
// filter of every list (the cold base, clients, meetings, deals).
#include "domain/Deal.h"
#include "domain/Task.h"
#include "storage/ClientListQuery.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/MeetingListQuery.h"
#include "storage/PipelineQuery.h"
#include "storage/RegionListQuery.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "support/ListPaging.h"
#include "support/TestDatabase.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString moscow = QStringLiteral("Москва");
const QString sverdlovsk = QStringLiteral("Свердловская область");
const QString tatarstan = QStringLiteral("Республика Татарстан");

// Companies in three regions and one with a city nobody knows, at the stages the lists show.
struct RegionalBase
{
    TestDatabase base;
    QHash<QString, qint64> company;

    qint64 add(const QString &name, const QString &city, CompanyStage stage)
    {
        Company created = makeCompany(name, city);
        created.stage = stage;
        created.ownerId = 1;
        CompanyRepository(base.context()).create(created);
        company.insert(name, created.id);
        return created.id;
    }

    RegionalBase()
    {
        add(QStringLiteral("Альфа"), QStringLiteral("г. Москва"), CompanyStage::Cold);
        add(QStringLiteral("Бета"), QStringLiteral("Екатеринбург"), CompanyStage::Cold);
        add(QStringLiteral("Гамма"), QStringLiteral("Москва"), CompanyStage::Meeting);
        add(QStringLiteral("Дельта"), QStringLiteral("Нижний Тагил"), CompanyStage::Deal);
        add(QStringLiteral("Эпсилон"), QStringLiteral("Казань"), CompanyStage::Client);
        add(QStringLiteral("Жета"), QStringLiteral("москва"), CompanyStage::Client);
        add(QStringLiteral("Зета"), QStringLiteral("Кукуево"), CompanyStage::Cold);
    }

    QSet<QString> names(const QList<qint64> &ids) const
    {
        QSet<QString> found;
        for (auto it = company.cbegin(); it != company.cend(); ++it)
            if (ids.contains(it.value()))
                found.insert(it.key());
        return found;
    }

    QSet<QString> listed(const CompanyFilter &filter)
    {
        const CompanyListQuery query(base.db(), filter);
        const qint64 total = query.count();
        QList<qint64> ids;
        for (const CompanyListRow &row : query.rowsAt(0, 100, total))
            ids.append(row.id);
        CHECK(ids.size() == total);
        return names(ids);
    }
};

QSet<QString> setOf(std::initializer_list<const char16_t *> names)
{
    QSet<QString> set;
    for (const char16_t *name : names)
        set.insert(QString::fromUtf16(name));
    return set;
}

CompanyFilter inRegion(const QString &region)
{
    CompanyFilter filter;
    filter.region = region;
    return filter;
}
} // namespace

TEST_CASE("A company typed in gets its region from its city", "[storage][region]")
{
    RegionalBase regional;
    const auto regionOf = [&](const char16_t *name) {
        return CompanyRepository(regional.base.context())
            .find(regional.company.value(QString::fromUtf16(name)))
            ->region;
    };
    CHECK(regionOf(u"Альфа") == moscow);
    CHECK(regionOf(u"Бета") == sverdlovsk);
    CHECK(regionOf(u"Эпсилон") == tatarstan);
    CHECK(regionOf(u"Зета").isEmpty());
    // Stored as NULL, not '', so that the region index leaves it out.
    CHECK(SqlStatement::scalar(regional.base.db().connection(),
                               QStringLiteral("SELECT region IS NULL FROM companies WHERE id = ?"),
                               {regional.company.value(QStringLiteral("Зета"))})
              .toBool());
}

TEST_CASE("The card's save moves a derived region with the city and keeps a given one", "[storage][region]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    CompanyRecord typed;
    typed.company = makeCompany(QStringLiteral("Омега"), QStringLiteral("Казань"));
    CompanyRecord stored = records.save({}, typed);
    CHECK(stored.company.region == tatarstan);

    CompanyRecord moved = stored;
    moved.company.city = QStringLiteral("Екатеринбург");
    stored = records.save(stored, moved);
    CHECK(stored.company.region == sverdlovsk);

    // The person gives a region of their own: it stays when the city changes.
    CompanyRecord given = stored;
    given.company.region = QStringLiteral("Урал");
    stored = records.save(stored, given);
    CHECK(stored.company.region == QStringLiteral("Урал"));
    CompanyRecord movedAgain = stored;
    movedAgain.company.city = QStringLiteral("Москва");
    stored = records.save(stored, movedAgain);
    CHECK(stored.company.region == QStringLiteral("Урал"));

    // A region given in another spelling is stored by its canonical name.
    CompanyRecord spelled = stored;
    spelled.company.region = QStringLiteral("свердловская обл.");
    stored = records.save(stored, spelled);
    CHECK(stored.company.region == sverdlovsk);
}

TEST_CASE("The regions offered are those of the base's companies, sorted, read along the index", "[storage][region]")
{
    RegionalBase regional;
    CHECK(RegionListQuery::present(regional.base.db()) == QStringList{moscow, tatarstan, sverdlovsk});

    // One seek of companies_region per region, never a scan of the companies.
    SqlStatement explain(regional.base.db().connection(),
                         QStringLiteral("EXPLAIN QUERY PLAN SELECT (SELECT min(region) FROM companies "
                                        "WHERE region > ?)"));
    explain.bind(moscow).exec();
    QStringList details;
    while (explain.next())
        details.append(explain.value(3).toString());
    const QString plan = details.join(QStringLiteral(" | "));
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("companies_region")));
    CHECK_FALSE(plan.contains(QStringLiteral("SCAN companies")));
}

TEST_CASE("The cold base's region filter keeps exactly that region's companies", "[storage][region]")
{
    RegionalBase regional;
    CHECK(regional.listed(inRegion(moscow)) == setOf({u"Альфа", u"Гамма", u"Жета"}));
    CHECK(regional.listed(inRegion(sverdlovsk)) == setOf({u"Бета", u"Дельта"}));
    CHECK(regional.listed(inRegion(QStringLiteral("Алтайский край"))).isEmpty());
    CHECK(regional.listed({}).size() == 7);
    // With the stage and a search.
    CompanyFilter coldMoscow = inRegion(moscow);
    coldMoscow.stage = CompanyStage::Cold;
    CHECK(regional.listed(coldMoscow) == setOf({u"Альфа"}));
    CompanyFilter searched = inRegion(moscow);
    searched.search = QStringLiteral("гамма");
    CHECK(regional.listed(searched) == setOf({u"Гамма"}));
    CHECK(CompanyListQuery(regional.base.db(), inRegion(moscow))
              .positionOf(regional.company.value(QStringLiteral("Бета")))
          == -1);
}

TEST_CASE("A region of a big base pages in name order like the whole list", "[storage][region]")
{
    TestDatabase base;
    // 30,000 companies, every third one in Москва: more than a page is ever gathered for (CompanyListQuery).
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                                     "INSERT INTO companies (name, sort_key, stage, region, created_at, updated_at) "
                                     "SELECT 'Компания ' || i, printf('компания %05d', (i * 7919) % 30000), 'cold', "
                                     "CASE i % 3 WHEN 0 THEN 'Москва' ELSE 'Тверская область' END, "
                                     "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n"));
    QList<qint64> expected;
    {
        SqlStatement select(base.db().connection(),
                            QStringLiteral("SELECT id FROM companies WHERE region = 'Москва' ORDER BY sort_key, id"));
        select.exec();
        while (select.next())
            expected.append(select.value(0).toLongLong());
    }
    REQUIRE(expected.size() == 10000);
    const CompanyListQuery query(base.db(), inRegion(moscow));
    checkPagesLike(query, expected);
}

TEST_CASE("The clients, meetings and deals keep to a region too", "[storage][region]")
{
    RegionalBase regional;
    TestDatabase &base = regional.base;

    QSet<qint64> clients;
    ClientFilter clientFilter;
    clientFilter.region = moscow;
    for (const ClientListRow &row : ClientListQuery(base.context()).rows(clientFilter))
        clients.insert(row.companyId);
    CHECK(clients == QSet<qint64>{regional.company.value(QStringLiteral("Жета"))});
    clientFilter.region = tatarstan;
    CHECK(ClientListQuery(base.context()).rows(clientFilter).size() == 1);
    CHECK(ClientListQuery(base.context()).rows().size() == 2);

    for (const char16_t *name : {u"Гамма", u"Дельта"}) {
        Task meeting;
        meeting.companyId = regional.company.value(QString::fromUtf16(name));
        meeting.assigneeId = 1;
        meeting.kind = TaskKind::Meeting;
        meeting.dueAt = base.clock().nowUtc().addDays(1);
        TaskRepository(base.context()).create(meeting);
        Deal deal;
        deal.companyId = meeting.companyId;
        deal.ownerId = 1;
        deal.title = QStringLiteral("Поставка");
        DealRepository(base.context()).create(deal);
    }
    const MeetingListQuery meetings(base.context());
    CHECK(meetings.rows().size() == 2);
    REQUIRE(meetings.rows(0, moscow).size() == 1);
    CHECK(meetings.rows(0, moscow).at(0).companyId == regional.company.value(QStringLiteral("Гамма")));
    REQUIRE(meetings.rows(0, sverdlovsk).size() == 1);
    CHECK(meetings.rows(0, sverdlovsk).at(0).companyId == regional.company.value(QStringLiteral("Дельта")));
    CHECK(meetings.rows(0, tatarstan).isEmpty());

    const auto dealCompanies = [&](const QString &region) {
        QSet<qint64> ids;
        for (const PipelineColumn &column : PipelineQuery(base.context()).columns(0, region))
            for (const PipelineDeal &deal : column.deals)
                ids.insert(deal.companyId);
        return ids;
    };
    CHECK(dealCompanies(QString()).size() == 2);
    CHECK(dealCompanies(moscow) == QSet<qint64>{regional.company.value(QStringLiteral("Гамма"))});
    CHECK(dealCompanies(sverdlovsk) == QSet<qint64>{regional.company.value(QStringLiteral("Дельта"))});
    CHECK(dealCompanies(tatarstan).isEmpty());
}
