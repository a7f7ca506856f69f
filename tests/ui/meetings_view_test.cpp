#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Phone.h"
#include "funnel/CallOutcomes.h"
#include "funnel/MeetingOutcomes.h"
#include "meetings/MeetingsView.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "support/ScopedTimeZone.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
struct Screen
{
    Screen()
    {
        closerId = createUser(base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
        otherCloserId = createUser(base, QStringLiteral("closer2"), QStringLiteral("Пётр Встречин"), UserRole::Closer);
        callerId = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    }

    // A cold company with a phone, booked by the caller for a meeting with the closer, hours from now.
    qint64 book(const QString &name, const QString &city, qint64 closer, int hoursFromNow, const QString &place)
    {
        Company company = makeCompany(name, city);
        CompanyRepository(base.context()).create(company);
        Phone phone;
        phone.companyId = company.id;
        phone.raw = QStringLiteral("8 (495) 123-45-67");
        phone.e164 = QStringLiteral("+74951234567");
        PhoneRepository(base.context()).create(phone);
        const QDateTime when = base.clock().nowUtc().addSecs(3600 * hoursFromNow);
        MeetingBooking booking;
        booking.date = when.date();
        booking.time = when.time();
        booking.place = place;
        booking.closerId = closer;
        CallOutcomeOptions options;
        options.timeZone = QTimeZone::utc();
        CallOutcomes(base.contextAs(callerId), options).meetingBooked(company.id, company.version, booking);
        return company.id;
    }

    // The usual case: one meeting of the closer, in three hours, with the closer's list open.
    qint64 bookOneAndOpen()
    {
        const qint64 company = book(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Казань"), closerId, 3,
                                    QStringLiteral("ул. Баумана, 1"));
        open(closerId);
        return company;
    }

    void open(qint64 userId)
    {
        view = std::make_unique<MeetingsView>(base.contextAs(userId), UserRepository(base.context()).list());
        view->resize(1000, 500);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    QString cell(int row, int column) const { return view->table()->model()->index(row, column).data().toString(); }

    void select(qint64 companyId)
    {
        for (int row = 0; row < view->rows().size(); ++row) {
            if (view->rows().at(row).companyId == companyId) {
                view->table()->selectRow(row);
                return;
            }
        }
        FAIL("the company has no meeting in the list");
    }

    // Opens the outcome dialog with the button, lets fill set its fields, presses OK, lets check look at the
    // dialog as OK left it, and returns whether the dialog was accepted (the outcome recorded).
    bool record(const char *button, const std::function<void(QDialog &)> &fill,
                const std::function<void(QDialog &)> &check = {})
    {
        return recordBy([&] { child<QPushButton>(*view, button)->click(); }, fill, check);
    }

    // The same, with the dialog opened by open (a key press).
    bool recordBy(const std::function<void()> &open, const std::function<void(QDialog &)> &fill,
                  const std::function<void(QDialog &)> &check = {})
    {
        bool accepted = false;
        bool opened = false;
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            opened = true;
            fill(dialog);
            child<QDialogButtonBox>(dialog, "meetingButtons")->button(QDialogButtonBox::Ok)->click();
            if (check)
                check(dialog);
            accepted = dialog.result() == QDialog::Accepted;
        });
        open();
        REQUIRE(opened);
        return accepted;
    }

    CompanyFunnelState company(qint64 id) { return *CompanyFunnelRepository(base.context()).find(id); }
    QList<Task> openTasks(qint64 companyId) { return TaskRepository(base.context()).listOpenForCompany(companyId); }
    qint64 count(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        return SqlStatement::scalar(base.db().connection(), sql, values).toLongLong();
    }
    QDateTime localTomorrowAt(QTime time)
    {
        return QDateTime(base.clock().nowUtc().toLocalTime().date().addDays(1), time);
    }

    TestDatabase base;
    qint64 closerId = 0;
    qint64 otherCloserId = 0;
    qint64 callerId = 0;
    std::unique_ptr<MeetingsView> view;
};
} // namespace

