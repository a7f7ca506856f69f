#include "calls/CallCompanyPanel.h"
#include "calls/CallModeView.h"
#include "calls/CallScriptPanel.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "funnel/CallOutcomes.h"
#include "funnel/CallSettings.h"
#include "storage/CallScriptRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
struct CallDesk
{
    TestDatabase base;
    qint64 callerId = 0;
    qint64 closerId = 0;
    std::unique_ptr<CallModeView> view;

    CallDesk()
    {
        callerId = createUser(base, QStringLiteral("caller"), QStringLiteral("Ирина Звонова"), UserRole::Caller);
        closerId = createUser(base, QStringLiteral("closer"), QStringLiteral("Пётр Закрывалов"), UserRole::Closer);
    }

    // A company of the caller's with one number per phone given; nextAction set makes it a callback.
    qint64 addCompany(const QString &name, const QStringList &phones, const QDateTime &nextAction = {})
    {
        Company company = makeCompany(name, QStringLiteral("Казань"));
        company.ownerId = callerId;
        company.stage = nextAction.isValid() ? CompanyStage::Calling : CompanyStage::Cold;
        company.nextActionAt = nextAction;
        CompanyRepository(base.context()).create(company);
        int position = 0;
        for (const QString &number : phones) {
            Phone phone;
            phone.companyId = company.id;
            phone.raw = number;
            phone.e164 = number;
            phone.position = position++;
            PhoneRepository(base.context()).create(phone);
        }
        return company.id;
    }

    void open()
    {
        view = std::make_unique<CallModeView>(base.contextAs(callerId), UserRepository(base.context()).list());
        view->resize(1100, 700);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        view->setFocus();
    }

    void press(Qt::Key key) { QTest::keyClick(view.get(), key); }

    CompanyFunnelState state(qint64 companyId) { return *CompanyFunnelRepository(base.context()).find(companyId); }

    qint64 count(const QString &sqlTail, std::initializer_list<QVariant> values = {})
    {
        return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM ") + sqlTail, values)
            .toLongLong();
    }
};

// The answers to click, from the script's current step, to the first answer that books a meeting.
QList<int> pathToMeeting(const CallScript &script, const QString &from)
{
    QList<QPair<QString, QList<int>>> pending{{from, {}}};
    QStringList seen{from};
    while (!pending.isEmpty()) {
        const auto [stepId, path] = pending.takeFirst();
        const CallScriptStep *step = script.step(stepId);
        for (int i = 0; step && i < step->answers.size(); ++i) {
            const CallScriptAnswer &answer = step->answers.at(i);
            if (answer.outcomeKey == QStringLiteral("meeting_booked"))
                return path + QList<int>{i};
            if (!answer.nextStepId.isEmpty() && !seen.contains(answer.nextStepId)) {
                seen.append(answer.nextStepId);
                pending.append({answer.nextStepId, path + QList<int>{i}});
            }
        }
    }
    return {};
}

void fillMeeting(QDialog &dialog, const QDate &date, const QTime &time, const QString &place, const QString &closer)
{
    child<QDateEdit>(dialog, "meetingDate")->setDate(date);
    child<QTimeEdit>(dialog, "meetingTime")->setTime(time);
    QLineEdit *placeEdit = child<QLineEdit>(dialog, "meetingPlace");
    placeEdit->clear();
    typeText(placeEdit, place);
    QComboBox *closers = child<QComboBox>(dialog, "meetingCloser");
    closers->setCurrentIndex(closers->findText(closer));
    REQUIRE(closers->currentIndex() >= 0);
}
} // namespace

