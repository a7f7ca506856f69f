#include "domain/Payment.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/ClientListQuery.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
qint64 addUser(TestDatabase &base, const QString &login, const QString &fullName, UserRole role)
{
    User user;
    user.login = login;
    user.fullName = fullName;
    user.role = role;
    UserRepository(base.context()).create(user);
    return user.id;
}

qint64 addCompany(TestDatabase &base, const QString &name, CompanyStage stage, qint64 ownerId,
                  const QString &city = QString())
{
    Company company = makeCompany(name, city);
    company.stage = stage;
    company.ownerId = ownerId;
    CompanyRepository(base.context()).create(company);
    return company.id;
}

qint64 addDeal(TestDatabase &base, qint64 companyId, qint64 ownerId, const QString &title, qint64 amountKopecks)
{
    Deal deal;
    deal.companyId = companyId;
    deal.ownerId = ownerId;
    deal.title = title;
    deal.step = DealStep::InvoiceIssued;
    deal.amountKopecks = amountKopecks;
    DealRepository(base.context()).create(deal);
    return deal.id;
}

void pay(TestDatabase &base, qint64 companyId, qint64 dealId, qint64 kopecks, const QDate &day)
{
    Payment payment;
    payment.companyId = companyId;
    payment.dealId = dealId;
    payment.amountKopecks = kopecks;
    payment.paidOn = day;
    PaymentRepository(base.context()).create(payment);
}
} // namespace

TEST_CASE("The client list shows clients with owner, who brought them, payment totals and deals", "[storage][clients]")
{
    TestDatabase base;
    const qint64 closer = addUser(base, QStringLiteral("closer"), QStringLiteral("Пётр Закрывалов"), UserRole::Closer);
    const qint64 svetlana
        = addUser(base, QStringLiteral("account"), QStringLiteral("Светлана Клиентова"), UserRole::AccountManager);
    const qint64 oleg
        = addUser(base, QStringLiteral("account2"), QStringLiteral("Олег Сопровождаев"), UserRole::AccountManager);

    const qint64 vasilek
        = addCompany(base, QStringLiteral("АО «Василёк»"), CompanyStage::Client, svetlana, QStringLiteral("Тверь"));
    const qint64 romashka
        = addCompany(base, QStringLiteral("ООО «Ромашка»"), CompanyStage::Reactivation, oleg, QStringLiteral("Москва"));
    const qint64 prospect = addCompany(base, QStringLiteral("ООО «Астра»"), CompanyStage::Deal, closer);
    const QDateTime since(QDate(2026, 10, 1), QTime(9, 30), Qt::UTC);
    ClientHandoverRepository(base.context()).recordHandover(vasilek, closer, since);
    ClientHandoverRepository(base.context()).recordHandover(romashka, closer, since.addDays(5));

    // Василёк: two deals, three payments; the second deal's payment is the latest.
    const qint64 supply = addDeal(base, vasilek, closer, QStringLiteral("Поставка"), 100'000'00);
    const qint64 repeat = addDeal(base, vasilek, svetlana, QStringLiteral("Повторная поставка"), 50'000'00);
    pay(base, vasilek, supply, 40'000'00, QDate(2026, 10, 1));
    pay(base, vasilek, supply, 60'000'00, QDate(2026, 10, 20));
    pay(base, vasilek, repeat, 12'345'67, QDate(2026, 11, 3));
    // Ромашка: one deal paid once.
    const qint64 service = addDeal(base, romashka, closer, QStringLiteral("Сервис"), 25'000'50);
    pay(base, romashka, service, 25'000'50, QDate(2026, 10, 6));
    // Астра is not a client yet: its payment does not make it one in this list.
    const qint64 offer = addDeal(base, prospect, closer, QStringLiteral("Пробная партия"), 10'000'00);
    pay(base, prospect, offer, 1'000'00, QDate(2026, 11, 1));

    const QList<ClientListRow> all = ClientListQuery(base.context()).rows();
    REQUIRE(all.size() == 2);
    // Name order ignores the legal form: Василёк before Ромашка.
    const ClientListRow &first = all.at(0);
    CHECK(first.companyId == vasilek);
    CHECK(first.name == QStringLiteral("АО «Василёк»"));
    CHECK(first.stage == CompanyStage::Client);
    CHECK(first.ownerId == svetlana);
    CHECK(first.ownerName == QStringLiteral("Светлана Клиентова"));
    CHECK(first.broughtById == closer);
    CHECK(first.broughtByName == QStringLiteral("Пётр Закрывалов"));
    CHECK(first.clientSince == since);
    CHECK(first.totalPaidKopecks == 112'345'67);
    CHECK(first.paymentCount == 3);
    CHECK(first.lastPaymentOn == QDate(2026, 11, 3));
    CHECK(first.lastPaymentKopecks == 12'345'67);
    CHECK(first.dealCount == 2);

    const ClientListRow &second = all.at(1);
    CHECK(second.companyId == romashka);
    CHECK(second.stage == CompanyStage::Reactivation);
    CHECK(second.ownerName == QStringLiteral("Олег Сопровождаев"));
    CHECK(second.totalPaidKopecks == 25'000'50);
    CHECK(second.lastPaymentOn == QDate(2026, 10, 6));
    CHECK(second.lastPaymentKopecks == 25'000'50);
    CHECK(second.dealCount == 1);

    ClientFilter mine;
    mine.ownerId = oleg;
    const QList<ClientListRow> olegs = ClientListQuery(base.context()).rows(mine);
    REQUIRE(olegs.size() == 1);
    CHECK(olegs.at(0).companyId == romashka);

    ClientFilter byCity;
    byCity.search = QStringLiteral("тверь");
    const QList<ClientListRow> found = ClientListQuery(base.context()).rows(byCity);
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).companyId == vasilek);
    byCity.ownerId = oleg;
    CHECK(ClientListQuery(base.context()).rows(byCity).isEmpty());
}

