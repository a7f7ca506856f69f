#include "DemoBase.h"

#include "DemoCompanyGenerator.h"
#include "domain/Clock.h"
#include "storage/ActivityRepository.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

void DemoBase::fill(DataContext context, int companyCount)
{
    WriteTransaction transaction(context.db);
    UserRepository users(context);
    const struct
    {
        const char16_t *login;
        const char16_t *name;
        UserRole role;
    } people[] = {
        {u"collector", u"Анна Сборщикова", UserRole::Collector},
        {u"caller1", u"Илья Звонарёв", UserRole::Caller},
        {u"caller2", u"Мария Голосова", UserRole::Caller},
        {u"closer", u"Олег Договоров", UserRole::Closer},
        {u"account", u"Светлана Клиентова", UserRole::AccountManager},
    };
    QList<User> staff;
    for (const auto &person : people) {
        User user;
        user.login = QString::fromUtf16(person.login);
        user.fullName = QString::fromUtf16(person.name);
        user.role = person.role;
        if (!users.findByLogin(user.login))
            users.create(user);
        staff.append(*users.findByLogin(user.login));
    }
    const User &collector = staff.at(0);
    const User &caller1 = staff.at(1);
    const User &caller2 = staff.at(2);
    const User &closer = staff.at(3);
    const User &account = staff.at(4);

    // Each row is written as the person who would have made it, so the history of changes names them: the
    // collector brought the companies in, the closer opened the deals, the account manager took the payments.
    const DataContext asCollector{context.db, context.clock, collector.id};
    const DataContext asCloser{context.db, context.clock, closer.id};
    const DataContext asAccountManager{context.db, context.clock, account.id};
    DemoCompanyGenerator generator;
    CompanyBulkWriter writer(asCollector);
    DealRepository deals(asCloser);
    PaymentRepository payments(asAccountManager);
    ClientHandoverRepository handovers(context);
    TaskRepository tasks(context);
    static const char16_t *dealTitles[] = {u"Поставка оборудования", u"Годовой сервис",     u"Монтаж линии",
                                           u"Расходные материалы",   u"Обучение персонала", u"Пилотный проект"};
    // Open deals spread over the steps before payment, so the pipeline board shows a working week.
    const DealStep openSteps[] = {DealStep::Needs,      DealStep::Presentation, DealStep::OfferSent,
                                  DealStep::Objections, DealStep::Contract,     DealStep::InvoiceIssued};
    int dealNumber = 0;
    // Whole hours, as people plan callbacks.
    const QDateTime clockNow = context.clock.nowUtc();
    const QDateTime now(clockNow.date(), QTime(clockNow.time().hour(), 0), Qt::UTC);
    for (int i = 0; i < companyCount; ++i) {
        CompanyRecord record = generator.next();
        Company &company = record.company;
        // Roughly the shape of a real funnel: most of the base cold, fewer at every later stage.
        const int slot = i % 20;
        if (slot < 9) {
            company.stage = CompanyStage::Cold;
            company.ownerId = i % 2 ? caller1.id : caller2.id;
        } else if (slot < 13) {
            company.stage = CompanyStage::Calling;
            company.ownerId = i % 2 ? caller1.id : caller2.id;
            // From yesterday to the day after tomorrow, in working hours (9:00 to 17:00 Moscow time): the ones before
            // now are overdue.
            company.nextActionAt = QDateTime(now.date().addDays(i % 4 - 1), QTime(6 + i % 9, 0), Qt::UTC);
        } else if (slot < 15) {
            company.stage = CompanyStage::Meeting;
            company.ownerId = closer.id;
            // In working hours, 10:00 to 15:00 Moscow time.
            company.nextActionAt = QDateTime(now.date().addDays(1 + i % 7), QTime(7 + i % 6, 0), Qt::UTC);
        } else if (slot < 16) {
            company.stage = CompanyStage::Deal;
            company.ownerId = closer.id;
            company.nextActionAt = now.addDays(2 + i % 5);
        } else if (slot < 18) {
            company.stage = CompanyStage::Client;
            company.ownerId = account.id;
        } else if (slot < 19) {
            company.stage = CompanyStage::Lost;
        } else {
            company.stage = CompanyStage::Reactivation;
            company.ownerId = account.id;
            // From two days ago to within the week, so that the account manager's Today has them.
            company.nextActionAt = now.addDays(i % 9 - 2);
        }
        writer.insert(record);

        // A client in reactivation always has its next action: the account manager's call to win it back.
        if (company.stage == CompanyStage::Reactivation) {
            Task task;
            task.companyId = company.id;
            task.assigneeId = company.ownerId;
            task.kind = TaskKind::Reactivation;
            task.dueAt = company.nextActionAt;
            task.note = QStringLiteral("Давно не покупали — позвонить, узнать, что изменилось");
            tasks.create(task);
        }

        // Every promise on the funnel is a task: the caller's callback, the closer's meeting.
        if (company.stage == CompanyStage::Calling || company.stage == CompanyStage::Meeting) {
            Task task;
            task.companyId = company.id;
            task.assigneeId = company.ownerId;
            task.dueAt = company.nextActionAt;
            // Whatever came before, a few days back, so that today's call counters start at zero.
            const ShiftedClock earlier(context.clock, -86400 * (1 + i % 4));
            if (company.stage == CompanyStage::Calling) {
                task.kind = TaskKind::Callback;
                // The call that promised the callback.
                Activity call;
                call.companyId = company.id;
                call.kind = ActivityKind::Call;
                call.outcome = QStringLiteral("callback");
                call.note = QStringLiteral("Просили перезвонить, когда вернётся директор");
                ActivityRepository({context.db, earlier, company.ownerId}).add(call);
                task.note = QStringLiteral("Директор вернётся — спросить про поставки");
            } else {
                task.kind = TaskKind::Meeting;
                // Most closers go to the client's office; every third meeting is online.
                task.note = i % 3 == 0 ? QStringLiteral("Видеозвонок") : company.address;
                // The caller who booked it, on record as the meeting_booked call (MeetingOutcomes reads it).
                Activity booking;
                booking.companyId = company.id;
                booking.kind = ActivityKind::Call;
                booking.outcome = QStringLiteral("meeting_booked");
                ActivityRepository({context.db, earlier, i % 2 ? caller1.id : caller2.id}).add(booking);
            }
            tasks.create(task);
        }

        if (company.stage == CompanyStage::Deal || company.stage == CompanyStage::Client) {
            Deal deal;
            deal.companyId = company.id;
            deal.ownerId = closer.id;
            deal.title = QString::fromUtf16(dealTitles[dealNumber % std::size(dealTitles)]);
            deal.amountKopecks = (150000 + qint64(dealNumber) * 37300 % 900000) * 100;
            deal.marginKopecks = deal.amountKopecks / 4;
            deal.step
                = company.stage == CompanyStage::Client ? DealStep::Paid : openSteps[dealNumber % std::size(openSteps)];
            if (deal.step == DealStep::InvoiceIssued || deal.step == DealStep::Paid) {
                deal.invoiceNumber = QStringLiteral("%1-%2").arg(now.date().year()).arg(100 + dealNumber);
                // Far enough back that a paid invoice's money (three days later) has arrived by today.
                deal.invoiceDate = now.date().addDays(-(3 + dealNumber % 20));
            }
            deals.create(deal);
            if (deal.step == DealStep::Paid) {
                Payment payment;
                payment.dealId = deal.id;
                payment.companyId = company.id;
                payment.amountKopecks = deal.amountKopecks;
                payment.paidOn = deal.invoiceDate.addDays(3);
                payments.create(payment);
                // The closer brought the client; the account manager has served it since the first payment.
                handovers.recordHandover(company.id, closer.id, QDateTime(payment.paidOn, QTime(12, 0), Qt::UTC));
            }
            ++dealNumber;
        }
    }
    transaction.commit();
}

} // namespace voronka
