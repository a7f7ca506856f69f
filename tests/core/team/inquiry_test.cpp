// Inbound inquiries (seed 004): the company is found or created, routed by the head's rule (with capacity and nobody
// on duty), moved on through the funnel, and the chosen person gets a task due now.
#include "TeamFixture.h"
#include "domain/Viewer.h"
#include "storage/CompanyRepository.h"
#include "storage/DutyRosterRepository.h"
#include "storage/InquiryRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StageHistoryRepository.h"
#include "storage/TaskRepository.h"
#include "team/Capacity.h"
#include "team/InquiryIntake.h"
#include "team/TeamError.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
Inquiry inquiryFrom(const QString &company, const QString &phone, InquirySource source = InquirySource::Website)
{
    Inquiry inquiry;
    inquiry.personName = QStringLiteral("Пётр Заказов");
    inquiry.companyName = company;
    inquiry.phone = phone;
    inquiry.request = QStringLiteral("Нужна поставка бумаги");
    inquiry.source = source;
    return inquiry;
}

qint64 companies(TeamFixture &team)
{
    return SqlStatement::scalar(team.base.db().connection(), QStringLiteral("SELECT count(*) FROM companies"))
        .toLongLong();
}
} // namespace

TEST_CASE("Inquiry: a new inquirer becomes a company at calling, with a task due now for the next closer in turn",
          "[team][inquiry]")
{
    TeamFixture team;
    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    InquiryIntake intake(team.base.context());
    const InquiryOutcome first
        = intake.take(inquiryFrom(QStringLiteral("ООО «Бумага»"), QStringLiteral("8 (495) 111-22-33")));
    CHECK(first.newCompany);
    CHECK(first.routedTo == team.closerId);
    CHECK(first.routedToName == QStringLiteral("Олег Договоров"));
    const auto company = CompanyRepository(team.base.context()).find(first.companyId);
    REQUIRE(company);
    CHECK(company->name == QStringLiteral("ООО «Бумага»"));
    CHECK(company->stage == CompanyStage::Calling);
    CHECK(company->ownerId == team.closerId);
    CHECK(company->nextActionAt == team.base.clock().nowUtc());
    CHECK(company->source.contains(QStringLiteral("Website")));
    // The move went through the funnel: its history says cold -> calling.
    const auto history = StageHistoryRepository(team.base.context()).listForCompany(first.companyId);
    REQUIRE(history.size() == 1);
    CHECK(history.constFirst().toStage == QStringLiteral("calling"));
    const auto task = TaskRepository(team.base.context()).find(first.taskId);
    REQUIRE(task);
    CHECK(task->assigneeId == team.closerId);
    CHECK(task->dueAt == team.base.clock().nowUtc());
    CHECK(task->note.contains(QStringLiteral("Нужна поставка бумаги")));
    CHECK(InquiryRepository(team.base.context()).countForCompany(first.companyId) == 1);
    // The closer sees the company it was routed to.
    team.lookAs(team.viewerOf(team.closerId));
    CHECK(CompanyRepository(team.base.context()).find(first.companyId));
    team.lookAs(Viewer::everything());

    // Round robin: the next goes to the other closer, the one after back to the first.
    CHECK(intake.take(inquiryFrom(QStringLiteral("Второй"), QStringLiteral("+7 495 111-22-44"))).routedTo == closer2);
    CHECK(intake.take(inquiryFrom(QStringLiteral("Третий"), QStringLiteral("+7 495 111-22-55"))).routedTo
          == team.closerId);
}

TEST_CASE("Inquiry: someone already in the base is found by phone, INN or e-mail, not created again", "[team][inquiry]")
{
    TeamFixture team;
    const qint64 client = team.company.value(QStringLiteral("client"));
    createPhone(team.base, client, QStringLiteral("+74957770000"));
    const qint64 before = companies(team);
    const InquiryOutcome repeat
        = InquiryIntake(team.base.context())
              .take(inquiryFrom(QString(), QStringLiteral("8 495 777-00-00"), InquirySource::Repeat));
    CHECK_FALSE(repeat.newCompany);
    CHECK(repeat.companyId == client);
    CHECK(companies(team) == before);
    // A client is their account manager's.
    CHECK(repeat.routedTo == team.accountId);
    CHECK(CompanyRepository(team.base.context()).find(client)->stage == CompanyStage::Client);

    // A lost company found by INN comes back through the cold base to calling.
    const qint64 lost = team.company.value(QStringLiteral("lost"));
    SqlStatement::run(team.base.db().connection(),
                      QStringLiteral("UPDATE companies SET inn = '7707083893' WHERE id = ?"), {lost});
    Inquiry byInn = inquiryFrom(QStringLiteral("Кто-то"), QString());
    byInn.email = QStringLiteral("Zakaz@Example.ru");
    byInn.inn = QStringLiteral("7707083893");
    const InquiryOutcome back = InquiryIntake(team.base.context()).take(byInn);
    CHECK(back.companyId == lost);
    CHECK(CompanyRepository(team.base.context()).find(lost)->stage == CompanyStage::Calling);
    CHECK(StageHistoryRepository(team.base.context()).listForCompany(lost).size() == 2);
}

