#include "ReportScenario.h"

#include "funnel/DealOpener.h"
#include "funnel/PaymentRecorder.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"

// The history, in UTC (Moscow is UTC+3; November in Moscow is [31 Oct 21:00, 30 Nov 21:00) UTC):
//   Z  created 1 Sep; calling 5 Sep; meeting 10 Sep; deal 1 Oct; client 15 Oct (first payment); a repeat deal in
//      November: offer and contract 24 Nov, invoice and payment 25 Nov.
//   A  created 20 Oct; calling 25 Oct; meeting 5 Nov; deal 10 Nov (offer 12, contract 14, invoice 15 Nov);
//      client 20 Nov at a first, partial payment; the rest paid on 30 Nov.
//   B  created 20 Oct; calling 26 Oct; lost 6 Nov ("Too expensive").
//   C  created 2 Nov; calling 3 Nov; meeting 4 Nov; back to calling 8 Nov.
//   D  created 2 Nov; straight to a meeting 3 Nov (calling skipped); deal 12 Nov (offer 13, contract 14, invoice 16);
//      client 2 Dec (a partial payment), the rest on 3 Dec.
//   E  created 2 Nov; lost 3 Nov ("Company closed").
//   F  created 2 Nov; still cold.
//   G  created 2 Nov; calling 4 Nov; meeting 30 Nov 20:30 UTC (23:30 in Moscow: still November).
//   H  created 2 Nov; calling 4 Nov; meeting 30 Nov 21:30 UTC (00:30 on 1 December in Moscow).
//   I  created 2 Nov; calling 5 Nov; meeting 6 Nov; lost 7 Nov ("Not interested").
//   J  created 2 Nov; calling 5 Nov; back to cold 6 Nov; lost 9 Nov ("No budget"); back to cold 15 Nov.
//   K  created 1 Dec; calling 2 Dec.
// C..F were collected by the collector; C and D confirmed on 10 Nov.
// Calls by the caller: 31 Oct 20:59 UTC no answer (October in Moscow), 31 Oct 21:00 busy (1 Nov 00:00 in Moscow),
// 3 Nov no answer and busy, 4 Nov refused and not now, 5 Nov meeting booked, 30 Nov 20:30 meeting booked,
// 30 Nov 21:30 callback (December in Moscow). The second caller: one call (not now) on 10 Nov, deactivated 15 Nov.
// Meetings by the closer: held with an offer 5 Nov, held and refused 7 Nov, moved 8 Nov.
namespace voronka::test {

ReportScenario::ReportScenario()
{
    UserRepository users(base.context());
    User collector;
    collector.login = QStringLiteral("collector");
    collector.fullName = QStringLiteral("collector person");
    collector.role = UserRole::Collector;
    users.create(collector);
    collectorId = collector.id;
    User second;
    second.login = QStringLiteral("caller2");
    second.fullName = QStringLiteral("caller2 person");
    second.role = UserRole::Caller;
    users.create(second);
    secondCallerId = second.id;
    // The fixture's own company would be a creation of 25 November; the story below is the whole base.
    SqlStatement::run(base.db().connection(), QStringLiteral("DELETE FROM companies WHERE id = ?"), {companyId});

    at(9, 1);
    created(QStringLiteral("Z"));
    at(9, 5);
    move(QStringLiteral("Z"), CompanyStage::Calling);
    at(9, 10);
    move(QStringLiteral("Z"), CompanyStage::Meeting);
    at(10, 1);
    const qint64 firstZ = openDeal(QStringLiteral("Z"), 500000);
    at(10, 5);
    invoice(firstZ);
    at(10, 15);
    pay(firstZ, 500000);

    at(10, 20);
    created(QStringLiteral("A"));
    created(QStringLiteral("B"));
    at(10, 25);
    move(QStringLiteral("A"), CompanyStage::Calling);
    at(10, 26);
    move(QStringLiteral("B"), CompanyStage::Calling);
    at(10, 31, 20, 59);
    activity(callerId, ActivityKind::Call, QStringLiteral("no_answer"));
    at(10, 31, 21, 0);
    activity(callerId, ActivityKind::Call, QStringLiteral("busy"));

    at(11, 2);
    for (const char *key : {"C", "D", "E", "F", "G", "H", "I", "J"})
        created(QString::fromLatin1(key));
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("UPDATE companies SET collected_by = ? WHERE id IN (?, ?, ?, ?)"),
                      {collectorId, companies.value(QStringLiteral("C")), companies.value(QStringLiteral("D")),
                       companies.value(QStringLiteral("E")), companies.value(QStringLiteral("F"))});
    at(11, 3);
    move(QStringLiteral("C"), CompanyStage::Calling);
    move(QStringLiteral("D"), CompanyStage::Meeting);
    move(QStringLiteral("E"), CompanyStage::Lost, QStringLiteral("Company closed"));
    activity(callerId, ActivityKind::Call, QStringLiteral("no_answer"));
    activity(callerId, ActivityKind::Call, QStringLiteral("busy"));
    at(11, 4);
    move(QStringLiteral("C"), CompanyStage::Meeting);
    move(QStringLiteral("G"), CompanyStage::Calling);
    move(QStringLiteral("H"), CompanyStage::Calling);
    activity(callerId, ActivityKind::Call, QStringLiteral("refused"));
    activity(callerId, ActivityKind::Call, QStringLiteral("not_now"));
    at(11, 5);
    move(QStringLiteral("A"), CompanyStage::Meeting);
    move(QStringLiteral("I"), CompanyStage::Calling);
    move(QStringLiteral("J"), CompanyStage::Calling);
    activity(callerId, ActivityKind::Call, QStringLiteral("meeting_booked"));
    activity(closerId, ActivityKind::Meeting, QStringLiteral("held_offer"));
    at(11, 6);
    move(QStringLiteral("B"), CompanyStage::Lost, QStringLiteral("Too expensive"));
    move(QStringLiteral("I"), CompanyStage::Meeting);
    move(QStringLiteral("J"), CompanyStage::Cold);
    at(11, 7);
    move(QStringLiteral("I"), CompanyStage::Lost, QStringLiteral("Not interested"));
    activity(closerId, ActivityKind::Meeting, QStringLiteral("held_refused"));
    at(11, 8);
    move(QStringLiteral("C"), CompanyStage::Calling);
    activity(closerId, ActivityKind::Meeting, QStringLiteral("moved"));
    at(11, 9);
    move(QStringLiteral("J"), CompanyStage::Lost, QStringLiteral("No budget"));
    at(11, 10);
    const qint64 dealA = openDeal(QStringLiteral("A"), 200000);
    activity(secondCallerId, ActivityKind::Call, QStringLiteral("not_now"));
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("UPDATE companies SET confirmed_at = ? WHERE id IN (?, ?)"),
                      {QStringLiteral("2026-11-10T10:00:00.000Z"), companies.value(QStringLiteral("C")),
                       companies.value(QStringLiteral("D"))});
    at(11, 12);
    const qint64 dealD = openDeal(QStringLiteral("D"), 100000);
    StageMover(asCloser())
        .moveDeal(dealA, DealRepository(base.context()).find(dealA)->version, dealMove(DealStep::OfferSent));
    at(11, 13);
    StageMover(asCloser())
        .moveDeal(dealD, DealRepository(base.context()).find(dealD)->version, dealMove(DealStep::OfferSent));
    at(11, 14);
    for (qint64 deal : {dealA, dealD})
        StageMover(asCloser())
            .moveDeal(deal, DealRepository(base.context()).find(deal)->version, dealMove(DealStep::Contract));
    at(11, 15);
    StageMover(asCloser())
        .moveDeal(dealA, DealRepository(base.context()).find(dealA)->version,
                  dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral("A-1"), QDate(2026, 11, 15)));
    move(QStringLiteral("J"), CompanyStage::Cold);
    User leaving = *users.find(secondCallerId);
    leaving.active = false;
    users.update(leaving);
    at(11, 16);
    StageMover(asCloser())
        .moveDeal(dealD, DealRepository(base.context()).find(dealD)->version,
                  dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral("D-1"), QDate(2026, 11, 16)));
    at(11, 20);
    pay(dealA, 50000);
    at(11, 24);
    const qint64 repeatZ = openDeal(QStringLiteral("Z"), 30000);
    invoice(repeatZ);
    at(11, 25);
    pay(repeatZ, 30000);
    at(11, 30, 12, 0);
    pay(dealA, 150000);
    at(11, 30, 20, 30);
    move(QStringLiteral("G"), CompanyStage::Meeting);
    activity(callerId, ActivityKind::Call, QStringLiteral("meeting_booked"));
    at(11, 30, 21, 30);
    move(QStringLiteral("H"), CompanyStage::Meeting);
    activity(callerId, ActivityKind::Call, QStringLiteral("callback"));

    at(12, 1);
    created(QStringLiteral("K"));
    at(12, 2);
    move(QStringLiteral("K"), CompanyStage::Calling);
    pay(dealD, 40000);
    at(12, 3);
    pay(dealD, 60000);
    at(12, 5);
}