TEST_CASE("Call mode takes a caller through the queue and a script to a booked meeting", "[ui][calls]")
{
    CallDesk desk;
    const QDateTime now = desk.base.clock().nowUtc();
    const qint64 overdue = desk.addCompany(QStringLiteral("ООО «Вчерашний звонок»"), {QStringLiteral("+74950000001")},
                                           now.addSecs(-3600));
    const qint64 fresh = desk.addCompany(QStringLiteral("ООО «Ромашка»"), {QStringLiteral("+74951234567")});
    Contact director;
    director.companyId = fresh;
    director.fullName = QStringLiteral("Анна Петровна Иванова");
    director.position = QStringLiteral("директор");
    ContactRepository(desk.base.context()).create(director);
    const qint64 later = desk.addCompany(QStringLiteral("АО «Вектор»"), {QStringLiteral("+74957654321")});
    desk.open();

    // The due callback comes first, with why it is there.
    CHECK(desk.view->currentCompanyId() == overdue);
    CHECK(child<QLabel>(*desk.view, "callQueueReason")->text().startsWith(QStringLiteral("Callback overdue")));
    CHECK(desk.view->tallyText() == QStringLiteral("Calls today: 0 · meetings booked: 0"));

    // F1: no answer. The company comes back later; the next one is up at once.
    desk.press(Qt::Key_F1);
    CHECK(desk.state(overdue).callAttempts == 1);
    CHECK(desk.state(overdue).nextActionAt > now);
    CHECK(desk.view->currentCompanyId() == fresh);
    CHECK(child<QLabel>(*desk.view, "callCompanyName")->text() == QStringLiteral("ООО «Ромашка»"));
    CHECK(child<QListWidget>(*desk.view, "callContacts")->item(0)->text()
          == QStringLiteral("Анна Петровна Иванова — директор"));
    CHECK(child<QListWidget>(*desk.view, "callPhones")->item(0)->text().startsWith(QStringLiteral("+7 495 123-45-67")));
    CHECK(desk.view->tallyText() == QStringLiteral("Calls today: 1 · meetings booked: 0"));

    // Follow the script with the digit keys to the answer that books a meeting.
    CallScriptPanel *script = desk.view->scriptPanel();
    REQUIRE(script->hasScript());
    const QString language
        = QLocale().name().left(2) == QStringLiteral("ru") ? QStringLiteral("ru") : QStringLiteral("en");
    std::optional<CallScript> stored;
    for (const CallScript &candidate : CallScriptRepository(desk.base.context()).list(language))
        stored = CallScriptRepository(desk.base.context()).load(candidate.id);
    REQUIRE(stored);
    CHECK(script->currentText() == stored->step(stored->startStepId)->text);
    const QList<int> path = pathToMeeting(*stored, stored->startStepId);
    REQUIRE_FALSE(path.isEmpty());

    const QDate tomorrow = now.toLocalTime().date().addDays(1);
    bool asked = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        asked = true;
        fillMeeting(dialog, tomorrow, QTime(11, 30), QStringLiteral("Казань, ул. Баумана, 5"),
                    QStringLiteral("Пётр Закрывалов"));
        dialog.accept();
    });
    for (const int answer : path)
        desk.press(Qt::Key(Qt::Key_1 + answer));
    REQUIRE(asked);

    // The company went to the closer with a meeting; the caller's booking is on record; the next company is up.
    const CompanyFunnelState booked = desk.state(fresh);
    CHECK(booked.stage == CompanyStage::Meeting);
    CHECK(booked.ownerId == desk.closerId);
    const QList<Task> tasks = TaskRepository(desk.base.context()).listOpenForCompany(fresh);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().kind == TaskKind::Meeting);
    CHECK(tasks.first().assigneeId == desk.closerId);
    CHECK(tasks.first().note == QStringLiteral("Казань, ул. Баумана, 5"));
    CHECK(tasks.first().dueAt == QDateTime(tomorrow, QTime(11, 30)).toUTC());
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ? AND kind = 'call' AND outcome = 'meeting_booked' "
                                    "AND user_id = ?"),
                     {fresh, desk.callerId})
          == 1);
    CHECK(desk.view->currentCompanyId() == later);
    CHECK(desk.view->tallyText() == QStringLiteral("Calls today: 2 · meetings booked: 1"));
    CHECK(script->currentText() == stored->step(stored->startStepId)->text);
}