TEST_CASE("The meetings list shows a closer their own meetings soonest first and filters by closer", "[ui][meetings]")
{
    const ScopedTimeZone moscow("Europe/Moscow");
    Screen screen;
    const qint64 later = screen.book(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Казань"), screen.closerId, 30,
                                     QStringLiteral("ул. Баумана, 1"));
    const qint64 sooner = screen.book(QStringLiteral("АО Вектор"), QStringLiteral("Уфа"), screen.closerId, 3,
                                      QStringLiteral("Видеозвонок"));
    const qint64 other = screen.book(QStringLiteral("ИП Иванов"), QStringLiteral("Тула"), screen.otherCloserId, 5,
                                     QStringLiteral("Офис клиента"));
    screen.open(screen.closerId);

    auto *filter = child<QComboBox>(*screen.view, "meetingCloserFilter");
    CHECK(filter->currentData().toLongLong() == screen.closerId);
    REQUIRE(screen.view->rows().size() == 2);
    CHECK(screen.view->rows().at(0).companyId == sooner);
    CHECK(screen.view->rows().at(1).companyId == later);
    CHECK(screen.cell(1, MeetingsView::CompanyColumn) == QStringLiteral("ООО «Ромашка»"));
    CHECK(screen.cell(1, MeetingsView::CityColumn) == QStringLiteral("Казань"));
    CHECK(screen.cell(1, MeetingsView::PhoneColumn) == QStringLiteral("+7 495 123-45-67"));
    CHECK(screen.cell(1, MeetingsView::PlaceColumn) == QStringLiteral("ул. Баумана, 1"));
    CHECK(screen.cell(1, MeetingsView::CloserColumn) == QStringLiteral("Олег Договоров"));
    CHECK(screen.cell(1, MeetingsView::BookedByColumn) == QStringLiteral("Илья Звонарёв"));
    // 12:00 UTC, three hours after the fake clock's start, shown in local time (Moscow, UTC+3) in US English.
    CHECK(screen.cell(0, MeetingsView::WhenColumn) == QStringLiteral("11/25/26 3:00 PM"));
    CHECK(child<QLabel>(*screen.view, "meetingCount")->text() == QStringLiteral("2 meetings"));

    filter->setCurrentIndex(filter->findData(screen.otherCloserId));
    REQUIRE(screen.view->rows().size() == 1);
    CHECK(screen.view->rows().at(0).companyId == other);
    filter->setCurrentIndex(filter->findData(qint64(0)));
    CHECK(screen.view->rows().size() == 3);

    // Four hours on, the sooner meeting has passed without an outcome: it is marked overdue.
    screen.base.clock().advanceSeconds(4 * 3600);
    screen.view->reload();
    CHECK(screen.cell(0, MeetingsView::WhenColumn).endsWith(QStringLiteral(" (overdue)")));
    CHECK(screen.view->table()->model()->index(0, MeetingsView::WhenColumn).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(screen.cell(1, MeetingsView::WhenColumn).endsWith(QStringLiteral(" (overdue)")));
    CHECK(child<QLabel>(*screen.view, "meetingCount")->text() == QStringLiteral("3 meetings, 1 overdue"));

    // The head starts with the whole department; a double click opens the company.
    screen.open(1);
    CHECK(child<QComboBox>(*screen.view, "meetingCloserFilter")->currentData().toLongLong() == 0);
    CHECK(screen.view->rows().size() == 3);
    QSignalSpy activated(screen.view.get(), &MeetingsView::companyActivated);
    emit screen.view->table()->activated(screen.view->table()->model()->index(2, MeetingsView::CompanyColumn));
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == later);
}

TEST_CASE("A meeting held with an offer opens a deal and moves the company to deal", "[ui][meetings]")
{
    Screen screen;
    const qint64 company = screen.bookOneAndOpen();
    QSignalSpy recorded(screen.view.get(), &MeetingsView::meetingRecorded);
    screen.base.clock().advanceSeconds(3 * 3600); // the meeting has begun

    // Ctrl+Enter records the outcome of the selected meeting.
    screen.select(company);
    screen.view->table()->setFocus();
    const auto pressHeld = [&] { QTest::keyClick(screen.view->table(), Qt::Key_Return, Qt::ControlModifier); };
    CHECK(screen.recordBy(pressHeld, [](QDialog &dialog) {
        auto *next = child<QComboBox>(dialog, "meetingNextStepCombo");
        CHECK(next->currentData().toInt() == int(MeetingNextStep::Offer));
        CHECK(child<QLineEdit>(dialog, "dealTitleEdit")->text() == QStringLiteral("Offer for ООО «Ромашка»"));
        child<QDoubleSpinBox>(dialog, "dealAmountEdit")->setValue(150000.50);
        child<QDoubleSpinBox>(dialog, "dealMarginEdit")->setValue(30000);
        child<QLineEdit>(dialog, "meetingCommentEdit")->setText(QStringLiteral("Нужен монтаж до весны"));
    }));

    CHECK(screen.company(company).stage == CompanyStage::Deal);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM deals WHERE company_id = ? AND title = ? "
                                      "AND amount_kopecks = 15000050 AND margin_kopecks = 3000000 AND owner_id = ? "
                                      "AND step = 'presentation'"),
                       {company, QStringLiteral("Offer for ООО «Ромашка»"), screen.closerId})
          == 1);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM tasks WHERE company_id = ? AND kind = 'meeting' "
                                      "AND status = 'done'"),
                       {company})
          == 1);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM activities WHERE company_id = ? AND kind = 'meeting' "
                                      "AND outcome = 'held_offer' AND note = ?"),
                       {company, QStringLiteral("Нужен монтаж до весны")})
          == 1);
    CHECK(screen.view->rows().isEmpty());
    CHECK_FALSE(child<QPushButton>(*screen.view, "meetingHeldButton")->isEnabled());
    CHECK(child<QLabel>(*screen.view, "meetingCount")->text() == QStringLiteral("0 meetings"));
    REQUIRE(recorded.count() == 1);
    CHECK(recorded.first().first().toLongLong() == company);
}