QTimeZone ReportScenario::moscow()
{
    return QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

ReportPeriod ReportScenario::november()
{
    return ReportPeriod::month(QDate(2026, 11, 1), moscow());
}

ReportPeriod ReportScenario::october()
{
    return ReportPeriod::month(QDate(2026, 10, 1), moscow());
}

void ReportScenario::at(int month, int day, int hour, int minute)
{
    base.clock().set(QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC));
}

qint64 ReportScenario::created(const QString &key)
{
    const qint64 id = addCompany(QStringLiteral("Компания ") + key);
    companies.insert(key, id);
    return id;
}

void ReportScenario::move(const QString &key, CompanyStage to, const QString &lostReason)
{
    const qint64 id = companies.value(key);
    // Callers move cold and calling companies; closers the later ones.
    const bool callersMove = state(id).stage == CompanyStage::Cold || state(id).stage == CompanyStage::Calling
        || state(id).stage == CompanyStage::Lost;
    StageMover(base.contextAs(callersMove ? callerId : closerId))
        .moveCompany(id, state(id).version, companyMove(to, {}, lostReason.isEmpty() ? 0 : lostReasonId(lostReason)));
}

qint64 ReportScenario::openDeal(const QString &key, qint64 amountKopecks)
{
    NewDeal deal;
    deal.title = QStringLiteral("Поставка ") + key;
    deal.amountKopecks = amountKopecks;
    deal.step = DealStep::Presentation;
    deal.ownerId = closerId;
    const qint64 id = companies.value(key);
    return DealOpener(asCloser()).open(id, state(id).version, deal).dealId;
}

