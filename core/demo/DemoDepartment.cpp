#include "DemoDepartment.h"

#include "funnel/CallOutcomes.h"
#include "funnel/MeetingOutcomes.h"
#include "funnel/PaymentRecorder.h"
#include "funnel/StageMover.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/DealRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"

namespace voronka {

namespace {
CallOutcomeOptions callOptions()
{
    CallOutcomeOptions options;
    options.timeZone = DemoDepartment::officeZone();
    return options;
}
} // namespace

QTimeZone DemoDepartment::officeZone()
{
    return QTimeZone(3 * 3600);
}

DemoDepartment::DemoDepartment(Database &db, SettableClock &clock)
    : m_db(db)
    , m_clock(clock)
{
    m_collector = hire(QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    m_callers.append(hire(QStringLiteral("caller1"), QStringLiteral("Илья Звонарёв"), UserRole::Caller));
    m_callers.append(hire(QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller));
    m_closers.append(hire(QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer));
    m_accountManager = hire(QStringLiteral("account"), QStringLiteral("Светлана Клиентова"), UserRole::AccountManager);
    // Hired last, so that the people of earlier demo bases keep their ids.
    m_closers.append(hire(QStringLiteral("closer2"), QStringLiteral("Дмитрий Сделкин"), UserRole::Closer));
    for (const LostReason &reason : LostReasonRepository(as(0)).list())
        m_lostReasons.append(reason.id);
}

qint64 DemoDepartment::hire(const QString &login, const QString &fullName, UserRole role)
{
    UserRepository users(as(0));
    if (const auto existing = users.findByLogin(login))
        return existing->id;
    User user;
    user.login = login;
    user.fullName = fullName;
    user.role = role;
    users.create(user);
    return user.id;
}

DataContext DemoDepartment::as(qint64 userId) const
{
    return DataContext{m_db, m_clock, userId};
}

QDate DemoDepartment::today() const
{
    return m_clock.nowUtc().toTimeZone(officeZone()).date();
}

qint64 DemoDepartment::lostReason(int index) const
{
    if (m_lostReasons.isEmpty())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The base has no lost reasons to record why a company was lost."));
    return m_lostReasons.at(index % m_lostReasons.size());
}

void DemoDepartment::noAnswer(DemoCompany &company)
{
    company.version = CallOutcomes(as(company.callerId), callOptions()).noAnswer(company.id, company.version).version;
}

void DemoDepartment::busy(DemoCompany &company)
{
    company.version = CallOutcomes(as(company.callerId), callOptions()).busy(company.id, company.version).version;
}

void DemoDepartment::notNow(DemoCompany &company, const QDate &day, const QString &comment)
{
    company.version
        = CallOutcomes(as(company.callerId), callOptions()).notNow(company.id, company.version, day, comment).version;
}

void DemoDepartment::callBack(DemoCompany &company, const QDateTime &at, const QString &comment)
{
    company.version = CallOutcomes(as(company.callerId), callOptions())
                          .callbackAt(company.id, company.version, at, comment)
                          .version;
}

void DemoDepartment::refusedOnCall(DemoCompany &company, int reason, const QString &comment)
{
    company.version = CallOutcomes(as(company.callerId), callOptions())
                          .refused(company.id, company.version, lostReason(reason), comment)
                          .version;
}

void DemoDepartment::bookMeeting(DemoCompany &company, const QDateTime &at)
{
    const QDateTime office = at.toTimeZone(officeZone());
    MeetingBooking booking;
    booking.date = office.date();
    booking.time = office.time();
    booking.place = company.place;
    booking.closerId = company.closerId;
    const CallResult result
        = CallOutcomes(as(company.callerId), callOptions()).meetingBooked(company.id, company.version, booking);
    company.version = result.version;
    company.meetingTaskId = result.taskId;
}

void DemoDepartment::moveMeeting(DemoCompany &company, const QDateTime &to, const QString &comment)
{
    company.version = MeetingOutcomes(as(company.closerId))
                          .moved(company.meetingTaskId, company.version, to, QString(), comment)
                          .companyVersion;
}

void DemoDepartment::cancelMeeting(DemoCompany &company, const QDateTime &callBackAt, const QString &comment)
{
    company.version = MeetingOutcomes(as(company.closerId))
                          .cancelled(company.meetingTaskId, company.version, callBackAt, comment)
                          .companyVersion;
    company.meetingTaskId = 0;
}

void DemoDepartment::holdMeetingWithOffer(DemoCompany &company, const NewDeal &deal)
{
    MeetingHeld held;
    held.next = MeetingNextStep::Offer;
    held.deal = deal;
    held.deal.ownerId = company.closerId;
    held.comment = deal.comment;
    const MeetingResult result
        = MeetingOutcomes(as(company.closerId)).held(company.meetingTaskId, company.version, held);
    company.version = result.companyVersion;
    company.meetingTaskId = 0;
    company.dealId = result.dealId;
    company.dealVersion = DealRepository(as(company.closerId)).find(result.dealId)->version;
    company.dealOwnerId = company.closerId;
}

void DemoDepartment::holdMeetingRefused(DemoCompany &company, int reason, const QString &comment)
{
    MeetingHeld held;
    held.next = MeetingNextStep::Refused;
    held.lostReasonId = lostReason(reason);
    held.comment = comment;
    company.version
        = MeetingOutcomes(as(company.closerId)).held(company.meetingTaskId, company.version, held).companyVersion;
    company.meetingTaskId = 0;
}

void DemoDepartment::moveDeal(DemoCompany &company, DealStep to, const QString &comment)
{
    DealMove move;
    move.to = to;
    move.comment = comment;
    company.dealVersion = StageMover(as(company.dealOwnerId)).moveDeal(company.dealId, company.dealVersion, move);
}

void DemoDepartment::issueInvoice(DemoCompany &company)
{
    DealMove move;
    move.to = DealStep::InvoiceIssued;
    move.invoiceDate = today();
    move.invoiceNumber
        = QStringLiteral("%1-%2").arg(move.invoiceDate.year()).arg(++m_invoices, 3, 10, QLatin1Char('0'));
    company.dealVersion = StageMover(as(company.dealOwnerId)).moveDeal(company.dealId, company.dealVersion, move);
}

void DemoDepartment::loseDeal(DemoCompany &company, int reason, const QString &comment)
{
    DealMove move;
    move.to = DealStep::Lost;
    move.lostReasonId = lostReason(reason);
    move.comment = comment;
    company.dealVersion = StageMover(as(company.dealOwnerId)).moveDeal(company.dealId, company.dealVersion, move);
}

void DemoDepartment::markLost(DemoCompany &company, qint64 by, int reason, const QString &comment)
{
    CompanyMove move;
    move.to = CompanyStage::Lost;
    move.lostReasonId = lostReason(reason);
    move.comment = comment;
    company.version = StageMover(as(by)).moveCompany(company.id, company.version, move);
}

void DemoDepartment::pay(DemoCompany &company, qint64 amountKopecks)
{
    PaymentEntry entry;
    entry.paidOn = today();
    entry.amountKopecks = amountKopecks;
    entry.accountManagerId = m_accountManager;
    const DataContext context = as(m_accountManager);
    company.dealVersion
        = PaymentRecorder(context, officeZone()).record(company.dealId, company.dealVersion, entry).dealVersion;
    // The first payment hands the company over (and a payment may make it a client again): its version moves.
    company.version = CompanyFunnelRepository(context).find(company.id)->version;
}

void DemoDepartment::openDeal(DemoCompany &company, qint64 by, const NewDeal &deal)
{
    NewDeal input = deal;
    input.ownerId = by;
    const OpenedDeal opened = DealOpener(as(by)).open(company.id, company.version, input);
    company.version = opened.companyVersion;
    company.dealId = opened.dealId;
    company.dealVersion = opened.dealVersion;
    company.dealOwnerId = by;
}

void DemoDepartment::reactivate(DemoCompany &company, const QDateTime &callAt, const QString &note)
{
    const DataContext context = as(m_accountManager);
    CompanyMove move;
    move.to = CompanyStage::Reactivation;
    company.version = StageMover(context).moveCompany(company.id, company.version, move);
    // The account manager plans the call that is to win the client back, as from the Today section.
    Task task;
    task.companyId = company.id;
    task.assigneeId = m_accountManager;
    task.kind = TaskKind::Reactivation;
    task.dueAt = callAt;
    task.note = note;
    TaskRepository(context).create(task);
}

void DemoDepartment::returnToColdBase(DemoCompany &company, const QString &comment)
{
    CompanyMove move;
    move.to = CompanyStage::Cold;
    move.comment = comment;
    company.version = StageMover(as(m_collector)).moveCompany(company.id, company.version, move);
}

} // namespace voronka