TEST_CASE("A meeting in the past is refused in the dialog and nothing is written", "[ui][calls][bad-input]")
{
    CallDesk desk;
    const qint64 company = desk.addCompany(QStringLiteral("ООО «Ромашка»"), {QStringLiteral("+74951234567")});
    desk.open();
    const QDate yesterday = desk.base.clock().nowUtc().toLocalTime().date().addDays(-1);
    QString refusal;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        fillMeeting(dialog, yesterday, QTime(11, 0), QStringLiteral("Офис клиента"), QStringLiteral("Пётр Закрывалов"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept();
        refusal = MessageBox::lastText();
        // Still open with what was typed: the caller can fix the date.
        CHECK(child<QLineEdit>(dialog, "meetingPlace")->text() == QStringLiteral("Офис клиента"));
        dialog.reject();
    });
    CHECK_FALSE(desk.view->recordOutcome(CallOutcome::MeetingBooked));
    CHECK(refusal == QStringLiteral("The meeting time has already passed."));
    CHECK(desk.state(company).stage == CompanyStage::Cold);
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ?"), {company}) == 0);
    CHECK(desk.count(QStringLiteral("tasks WHERE company_id = ?"), {company}) == 0);
    CHECK(desk.view->currentCompanyId() == company);
}

TEST_CASE("A wrong number is struck out and the company stays while another number is left", "[ui][calls]")
{
    CallDesk desk;
    const qint64 twoNumbers = desk.addCompany(QStringLiteral("ООО «Два номера»"),
                                              {QStringLiteral("+74950000001"), QStringLiteral("+74950000002")});
    const qint64 next = desk.addCompany(QStringLiteral("ООО «Следующая»"), {QStringLiteral("+74950000003")});
    desk.open();
    QListWidget *phones = child<QListWidget>(*desk.view, "callPhones");
    const QList<Phone> numbers = PhoneRepository(desk.base.context()).listForCompany(twoNumbers);

    desk.press(Qt::Key_F3);
    CHECK(desk.count(QStringLiteral("phones WHERE id = ? AND wrong_number = 1"), {numbers.at(0).id}) == 1);
    CHECK(desk.view->currentCompanyId() == twoNumbers);
    CHECK(phones->item(0)->font().strikeOut());
    CHECK(phones->currentRow() == 1);

    desk.press(Qt::Key_F3);
    CHECK(desk.count(QStringLiteral("phones WHERE id = ? AND wrong_number = 1"), {numbers.at(1).id}) == 1);
    CHECK(desk.view->currentCompanyId() == next);
}

TEST_CASE("A colleague's change is reported and the company is shown as they left it", "[ui][calls][bad-input]")
{
    CallDesk desk;
    const qint64 company = desk.addCompany(QStringLiteral("ООО «Ромашка»"), {QStringLiteral("+74951234567")});
    desk.open();
    // A colleague renames the company while the caller is on the phone.
    Company changed = *CompanyRepository(desk.base.context()).find(company);
    changed.name = QStringLiteral("ООО «Ромашка-Плюс»");
    CompanyRepository(desk.base.context()).update(changed);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    desk.press(Qt::Key_F2);
    CHECK(MessageBox::lastText().contains(QStringLiteral("changed")));
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ? AND kind = 'call'"), {company}) == 0);
    CHECK(desk.view->currentCompanyId() == company);
    CHECK(child<QLabel>(*desk.view, "callCompanyName")->text() == QStringLiteral("ООО «Ромашка-Плюс»"));

    // Now on the fresh version, the same key records the call.
    desk.press(Qt::Key_F2);
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ? AND outcome = 'busy'"), {company}) == 1);
}

