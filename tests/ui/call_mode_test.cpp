#include "CallCompanyPanel.h"
#include "CallModeView.h"
#include "CallScriptPanel.h"
#include "MessageBox.h"
#include "ModalDialog.h"
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
    const QString language = QLocale().name().left(2) == QStringLiteral("ru") ? QStringLiteral("ru")
                                                                               : QStringLiteral("en");
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