void ReportScenario::invoice(qint64 dealId, bool fromPresentation)
{
    StageMover mover(asCloser());
    const auto version = [&] { return DealRepository(base.context()).find(dealId)->version; };
    if (fromPresentation) {
        mover.moveDeal(dealId, version(), dealMove(DealStep::OfferSent));
        mover.moveDeal(dealId, version(), dealMove(DealStep::Contract));
    }
    mover.moveDeal(dealId, version(),
                   dealMove(DealStep::InvoiceIssued, {}, 0, QStringLiteral("№") + QString::number(dealId),
                            base.clock().nowUtc().date()));
}

void ReportScenario::pay(qint64 dealId, qint64 amountKopecks)
{
    PaymentEntry entry;
    entry.paidOn = base.clock().nowUtc().date();
    entry.amountKopecks = amountKopecks;
    entry.accountManagerId = accountManagerId;
    PaymentRecorder(asCloser(), QTimeZone::utc())
        .record(dealId, DealRepository(base.context()).find(dealId)->version, entry);
}

void ReportScenario::activity(qint64 userId, ActivityKind kind, const QString &outcome, const QString &key)
{
    Activity entry;
    entry.companyId = companies.value(key);
    entry.kind = kind;
    entry.outcome = outcome;
    ActivityRepository(base.contextAs(userId)).add(entry);
}

} // namespace voronka::test
