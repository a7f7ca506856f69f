// The funnel is the only way a company's stage or a deal's step changes: every other public write of core/storage,
// run on a company and a deal that stand at a stage and step of their own, leaves both where they are and adds no
// stage_history row. Where a write takes a whole Company or Deal, the value handed in asks for another stage, so
// that a write path that starts storing it again (step = ? back in DealRepository::update) fails here.
#include "FunnelFixture.h"

#include "domain/Activity.h"
#include "domain/CallScript.h"
#include "domain/Payment.h"
#include "domain/Task.h"
#include "import/ImportService.h"
#include "storage/ActivityRepository.h"
#include "storage/CallScriptRepository.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyLeaseRepository.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/CompanySearchIndex.h"
#include "storage/ContactRepository.h"
#include "storage/DealRepository.h"
#include "storage/EmailRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/TaskScheduleRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QBuffer>

using namespace voronka;
using namespace voronka::test;

namespace {
// A company at meeting (a new one starts cold) with a deal at contract (a new one starts at needs), both put there
// by the funnel.
struct StandingFunnel
{
    StandingFunnel()
    {
        StageMover mover(f.asCaller());
        mover.moveCompany(f.companyId, f.state().version, companyMove(CompanyStage::Calling));
        mover.moveCompany(f.companyId, f.state().version, companyMove(CompanyStage::Meeting));
        Deal deal;
        deal.companyId = f.companyId;
        deal.ownerId = f.closerId;
        deal.title = QStringLiteral("Поставка");
        deal.step = DealStep::Contract;
        deal.amountKopecks = 150'000'00;
        DealRepository(f.asCloser()).create(deal);
        StageMover(f.asCloser()).recordDealOpened(deal, {});
        dealId = deal.id;
        historyRows = f.count(QStringLiteral("stage_history"));
    }

    void checkUntouched(const char *write)
    {
        INFO("after " << write);
        CHECK(f.state().stage == CompanyStage::Meeting);
        CHECK(DealRepository(f.base.context()).find(dealId)->step == DealStep::Contract);
        CHECK(f.count(QStringLiteral("stage_history")) == historyRows);
    }

    FunnelFixture f;
    qint64 dealId = 0;
    qint64 historyRows = 0;
};

QByteArray csv(const QString &text)
{
    return text.toUtf8();
}
} // namespace

