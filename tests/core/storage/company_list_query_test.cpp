#include "demo/DemoCompanyGenerator.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/WriteTransaction.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::createCompany;
using voronka::test::createUser;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

namespace {
void fillWithGenerated(TestDatabase &base, int count)
{
    WriteTransaction transaction(base.db());
    CompanyBulkWriter writer(base.context());
    DemoCompanyGenerator generator(7);
    for (int i = 0; i < count; ++i) {
        CompanyRecord record = generator.next();
        writer.insert(record);
    }
    transaction.commit();
}

QList<qint64> idsOf(const QList<CompanyListRow> &rows)
{
    QList<qint64> ids;
    for (const auto &row : rows)
        ids.append(row.id);
    return ids;
}

CompanyFilter searchFor(const QString &text)
{
    return CompanyFilter{text, std::nullopt, 0};
}
} // namespace

TEST_CASE("Pages read from either end or by keyset give the same order", "[storage][list]")
{
    TestDatabase base;
    fillWithGenerated(base, 250);
    const CompanyListQuery query(base.db(), {});
    const qint64 total = query.count();
    REQUIRE(total == 250);

    QList<CompanyListRow> all;
    for (qint64 offset = 0; offset < total; offset += 30)
        all += query.rowsAt(offset, 30, total);
    REQUIRE(all.size() == 250);
    for (int i = 1; i < all.size(); ++i) {
        INFO("row " << i);
        CHECK((all.at(i - 1).sortKey < all.at(i).sortKey
               || (all.at(i - 1).sortKey == all.at(i).sortKey && all.at(i - 1).id < all.at(i).id)));
    }

    // The last page, read backwards from the end, is the tail of the forward order.
    CHECK(idsOf(query.rowsAt(240, 30, total)) == idsOf(all.mid(240)));
    CHECK(idsOf(query.rowsAfter(all.at(99), 10)) == idsOf(all.mid(100, 10)));
    CHECK(idsOf(query.rowsBefore(all.at(100), 10)) == idsOf(all.mid(90, 10)));
    CHECK(query.positionOf(all.at(137).id) == 137);
    CHECK(query.rowsAt(250, 10, total).isEmpty());
}

TEST_CASE("A row carries the main phone, stage and owner name", "[storage][list]")
{
    TestDatabase base;
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Ирина Звонова"), UserRole::Caller);
    const qint64 owned = createCompany(base, QStringLiteral("Альфа"), CompanyStage::Calling, caller);
    const qint64 unowned = createCompany(base, QStringLiteral("Бета"), CompanyStage::Cold, 0);
    // Written out of order: the main number is the one at position 0, not the first stored.
    const auto addPhone = [&base](qint64 company, const QString &raw, const QString &e164, int position) {
        Phone phone;
        phone.companyId = company;
        phone.raw = raw;
        phone.e164 = e164;
        phone.position = position;
        PhoneRepository(base.context()).create(phone);
    };
    addPhone(owned, QStringLiteral("8 812 111-22-33"), QStringLiteral("+78121112233"), 1);
    addPhone(owned, QStringLiteral("8 (495) 123-45-67"), QStringLiteral("+74951234567"), 0);
    // A number libphonenumber could not read is listed as typed.
    addPhone(unowned, QStringLiteral("12-34 доб. 5"), QString(), 0);

    const auto rows = CompanyListQuery(base.db(), {}).rowsAt(0, 10, 2);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).id == owned);
    CHECK(rows.at(0).mainPhone == QStringLiteral("+74951234567"));
    CHECK(rows.at(0).stage == CompanyStage::Calling);
    CHECK(rows.at(0).ownerName == QStringLiteral("Ирина Звонова"));
    CHECK(rows.at(1).id == unowned);
    CHECK(rows.at(1).mainPhone == QStringLiteral("12-34 доб. 5"));
    CHECK(rows.at(1).stage == CompanyStage::Cold);
    CHECK(rows.at(1).ownerName.isEmpty());
}

TEST_CASE("Search matches name, city and INN in any case, Cyrillic too", "[storage][list][search]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company romashka = makeCompany(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Москва"));
    romashka.inn = QStringLiteral("7707083893");
    companies.create(romashka);
    Company vector = makeCompany(QStringLiteral("Вектор-М"), QStringLiteral("Санкт-Петербург"));
    companies.create(vector);
    Company yolka = makeCompany(QStringLiteral("Ёлочка"), QStringLiteral("МОСКВА"));
    companies.create(yolka);

    const auto hits = [&base](const QString &text) {
        const CompanyListQuery query(base.db(), searchFor(text));
        return idsOf(query.rowsAt(0, 100, query.count()));
    };
    CHECK(hits(QStringLiteral("ромашка")) == QList<qint64>{romashka.id});
    CHECK(hits(QStringLiteral("РОМАШКА")) == QList<qint64>{romashka.id});
    // "Ёлочка" sorts as "елочка", before "ромашка".
    CHECK(hits(QStringLiteral("москва")) == QList<qint64>{yolka.id, romashka.id});
    CHECK(hits(QStringLiteral("елоч")) == QList<qint64>{yolka.id});
    CHECK(hits(QStringLiteral("7707083")) == QList<qint64>{romashka.id});
    CHECK(hits(QStringLiteral("вектор петербург")) == QList<qint64>{vector.id});
    CHECK(hits(QStringLiteral("вектор москва")).isEmpty());
    // Words shorter than a trigram are matched by a scan.
    CHECK(hits(QStringLiteral("-м")) == QList<qint64>{vector.id});
    // Characters with a meaning to FTS5 or GLOB are searched as text.
    CHECK(hits(QStringLiteral("\"ром")).isEmpty());
    CHECK(hits(QStringLiteral("*")).isEmpty());
    CHECK(hits(QStringLiteral("  ")).size() == 3);
}

TEST_CASE("Stage and owner narrow the list", "[storage][list]")
{
    TestDatabase base;
    CompanyRepository companies(base.context());
    Company cold = makeCompany(QStringLiteral("Альфа"));
    companies.create(cold);
    Company meeting = makeCompany(QStringLiteral("Бета"));
    meeting.stage = CompanyStage::Meeting;
    meeting.ownerId = 1;
    companies.create(meeting);

    CHECK(CompanyListQuery(base.db(), {QString(), CompanyStage::Meeting, 0}).count() == 1);
    CHECK(CompanyListQuery(base.db(), {QString(), std::nullopt, 1}).count() == 1);
    CHECK(CompanyListQuery(base.db(), {QString(), CompanyStage::Cold, 1}).count() == 0);
    const auto rows = CompanyListQuery(base.db(), {QString(), CompanyStage::Meeting, 0}).rowsAt(0, 5, 1);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).ownerName == QStringLiteral("Head of sales"));
}