TEST_CASE("A meeting held with think it over sets the follow-up, and a refusal loses the company", "[ui][meetings]")
{
    Screen screen;
    const qint64 thinking = screen.book(QStringLiteral("АО Вектор"), QStringLiteral("Уфа"), screen.closerId, 2,
                                        QStringLiteral("Видеозвонок"));
    const qint64 refusing = screen.book(QStringLiteral("ИП Иванов"), QStringLiteral("Тула"), screen.closerId, 4,
                                        QStringLiteral("Офис клиента"));
    screen.open(screen.closerId);
    screen.base.clock().advanceSeconds(4 * 3600); // both meetings have begun

    screen.select(thinking);
    const QDateTime tomorrow = screen.localTomorrowAt(QTime(10, 0));
    CHECK(screen.record("meetingHeldButton", [&](QDialog &dialog) {
        child<QComboBox>(dialog, "meetingNextStepCombo")->setCurrentIndex(1);
        CHECK(child<QDateTimeEdit>(dialog, "followUpEdit")->dateTime() == tomorrow);
    }));
    const QList<Task> followUp = screen.openTasks(thinking);
    REQUIRE(followUp.size() == 1);
    CHECK(followUp.first().kind == TaskKind::Callback);
    CHECK(followUp.first().assigneeId == screen.closerId);
    CHECK(followUp.first().dueAt == tomorrow.toUTC());
    CHECK(screen.company(thinking).stage == CompanyStage::Meeting);

    screen.select(refusing);
    CHECK(screen.record("meetingHeldButton", [](QDialog &dialog) {
        child<QComboBox>(dialog, "meetingNextStepCombo")->setCurrentIndex(2);
        auto *reason = child<QComboBox>(dialog, "lostReasonCombo");
        reason->setCurrentIndex(reason->findText(QStringLiteral("Too expensive")));
    }));
    CHECK(screen.company(refusing).stage == CompanyStage::Lost);
    CHECK(screen.company(refusing).lostReason == QStringLiteral("Too expensive"));
    CHECK(screen.openTasks(refusing).isEmpty());
    CHECK(screen.view->rows().isEmpty());
}

TEST_CASE("A moved meeting gets its new time and place", "[ui][meetings]")
{
    Screen screen;
    const qint64 company = screen.bookOneAndOpen();
    const QDateTime newTime = screen.localTomorrowAt(QTime(15, 30));

    screen.select(company);
    CHECK(screen.record("meetingMovedButton", [&](QDialog &dialog) {
        auto *place = child<QLineEdit>(dialog, "newPlaceEdit");
        CHECK(place->text() == QStringLiteral("ул. Баумана, 1"));
        child<QDateTimeEdit>(dialog, "newTimeEdit")->setDateTime(newTime);
        place->setText(QStringLiteral("Видеозвонок"));
    }));

    const QList<Task> tasks = screen.openTasks(company);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().kind == TaskKind::Meeting);
    CHECK(tasks.first().dueAt == newTime.toUTC());
    CHECK(tasks.first().note == QStringLiteral("Видеозвонок"));
    CHECK(screen.company(company).nextActionAt == newTime.toUTC());
    REQUIRE(screen.view->rows().size() == 1);
    CHECK(screen.view->rows().first().dueAt == newTime.toUTC());
    CHECK(screen.cell(0, MeetingsView::PlaceColumn) == QStringLiteral("Видеозвонок"));
}