TEST_CASE("Refused, skipped and parked companies leave the queue until it is empty", "[ui][calls]")
{
    CallDesk desk;
    const qint64 refusing = desk.addCompany(QStringLiteral("ООО «Не надо»"), {QStringLiteral("+74950000001")});
    const qint64 skipped = desk.addCompany(QStringLiteral("ООО «Потом»"), {QStringLiteral("+74950000002")});
    const qint64 silent = desk.addCompany(QStringLiteral("ООО «Тишина»"), {QStringLiteral("+74950000003")});
    desk.open();

    // The head set the parking limit to one unanswered call.
    ModalDialog::setNextFiller([](QDialog &dialog) {
        child<QSpinBox>(dialog, "maxFailedAttempts")->setValue(1);
        dialog.accept();
    });
    child<QPushButton>(*desk.view, "callRules")->click();
    CHECK(CallSettings::load(desk.base.db()).maxFailedAttempts == 1);

    QString reason;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        QComboBox *reasons = child<QComboBox>(dialog, "lostReason");
        REQUIRE(reasons->count() > 1);
        reasons->setCurrentIndex(1);
        reason = reasons->currentText();
        dialog.accept();
    });
    desk.press(Qt::Key_F4);
    CHECK(desk.state(refusing).stage == CompanyStage::Lost);
    CHECK(desk.state(refusing).lostReason == reason);

    CHECK(desk.view->currentCompanyId() == skipped);
    desk.press(Qt::Key_F8);
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ?"), {skipped}) == 0);

    CHECK(desk.view->currentCompanyId() == silent);
    desk.press(Qt::Key_F1);
    CHECK(desk.state(silent).isParked());
    CHECK(desk.view->statusText().contains(QStringLiteral("parked")));

    CHECK(desk.view->currentCompanyId() == 0);
    CHECK(child<QLabel>(*desk.view, "callQueueEmpty")->isVisible());
}

TEST_CASE("F3 on a callback's only number sends it to the needs-a-number list, its callback cancelled",
          "[ui][calls][wrong-number]")
{
    CallDesk desk;
    const QDateTime now = desk.base.clock().nowUtc();
    const qint64 oneNumber
        = desk.addCompany(QStringLiteral("ООО «Один номер»"), {QStringLiteral("+74950000001")}, now.addSecs(-600));
    Task callback;
    callback.companyId = oneNumber;
    callback.assigneeId = desk.callerId;
    callback.kind = TaskKind::Callback;
    callback.dueAt = now.addSecs(-600);
    TaskRepository(desk.base.context()).create(callback);
    const qint64 next = desk.addCompany(QStringLiteral("ООО «Следующая»"), {QStringLiteral("+74950000002")});
    desk.open();
    REQUIRE(desk.view->currentCompanyId() == oneNumber);

    desk.press(Qt::Key_F3);
    // Nothing left to dial: the next company is up, and the dead one does not come back to the top.
    CHECK(desk.view->currentCompanyId() == next);
    CHECK(desk.view->statusText().contains(QStringLiteral("Needs a number")));
    CHECK_FALSE(desk.state(oneNumber).nextActionAt.isValid());
    CHECK(TaskRepository(desk.base.context()).find(callback.id)->status == TaskStatus::Cancelled);
    desk.view->reload();
    CHECK(desk.view->currentCompanyId() == next);
    CHECK(child<QLabel>(*desk.view, "callQueueSize")->text() == QStringLiteral("Callbacks due: 0"));

    // Once the collector adds a working number, it comes back to the caller.
    desk.press(Qt::Key_F8);
    Phone found;
    found.companyId = oneNumber;
    found.raw = QStringLiteral("+74950000009");
    found.e164 = found.raw;
    PhoneRepository(desk.base.context()).create(found);
    desk.view->reload();
    CHECK(desk.view->currentCompanyId() == oneNumber);
}

