// New inquiry (Ctrl+Shift+N): the person taking a call types who and what, and the window says who got it; a refusal
// keeps the dialog open with what was typed.
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "shell/MainWindow.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("New inquiry: typed in the dialog, routed to a closer with a task due now", "[ui][inquiry]")
{
    TestDatabase base;
    const qint64 closer
        = createUser(base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(window, "newInquiryAction");
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const auto companies = [&] {
        return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM companies")).toInt();
    };

    SECTION("no way to answer: refused, the dialog keeps what was typed")
    {
        QString kept;
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            child<QLineEdit>(dialog, "personEdit")->setText(QStringLiteral("Пётр Заказов"));
            MessageBox::setNextAnswer(QMessageBox::Ok);
            child<QDialogButtonBox>(dialog, nullptr)->button(QDialogButtonBox::Ok)->click();
            CHECK(MessageBox::lastText().contains(QStringLiteral("phone or an e-mail")));
            CHECK(dialog.result() != QDialog::Accepted);
            kept = child<QLineEdit>(dialog, "personEdit")->text();
            dialog.reject();
        });
        action->trigger();
        CHECK(kept == QStringLiteral("Пётр Заказов"));
        CHECK(companies() == 0);
    }
    SECTION("taken: a new company at calling, the closer's task due now, and the window says so")
    {
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            child<QLineEdit>(dialog, "personEdit")->setText(QStringLiteral("Пётр Заказов"));
            child<QLineEdit>(dialog, "companyEdit")->setText(QStringLiteral("ООО «Бумага»"));
            child<QLineEdit>(dialog, "phoneEdit")->setText(QStringLiteral("8 (495) 111-22-33"));
            child<QPlainTextEdit>(dialog, "requestEdit")->setPlainText(QStringLiteral("Нужна бумага"));
            auto *source = child<QComboBox>(dialog, "sourceCombo");
            source->setCurrentIndex(source->findData(int(InquirySource::Referral)));
            MessageBox::setNextAnswer(QMessageBox::Ok);
            child<QDialogButtonBox>(dialog, nullptr)->button(QDialogButtonBox::Ok)->click();
        });
        action->trigger();
        CHECK(MessageBox::lastText().contains(QStringLiteral("Олег Договоров")));
        REQUIRE(companies() == 1);
        CHECK(SqlStatement::scalar(base.db().connection(),
                                   QStringLiteral("SELECT count(*) FROM companies WHERE stage = 'calling' "
                                                  "AND owner_id = ? AND name = 'ООО «Бумага»'"),
                                   {closer})
                  .toInt()
              == 1);
        CHECK(SqlStatement::scalar(base.db().connection(),
                                   QStringLiteral("SELECT count(*) FROM tasks WHERE assignee_id = ? AND due_at = ? "
                                                  "AND note LIKE '%Нужна бумага%'"),
                                   {closer, toStoredTime(base.clock().nowUtc())})
                  .toInt()
              == 1);
        CHECK(SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT source FROM inquiries")).toString()
              == QStringLiteral("referral"));
    }
}