TEST_CASE("A client without payments or deals is listed with nothing paid", "[storage][clients]")
{
    TestDatabase base;
    const qint64 id = addCompany(base, QStringLiteral("ИП Кузнецов"), CompanyStage::Client, 0);
    addCompany(base, QStringLiteral("ООО «Холод»"), CompanyStage::Cold, 0);

    const QList<ClientListRow> rows = ClientListQuery(base.context()).rows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).companyId == id);
    CHECK(rows.at(0).ownerId == 0);
    CHECK(rows.at(0).ownerName.isEmpty());
    CHECK(rows.at(0).broughtById == 0);
    CHECK_FALSE(rows.at(0).clientSince.isValid());
    CHECK_FALSE(rows.at(0).lastPaymentOn.isValid());
    CHECK(rows.at(0).totalPaidKopecks == 0);
    CHECK(rows.at(0).paymentCount == 0);
    CHECK(rows.at(0).dealCount == 0);
}

TEST_CASE("A list of more clients than one chunk reads is whole, in name order, with every client's own figures",
          "[storage][clients]")
{
    TestDatabase base;
    const qint64 account
        = addUser(base, QStringLiteral("account"), QStringLiteral("Светлана Клиентова"), UserRole::AccountManager);
    constexpr int clients = 1300;
    QList<qint64> expected(clients);
    QHash<qint64, int> numberOf;
    {
        WriteTransaction transaction(base.db());
        // Made last name first, so that the id order is the reverse of the name order across every chunk.
        for (int i = clients - 1; i >= 0; --i) {
            const qint64 id = addCompany(base, QStringLiteral("Клиент %1").arg(i, 4, 10, QLatin1Char('0')),
                                         i % 3 == 0 ? CompanyStage::Reactivation : CompanyStage::Client, account);
            expected[i] = id;
            numberOf.insert(id, i);
            // Every seventh client has a deal paid twice, the second payment the later one.
            if (i % 7 == 0) {
                const qint64 deal = addDeal(base, id, account, QStringLiteral("Поставка"), 1'000'00 + i);
                pay(base, id, deal, 100 + i, QDate(2026, 10, 1));
                pay(base, id, deal, 200 + i, QDate(2026, 10, 2));
            }
        }
        addCompany(base, QStringLiteral("Клиент 0500 (ещё холодный)"), CompanyStage::Cold, account);
        transaction.commit();
    }

    const QList<ClientListRow> rows = ClientListQuery(base.context()).rows();
    QList<qint64> ids;
    for (const ClientListRow &row : rows)
        ids.append(row.companyId);
    REQUIRE(ids == expected);
    for (const ClientListRow &row : rows) {
        const int i = numberOf.value(row.companyId);
        INFO("client " << i);
        CHECK(row.name == QStringLiteral("Клиент %1").arg(i, 4, 10, QLatin1Char('0')));
        CHECK(row.stage == (i % 3 == 0 ? CompanyStage::Reactivation : CompanyStage::Client));
        CHECK(row.ownerName == QStringLiteral("Светлана Клиентова"));
        CHECK(row.dealCount == (i % 7 == 0 ? 1 : 0));
        CHECK(row.paymentCount == (i % 7 == 0 ? 2 : 0));
        CHECK(row.totalPaidKopecks == (i % 7 == 0 ? 300 + 2 * i : 0));
        CHECK(row.lastPaymentKopecks == (i % 7 == 0 ? 200 + i : 0));
        CHECK(row.lastPaymentOn == (i % 7 == 0 ? QDate(2026, 10, 2) : QDate()));
    }
}