TEST_CASE("A caller's empty queue says everyone was called only when it is true", "[ui][calls][empty]")
{
    CallDesk desk;
    const qint64 colleague
        = createUser(desk.base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
    Company theirs = makeCompany(QStringLiteral("ООО «Чужая»"), QStringLiteral("Тула"));
    theirs.ownerId = colleague;
    CompanyRepository(desk.base.context()).create(theirs);
    Phone phone;
    phone.companyId = theirs.id;
    phone.raw = QStringLiteral("+74950000001");
    phone.e164 = phone.raw;
    PhoneRepository(desk.base.context()).create(phone);
    desk.open();

    CHECK(desk.view->currentCompanyId() == 0);
    const QString text = desk.view->emptyText();
    CHECK_FALSE(text.contains(QStringLiteral("every company")));
    CHECK(text.contains(QStringLiteral("not called yet (1)")));

    // Once the colleague has called it, it is true.
    SqlStatement::run(desk.base.db().connection(),
                      QStringLiteral("UPDATE companies SET stage = 'calling' WHERE id = ?"), {theirs.id});
    desk.view->reload();
    CHECK(desk.view->emptyText().contains(QStringLiteral("every company in the base has been called")));
}

TEST_CASE("The head has no queue of their own and can look at a caller's", "[ui][calls][head]")
{
    CallDesk desk;
    const qint64 headId = createUser(desk.base, QStringLiteral("boss"), QStringLiteral("Глава Отдела"), UserRole::Head);
    const qint64 company = desk.addCompany(QStringLiteral("ООО «Ромашка»"), {QStringLiteral("+74951234567")});
    desk.view = std::make_unique<CallModeView>(desk.base.contextAs(headId), UserRepository(desk.base.context()).list());
    desk.view->resize(1100, 700);
    desk.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(desk.view.get()));

    CHECK(desk.view->currentCompanyId() == 0);
    CHECK(desk.view->emptyText().startsWith(QStringLiteral("You have no call queue of your own")));
    CHECK_FALSE(desk.view->emptyText().contains(QStringLiteral("every company")));

    QComboBox *owner = child<QComboBox>(*desk.view, "queueOwner");
    owner->setCurrentIndex(owner->findData(desk.callerId));
    CHECK(desk.view->queueOwnerId() == desk.callerId);
    CHECK(desk.view->currentCompanyId() == company);
    // Looking, not calling: no outcome is recorded from the caller's queue, and no lease keeps the caller out.
    CHECK_FALSE(child<QPushButton>(*desk.view, "outcome_no_answer")->isEnabled());
    CHECK_FALSE(desk.view->recordOutcome(CallOutcome::NoAnswer));
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ?"), {company}) == 0);
    CHECK(desk.count(QStringLiteral("company_leases")) == 0);
}

TEST_CASE("The script is read with the contact's and the caller's names, the unknown as blanks", "[ui][calls][script]")
{
    CallDesk desk;
    const qint64 company = desk.addCompany(QStringLiteral("ООО «Ромашка»"), {QStringLiteral("+74951234567")});
    Contact director;
    director.companyId = company;
    director.fullName = QStringLiteral("Иванова Анна Петровна");
    ContactRepository(desk.base.context()).create(director);
    desk.open();

    CallScriptPanel *script = desk.view->scriptPanel();
    REQUIRE(script->hasScript());
    // The secretary's step names the caller; the first answer puts them through to the decision maker, whose
    // greeting names the contact.
    CHECK(script->shownText().contains(QStringLiteral("<b>Ирина</b>")));
    script->choose(0);
    REQUIRE(script->currentText().startsWith(QStringLiteral("[")));
    const QString shown = script->shownText();
    CHECK(shown.contains(QStringLiteral("<b>Анна Петровна</b>")));
    CHECK(shown.contains(QStringLiteral("<b>Ирина</b>")));
    CHECK_FALSE(shown.contains(QStringLiteral("[")));
    CHECK(shown.contains(QStringLiteral("text-decoration: underline")));
}