TEST_CASE("A cancelled meeting sends the company back to its caller with a callback", "[ui][meetings]")
{
    Screen screen;
    const qint64 company = screen.bookOneAndOpen();
    const QDateTime callback = screen.localTomorrowAt(QTime(11, 0));

    screen.select(company);
    CHECK(screen.record("meetingCancelledButton", [&](QDialog &dialog) {
        auto *when = child<QDateTimeEdit>(dialog, "callbackEdit");
        CHECK(when->dateTime() == screen.localTomorrowAt(QTime(10, 0)));
        when->setDateTime(callback);
        child<QLineEdit>(dialog, "meetingCommentEdit")->setText(QStringLiteral("Директор заболел"));
    }));

    const CompanyFunnelState state = screen.company(company);
    CHECK(state.stage == CompanyStage::Calling);
    CHECK(state.ownerId == screen.callerId);
    CHECK(state.nextActionAt == callback.toUTC());
    const QList<Task> tasks = screen.openTasks(company);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().kind == TaskKind::Callback);
    CHECK(tasks.first().assigneeId == screen.callerId);
    CHECK(tasks.first().dueAt == callback.toUTC());
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM tasks WHERE company_id = ? AND kind = 'meeting' "
                                      "AND status = 'cancelled'"),
                       {company})
          == 1);
    CHECK(screen.view->rows().isEmpty());
}

TEST_CASE("A refused outcome is explained, keeps what was typed and writes nothing", "[ui][meetings]")
{
    Screen screen;
    const qint64 company = screen.bookOneAndOpen();
    const Task before = screen.openTasks(company).first();
    const qint64 versionBefore = screen.company(company).version;
    const qint64 activitiesBefore
        = screen.count(QStringLiteral("SELECT count(*) FROM activities WHERE company_id = ?"), {company});
    QSignalSpy recorded(screen.view.get(), &MeetingsView::meetingRecorded);
    const QDateTime past = screen.base.clock().nowUtc().addSecs(-3600).toLocalTime();

    // A past time for the moved meeting: explained, and the dialog keeps what was typed.
    screen.select(company);
    CHECK_FALSE(screen.record(
        "meetingMovedButton",
        [&](QDialog &dialog) {
            child<QDateTimeEdit>(dialog, "newTimeEdit")->setDateTime(past);
            child<QLineEdit>(dialog, "newPlaceEdit")->setText(QStringLiteral("Видеозвонок"));
            MessageBox::setNextAnswer(QMessageBox::Ok);
        },
        [&](QDialog &dialog) {
            CHECK(dialog.result() == QDialog::Rejected);
            CHECK(child<QDateTimeEdit>(dialog, "newTimeEdit")->dateTime() == past);
            CHECK(child<QLineEdit>(dialog, "newPlaceEdit")->text() == QStringLiteral("Видеозвонок"));
        }));
    CHECK(MessageBox::lastText() == QStringLiteral("The new meeting time has already passed."));

    // A margin above the amount of the offer.
    screen.select(company);
    CHECK_FALSE(screen.record(
        "meetingHeldButton",
        [](QDialog &dialog) {
            child<QDoubleSpinBox>(dialog, "dealAmountEdit")->setValue(1000);
            child<QDoubleSpinBox>(dialog, "dealMarginEdit")->setValue(2000);
            MessageBox::setNextAnswer(QMessageBox::Ok);
        },
        [](QDialog &dialog) { CHECK(child<QDoubleSpinBox>(dialog, "dealMarginEdit")->value() == 2000); }));
    CHECK(MessageBox::lastText().contains(QStringLiteral("margin"), Qt::CaseInsensitive));

    const QList<Task> untouched = screen.openTasks(company);
    REQUIRE(untouched.size() == 1);
    CHECK(untouched.first().dueAt == before.dueAt);
    CHECK(untouched.first().note == QStringLiteral("ул. Баумана, 1"));
    CHECK(untouched.first().version == before.version);
    CHECK(screen.company(company).version == versionBefore);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM activities WHERE company_id = ?"), {company})
          == activitiesBefore);

    // A colleague moved the meeting meanwhile: the copy on screen is stale.
    MeetingOutcomes(screen.base.contextAs(screen.otherCloserId))
        .moved(before.id, versionBefore, screen.base.clock().nowUtc().addSecs(7200));
    const qint64 versionMoved = screen.company(company).version;
    const qint64 activitiesMoved
        = screen.count(QStringLiteral("SELECT count(*) FROM activities WHERE company_id = ?"), {company});
    CHECK(activitiesMoved == activitiesBefore + 1);
    screen.select(company);
    CHECK_FALSE(screen.record("meetingCancelledButton", [](QDialog &) { MessageBox::setNextAnswer(QMessageBox::Ok); }));
    CHECK(MessageBox::lastText().contains(QStringLiteral("changed"), Qt::CaseInsensitive));

    CHECK(screen.company(company).stage == CompanyStage::Meeting);
    CHECK(screen.company(company).version == versionMoved);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM activities WHERE company_id = ?"), {company})
          == activitiesMoved);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM deals WHERE company_id = ?"), {company}) == 0);
    CHECK(screen.openTasks(company).size() == 1);
    CHECK(recorded.count() == 0);
}