TEST_CASE("Inquiry: the person on duty today, and the head when nobody is", "[team][inquiry]")
{
    TeamFixture team;
    InquiryRouting(team.base.context()).setRule(RoutingRule::OnDuty);
    const QDate today = team.base.clock().nowUtc().toLocalTime().date();
    DutyRosterRepository(team.base.db()).set(today.addDays(1), team.caller2Id);
    const InquiryOutcome nobody = InquiryIntake(team.base.context())
                                      .take(inquiryFrom(QStringLiteral("Первый"), QStringLiteral("+74951000001")));
    CHECK(nobody.routedTo == team.headId);
    CHECK(nobody.warning.contains(QStringLiteral("duty")));

    DutyRosterRepository(team.base.db()).set(today, team.caller2Id);
    const InquiryOutcome onDuty = InquiryIntake(team.base.context())
                                      .take(inquiryFrom(QStringLiteral("Второй"), QStringLiteral("+74951000002")));
    CHECK(onDuty.routedTo == team.caller2Id);
    CHECK(onDuty.warning.isEmpty());
    CHECK(DutyRosterRepository(team.base.db()).between(today, today.addDays(1)).size() == 2);
}

TEST_CASE("Inquiry: the most qualified seller with room first, the next when they are at their limit",
          "[team][inquiry][capacity]")
{
    TeamFixture team;
    const qint64 closer2
        = createUser(team.base, QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer);
    Capacity(team.base.context()).setLimits({40, 15, 1, 200});
    InquiryRouting(team.base.context()).setRule(RoutingRule::MostQualified, {team.closerId, closer2});
    // The closer leads one key account already (the fixture's meeting company).
    SqlStatement::run(team.base.db().connection(),
                      QStringLiteral("UPDATE companies SET size_class = 'key' WHERE id = ?"),
                      {team.company.value(QStringLiteral("meeting"))});
    CHECK(Capacity(team.base.context()).load(team.closerId).key == 1);
    CHECK(Capacity(team.base.context()).overLimit(team.closerId, CompanySize::Key)
          == QStringLiteral("Олег Договоров leads 1 key accounts; the limit is 1."));

    Inquiry small = inquiryFrom(QStringLiteral("Малый"), QStringLiteral("+74952000001"));
    CHECK(InquiryIntake(team.base.context()).take(small).routedTo == team.closerId);
    Inquiry key = inquiryFrom(QStringLiteral("Ключевой"), QStringLiteral("+74952000002"));
    key.size = CompanySize::Key;
    const InquiryOutcome toSecond = InquiryIntake(team.base.context()).take(key);
    CHECK(toSecond.routedTo == closer2);
    CHECK(CompanyRepository(team.base.context()).find(toSecond.companyId)->size == CompanySize::Key);

    // Both full: the first in the order, with the numbers as a warning.
    SqlStatement::run(team.base.db().connection(),
                      QStringLiteral("UPDATE companies SET stage = 'meeting' WHERE id = ?"), {toSecond.companyId});
    key.phone = QStringLiteral("+74952000003");
    const InquiryOutcome full = InquiryIntake(team.base.context()).take(key);
    CHECK(full.routedTo == team.closerId);
    CHECK(full.warning.contains(QStringLiteral("the limit is 1")));
}

TEST_CASE("Inquiry: no name, no way to answer or a bad number is refused with nothing written", "[team][inquiry]")
{
    TeamFixture team;
    const qint64 before = companies(team);
    InquiryIntake intake(team.base.context());
    Inquiry nameless = inquiryFrom(QString(), QStringLiteral("+74953000000"));
    nameless.personName.clear();
    CHECK_THROWS_AS(intake.take(nameless), TeamError);
    CHECK_THROWS_AS(intake.take(inquiryFrom(QStringLiteral("Без связи"), QString())), TeamError);
    CHECK_THROWS_WITH(intake.take(inquiryFrom(QStringLiteral("Плохой"), QStringLiteral("звоните утром"))),
                      Catch::Contains("not a phone number"));
    Inquiry badMail = inquiryFrom(QStringLiteral("Почта"), QString());
    badMail.email = QStringLiteral("not an address");
    CHECK_THROWS_AS(intake.take(badMail), TeamError);
    CHECK(companies(team) == before);
    CHECK(SqlStatement::scalar(team.base.db().connection(), QStringLiteral("SELECT count(*) FROM inquiries")).toInt()
          == 0);
}