TEST_CASE("No public write of storage outside the funnel moves a company's stage or a deal's step",
          "[funnel][stage-writes]")
{
    StandingFunnel s;
    FunnelFixture &f = s.f;
    const DataContext context = f.base.context();
    REQUIRE(f.count(QStringLiteral("stage_history")) == 3); // cold → calling → meeting, and the deal's first step
    const qint64 otherCompanyId = f.addCompany(QStringLiteral("АО «Василёк»"));

    // The company's own rows, each written as the card writes them, with the stage asked for along the way.
    Company company = *CompanyRepository(context).find(f.companyId);
    company.city = QStringLiteral("Тверь");
    company.stage = CompanyStage::Client;
    CompanyRepository(context).update(company);
    s.checkUntouched("CompanyRepository::update");

    const CompanyRecord original = *CompanyRecordRepository(context).load(f.companyId);
    CompanyRecord edited = original;
    edited.company.stage = CompanyStage::Lost;
    edited.company.address = QStringLiteral("ул. Ленина, 1");
    Contact person;
    person.fullName = QStringLiteral("Иван Петров");
    edited.contacts.append(person);
    Email mail;
    mail.address = QStringLiteral("info@romashka.ru");
    edited.emails.append(mail);
    CompanyRecordRepository(context).save(original, edited);
    s.checkUntouched("CompanyRecordRepository::save");

    Contact contact;
    contact.companyId = f.companyId;
    contact.fullName = QStringLiteral("Мария Иванова");
    ContactRepository(context).create(contact);
    contact.position = QStringLiteral("директор");
    ContactRepository(context).update(contact);
    ContactRepository(context).remove(contact.id, contact.version);
    s.checkUntouched("ContactRepository create, update, remove");

    Phone phone;
    phone.companyId = f.companyId;
    phone.raw = QStringLiteral("+7 495 765-43-21");
    phone.e164 = QStringLiteral("+74957654321");
    phone.position = 1;
    PhoneRepository(context).create(phone);
    phone.extension = QStringLiteral("12");
    PhoneRepository(context).update(phone);
    CompanyFunnelRepository(context).flagWrongNumber(f.companyId, phone.id);
    phone = PhoneRepository(context).listForCompany(f.companyId).constLast();
    PhoneRepository(context).remove(phone.id, phone.version);
    s.checkUntouched("PhoneRepository create, update, remove and a wrong number flagged");

    Email email;
    email.companyId = f.companyId;
    email.address = QStringLiteral("sales@romashka.ru");
    EmailRepository(context).create(email);
    email.address = QStringLiteral("office@romashka.ru");
    EmailRepository(context).update(email);
    EmailRepository(context).remove(email.id, email.version);
    s.checkUntouched("EmailRepository create, update, remove");

    // The deal's own data, saved as a plain edit asking for paid, and another deal opened beside it.
    Deal deal = *DealRepository(context).find(s.dealId);
    deal.amountKopecks = 180'000'00;
    deal.step = DealStep::Paid;
    deal.invoiceNumber = QStringLiteral("17");
    deal.invoiceDate = QDate(2026, 11, 25);
    deal.lostReason = QStringLiteral("Дорого");
    DealRepository(context).update(deal);
    CHECK(DealRepository(context).find(s.dealId)->amountKopecks == 180'000'00);
    CHECK(DealRepository(context).find(s.dealId)->invoiceNumber.isEmpty());
    CHECK(DealRepository(context).find(s.dealId)->lostReason.isEmpty());
    Deal another;
    another.companyId = otherCompanyId;
    another.title = QStringLiteral("Сервис");
    DealRepository(context).create(another);
    s.checkUntouched("DealRepository update and create");

    Payment payment;
    payment.dealId = s.dealId;
    payment.companyId = f.companyId;
    payment.amountKopecks = 50'000'00;
    payment.paidOn = QDate(2026, 11, 20);
    PaymentRepository(context).create(payment);
    ClientHandoverRepository(context).recordHandover(f.companyId, f.closerId, f.base.clock().nowUtc());
    s.checkUntouched("PaymentRepository::create and ClientHandoverRepository::recordHandover");

    Activity note;
    note.companyId = f.companyId;
    note.dealId = s.dealId;
    note.kind = ActivityKind::Note;
    note.note = QStringLiteral("Просили скидку");
    ActivityRepository(context).add(note);
    s.checkUntouched("ActivityRepository::add");

    TaskRepository tasks(context);
    Task task;
    task.companyId = f.companyId;
    task.dealId = s.dealId;
    task.assigneeId = f.closerId;
    task.kind = TaskKind::PaymentReminder;
    task.dueAt = f.later(3600);
    tasks.create(task);
    tasks.snooze(task, f.later(7200));
    TaskScheduleRepository(context).reschedule(task, f.later(10800), QStringLiteral("Позже"));
    tasks.takeDueReminders(f.closerId, f.later(86400), 100, 5000);
    task = *tasks.find(task.id);
    tasks.complete(task);
    Task callback;
    callback.companyId = f.companyId;
    callback.assigneeId = f.callerId;
    callback.kind = TaskKind::Callback;
    callback.dueAt = f.later(3600);
    tasks.create(callback);
    TaskScheduleRepository(context).cancel(callback);
    tasks.create(callback);
    tasks.cancelOpen(f.companyId, TaskKind::Callback);
    tasks.create(callback);
    tasks.closeOpenForCompany(f.companyId, TaskKind::Callback, TaskStatus::Done);
    tasks.closeOpenForDeal(s.dealId, TaskKind::PaymentReminder, TaskStatus::Cancelled);
    tasks.cancelOpenForDeal(s.dealId);
    s.checkUntouched("TaskRepository and TaskScheduleRepository");

    CompanyLeaseRepository leases(context);
    leases.acquire(f.companyId, f.callerId);
    leases.release(f.companyId, f.callerId);
    CompanySearchIndex(f.base.db()).refresh(f.companyId);
    s.checkUntouched("CompanyLeaseRepository and CompanySearchIndex");

    // Lists and settings the funnel reads.
    LostReason reason;
    reason.title = QStringLiteral("Ушли к конкурентам");
    LostReasonRepository(context).create(reason);
    reason.active = false;
    LostReasonRepository(context).update(reason);
    SettingsRepository(f.base.db()).setValue(QStringLiteral("test.key"), QStringLiteral("value"));
    SettingsRepository(f.base.db()).setFlag(QStringLiteral("test.flag"), true);
    User user;
    user.login = QStringLiteral("newcomer");
    user.fullName = QStringLiteral("Новый Сотрудник");
    user.role = UserRole::Closer;
    UserRepository(context).create(user);
    user.fullName = QStringLiteral("Новый Сотрудник-Петров");
    UserRepository(context).update(user);
    CallScriptRepository scripts(context);
    const QList<CallScript> seeded = scripts.list();
    REQUIRE_FALSE(seeded.isEmpty());
    CallScript script = *scripts.load(seeded.constFirst().id);
    script.id = 0;
    script.title = QStringLiteral("Копия");
    scripts.create(script);
    script.title = QStringLiteral("Копия 2");
    scripts.update(script);
    scripts.remove(script);
    s.checkUntouched("lost reasons, settings, users and call scripts");

    // The import's writes: the bulk writer's rows added to the standing company (a merge), a new company beside it,
    // a whole import merging into it through ImportService, and that import undone.
    {
        WriteTransaction transaction(f.base.db());
        CompanyBulkWriter writer(context);
        Contact merged;
        merged.companyId = f.companyId;
        merged.fullName = QStringLiteral("Пётр Сидоров");
        writer.insertContact(merged, 0);
        Phone mergedPhone;
        mergedPhone.companyId = f.companyId;
        mergedPhone.raw = QStringLiteral("+7 495 111-22-33");
        mergedPhone.e164 = QStringLiteral("+74951112233");
        mergedPhone.position = 5;
        writer.insertPhone(mergedPhone, 0);
        Email mergedEmail;
        mergedEmail.companyId = f.companyId;
        mergedEmail.address = QStringLiteral("buh@romashka.ru");
        writer.insertEmail(mergedEmail, 0);
        writer.insertNote(f.companyId, QStringLiteral("Из списка выставки"), 0);
        writer.refreshSearch(f.companyId);
        CompanyRecord fresh;
        fresh.company = makeCompany(QStringLiteral("ООО «Лютик»"), QStringLiteral("Казань"));
        writer.insert(fresh);
        transaction.commit();
    }
    s.checkUntouched("CompanyBulkWriter");

    QBuffer list;
    list.setData(csv(QStringLiteral("Компания;Телефон;ИНН;Сайт\n"
                                    "ООО «Ромашка»;+7 495 123-45-67;7707083893;romashka.ru\n"
                                    "ООО «Одуванчик»;+7 495 222-33-44;;\n")));
    REQUIRE(list.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("выставка.csv");
    options.duplicates = DuplicatePolicy::Merge;
    const ImportResult imported = ImportService(context).run(&list, options);
    REQUIRE(imported.merged == 1);
    REQUIRE(imported.imported == 1);
    s.checkUntouched("an import that merged into the company");
    ImportBatchRepository(context).undo(imported.batchId);
    s.checkUntouched("the import undone");

    // Deleting the other company and its deal leaves the standing ones as they are.
    CompanyRepository(context).remove(otherCompanyId, CompanyRepository(context).find(otherCompanyId)->version);
    s.checkUntouched("CompanyRepository::remove of another company");
}