TEST_CASE("Booking a meeting shows the closer's day and books over a meeting only with a reason",
          "[ui][calls][meeting][schedule]")
{
    CallDesk desk;
    const QDate tomorrow = desk.base.clock().nowUtc().toLocalTime().date().addDays(1);
    const qint64 voronezh = desk.addCompany(QStringLiteral("ООО «Воронеж»"), {QStringLiteral("+74730000001")});
    MeetingBooking first;
    first.date = tomorrow;
    first.time = QTime(11, 0);
    first.place = QStringLiteral("Воронеж, пр. Революции, 1");
    first.closerId = desk.closerId;
    CallOutcomes(desk.base.contextAs(desk.callerId)).meetingBooked(voronezh, 1, first);
    const qint64 krasnoyarsk = desk.addCompany(QStringLiteral("ООО «Красноярск»"), {QStringLiteral("+73910000001")});
    desk.open();
    REQUIRE(desk.view->currentCompanyId() == krasnoyarsk);

    QString dayShown;
    bool warned = false;
    QString refusal;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        fillMeeting(dialog, tomorrow, QTime(11, 0), QStringLiteral("Красноярск"), QStringLiteral("Пётр Закрывалов"));
        dayShown = child<QLabel>(dialog, "closerDay")->text();
        warned = !child<QLabel>(dialog, "overlapWarning")->isHidden();
        // Without a reason, core refuses it and the dialog stays.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept();
        refusal = MessageBox::lastText();
        CHECK(dialog.result() == QDialog::Rejected);
        typeText(child<QLineEdit>(dialog, "overlapReason"), QStringLiteral("Воронеж переносят на вечер"));
        dialog.accept();
    });
    CHECK(desk.view->recordOutcome(CallOutcome::MeetingBooked));
    CHECK(dayShown.contains(QStringLiteral("11:00")));
    CHECK(dayShown.contains(QStringLiteral("ООО «Воронеж»")));
    CHECK(warned);
    CHECK(refusal.contains(QStringLiteral("already has a meeting at 11:00")));
    CHECK(desk.state(krasnoyarsk).stage == CompanyStage::Meeting);
    CHECK(desk.count(QStringLiteral("activities WHERE company_id = ? AND outcome = 'meeting_booked' AND note LIKE ?"),
                     {krasnoyarsk, QStringLiteral("%Воронеж переносят на вечер%")})
          == 1);

    // Another hour of the same day raises no warning.
    const qint64 tula = desk.addCompany(QStringLiteral("ООО «Тула»"), {QStringLiteral("+74872000001")});
    desk.view->reload();
    REQUIRE(desk.view->currentCompanyId() == tula);
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        fillMeeting(dialog, tomorrow, QTime(15, 0), QStringLiteral("Тула"), QStringLiteral("Пётр Закрывалов"));
        warned = !child<QLabel>(dialog, "overlapWarning")->isHidden();
        dialog.accept();
    });
    CHECK(desk.view->recordOutcome(CallOutcome::MeetingBooked));
    CHECK_FALSE(warned);
    CHECK(desk.state(tula).stage == CompanyStage::Meeting);
}

TEST_CASE("On a big base an empty queue is explained after a background read of the rest of the base",
          "[ui][calls][empty][background]")
{
    CallDesk desk;
    const qint64 colleague
        = createUser(desk.base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
    for (int i = 0; i < 2; ++i) {
        Company theirs = makeCompany(QStringLiteral("ООО «Чужая %1»").arg(i), QStringLiteral("Тула"));
        theirs.ownerId = colleague;
        CompanyRepository(desk.base.context()).create(theirs);
        Phone phone;
        phone.companyId = theirs.id;
        phone.raw = QStringLiteral("+7495000000%1").arg(i);
        phone.e164 = phone.raw;
        PhoneRepository(desk.base.context()).create(phone);
    }
    desk.view = std::make_unique<CallModeView>(desk.base.contextAs(desk.callerId),
                                               UserRepository(desk.base.context()).list());
    desk.view->setOutlookInBackgroundFrom(1); // two companies count as a big base here
    QSignalSpy shown(desk.view.get(), &CallModeView::emptyTextShown);
    desk.view->resize(1100, 700);
    desk.view->show();
    // The window says what it knows at once (before any event is processed) and reads the counts over the whole
    // base on a worker.
    CHECK(shown.isEmpty());
    CHECK(desk.view->emptyText().endsWith(QStringLiteral("Looking at the rest of the base…")));
    REQUIRE(QTest::qWaitForWindowExposed(desk.view.get()));
    if (shown.isEmpty())
        REQUIRE(shown.wait(30000));
    CHECK(desk.view->emptyText().contains(QStringLiteral("not called yet (2)")));
}