TEST_CASE("A meeting marked held before it starts is refused with the reason, and nothing is written",
          "[ui][meetings][bad-input]")
{
    Screen screen;
    const qint64 company = screen.bookOneAndOpen(); // in three hours
    const qint64 versionBefore = screen.company(company).version;
    screen.select(company);
    CHECK_FALSE(screen.record(
        "meetingHeldButton",
        [](QDialog &dialog) {
            child<QDoubleSpinBox>(dialog, "dealAmountEdit")->setValue(1000);
            MessageBox::setNextAnswer(QMessageBox::Ok);
        },
        [](QDialog &dialog) { CHECK(dialog.result() == QDialog::Rejected); }));
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("The meeting has not taken place yet")));
    CHECK(screen.company(company).stage == CompanyStage::Meeting);
    CHECK(screen.company(company).version == versionBefore);
    CHECK(screen.count(QStringLiteral("SELECT count(*) FROM deals WHERE company_id = ?"), {company}) == 0);
    CHECK(screen.openTasks(company).size() == 1);
}

TEST_CASE("Moving a meeting shows the closer's other meetings that day and warns on a collision",
          "[ui][meetings][schedule]")
{
    Screen screen;
    const qint64 first = screen.book(QStringLiteral("ООО «Воронеж»"), QStringLiteral("Воронеж"), screen.closerId, 3,
                                     QStringLiteral("пр. Революции, 1"));
    const qint64 second = screen.book(QStringLiteral("ООО «Липецк»"), QStringLiteral("Липецк"), screen.closerId, 6,
                                      QStringLiteral("ул. Ленина, 2"));
    screen.open(screen.closerId);
    const QDateTime firstTime = screen.openTasks(first).first().dueAt.toLocalTime();

    screen.select(second);
    QString day;
    bool warned = false;
    CHECK(screen.record("meetingMovedButton", [&](QDialog &dialog) {
        child<QDateTimeEdit>(dialog, "newTimeEdit")->setDateTime(firstTime.addSecs(1800));
        day = child<QLabel>(dialog, "closerDay")->text();
        warned = !child<QLabel>(dialog, "overlapWarning")->isHidden();
    }));
    CHECK(day.contains(QStringLiteral("ООО «Воронеж»")));
    CHECK_FALSE(day.contains(QStringLiteral("ООО «Липецк»")));
    CHECK(warned);
    // A warning, not a refusal: the closer arranges their own day.
    CHECK(screen.openTasks(second).first().dueAt == firstTime.addSecs(1800).toUTC());
}

TEST_CASE("A base opened read-only shows its meetings and records no outcome", "[ui][meetings]")
{
    Screen screen;
    screen.book(QStringLiteral("ООО «Ромашка»"), QStringLiteral("Казань"), screen.closerId, 3,
                QStringLiteral("ул. Баумана, 1"));
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    screen.base.reopen(readOnly);
    screen.open(screen.closerId);

    CHECK(screen.view->rows().size() == 1);
    for (const char *button : {"meetingHeldButton", "meetingMovedButton", "meetingCancelledButton"})
        CHECK_FALSE(child<QPushButton>(*screen.view, button)->isEnabled());
    bool opened = false;
    ModalDialog::setNextFiller([&](QDialog &) { opened = true; });
    QTest::keyClick(screen.view->table(), Qt::Key_Return, Qt::ControlModifier);
    screen.view->recordMoved();
    CHECK_FALSE(opened);
    ModalDialog::setNextFiller(nullptr);
}
