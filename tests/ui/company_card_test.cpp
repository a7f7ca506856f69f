// The company card: its stage moves through the funnel (checked, with a history row and a reason for lost), and an
// INN, e-mail address or phone that does not check out is marked where it is typed but still saved as typed.
#include "common/DateTimeText.h"
#include "common/ModalDialog.h"
#include "company/CompanyCard.h"
#include "company/CompanyTimeline.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StageHistoryRepository.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
struct CardDesk
{
    explicit CardDesk(CompanyStage stage)
    {
        companyId = createCompany(base, QStringLiteral("ООО «Ромашка»"), stage, 1);
        card = std::make_unique<CompanyCard>(base.context(), UserRepository(base.context()).list());
        card->resize(520, 900);
        card->QWidget::show(); // CompanyCard::show(record) hides it
        REQUIRE(QTest::qWaitForWindowExposed(card.get()));
        REQUIRE(card->showCompany(companyId));
    }

    QComboBox *stage() { return child<QComboBox>(*card, "stageCombo"); }

    QList<CompanyStage> offered()
    {
        QList<CompanyStage> stages;
        for (int i = 0; i < stage()->count(); ++i)
            stages.append(CompanyStage(stage()->itemData(i).toInt()));
        return stages;
    }

    // Picks a stage in the combo as a person does (the combo's activated signal).
    void pickStage(CompanyStage to)
    {
        const int index = stage()->findData(int(to));
        REQUIRE(index > 0);
        stage()->setCurrentIndex(index);
        emit stage()->activated(index);
    }

    CompanyStage storedStage() { return CompanyRepository(base.context()).find(companyId)->stage; }
    QList<StageChange> history() { return StageHistoryRepository(base.context()).listForCompany(companyId); }
    // The card's timeline as it shows now, newest first: what each entry says.
    QStringList timeline()
    {
        QTableWidget *table = child<QTableWidget>(*card, "timelineTable");
        QStringList entries;
        for (int row = 0; row < table->rowCount(); ++row)
            entries.append(table->item(row, CompanyTimeline::WhatColumn)->text());
        return entries;
    }

    TestDatabase base;
    qint64 companyId = 0;
    std::unique_ptr<CompanyCard> card;
};

void replaceText(QWidget &parent, const char *editName, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(parent, editName);
    edit->selectAll();
    typeText(edit, text);
}
} // namespace

TEST_CASE("The card's stage offers the funnel's moves and makes them with a history row", "[ui][card][funnel]")
{
    CardDesk desk(CompanyStage::Calling);
    CHECK(desk.offered()
          == QList<CompanyStage>{CompanyStage::Calling, CompanyStage::Meeting, CompanyStage::Lost, CompanyStage::Cold});
    const int historyBefore = int(desk.history().size());

    SECTION("a move to meeting, confirmed")
    {
        QString question;
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            question = child<QLabel>(dialog, "stageMoveQuestion")->text();
            typeText(child<QLineEdit>(dialog, "stageComment"), QStringLiteral("Сами позвонили"));
            child<QPushButton>(dialog, "okButton")->click();
        });
        desk.pickStage(CompanyStage::Meeting);
        CHECK(question.contains(QStringLiteral("ООО «Ромашка»")));
        CHECK(desk.storedStage() == CompanyStage::Meeting);
        const QList<StageChange> history = desk.history();
        REQUIRE(history.size() == historyBefore + 1);
        CHECK(history.constLast().fromStage == QStringLiteral("calling"));
        CHECK(history.constLast().toStage == QStringLiteral("meeting"));
        CHECK(history.constLast().comment == QStringLiteral("Сами позвонили"));
        CHECK(desk.timeline() == QStringList{QStringLiteral("Stage: Calling → Meeting\nСами позвонили")});
        CHECK(desk.stage()->currentIndex() == 0);
        CHECK(desk.stage()->currentData().toInt() == int(CompanyStage::Meeting));
        CHECK(desk.offered().constFirst() == CompanyStage::Meeting);
    }

    SECTION("a move to lost asks the reason")
    {
        QString reason;
        ModalDialog::setNextFiller([&](QDialog &dialog) {
            auto *reasons = child<QComboBox>(dialog, "lostReasonCombo");
            REQUIRE(reasons->count() > 1);
            reasons->setCurrentIndex(1);
            reason = reasons->currentText();
            child<QPushButton>(dialog, "okButton")->click();
        });
        desk.pickStage(CompanyStage::Lost);
        CHECK(desk.storedStage() == CompanyStage::Lost);
        REQUIRE(desk.history().size() == historyBefore + 1);
        CHECK(desk.history().constLast().toStage == QStringLiteral("lost"));
        CHECK(desk.history().constLast().comment == reason);
        CHECK(CompanyFunnelRepository(desk.base.context()).find(desk.companyId)->lostReason == reason);
        CHECK(desk.timeline() == QStringList{QStringLiteral("Stage: Calling → Lost\n") + reason});
    }

    SECTION("a cancelled move changes nothing")
    {
        ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "cancelButton")->click(); });
        desk.pickStage(CompanyStage::Lost);
        CHECK(desk.storedStage() == CompanyStage::Calling);
        CHECK(desk.history().size() == historyBefore);
        CHECK(desk.timeline().isEmpty());
        CHECK(desk.stage()->currentData().toInt() == int(CompanyStage::Calling));
        CHECK_FALSE(desk.card->hasUnsavedChanges());
    }
}

TEST_CASE("Unsaved edits are saved before the card moves the stage, and the save never moves it", "[ui][card][funnel]")
{
    CardDesk desk(CompanyStage::Cold);
    replaceText(*desk.card, "cityEdit", QStringLiteral("Тверь"));
    ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "okButton")->click(); });
    desk.pickStage(CompanyStage::Calling);
    const Company stored = *CompanyRepository(desk.base.context()).find(desk.companyId);
    CHECK(stored.city == QStringLiteral("Тверь"));
    CHECK(stored.stage == CompanyStage::Calling);
    CHECK_FALSE(desk.card->hasUnsavedChanges());

    // A save afterwards writes the fields only.
    const int historyBefore = int(desk.history().size());
    replaceText(*desk.card, "cityEdit", QStringLiteral("Тула"));
    QTest::keyClick(desk.card.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(CompanyRepository(desk.base.context()).find(desk.companyId)->city == QStringLiteral("Тула"));
    CHECK(desk.storedStage() == CompanyStage::Calling);
    CHECK(desk.history().size() == historyBefore);
}

TEST_CASE("A wrong INN, a bad e-mail and an unreadable phone are marked, and saved as typed", "[ui][card][bad-input]")
{
    CardDesk desk(CompanyStage::Cold);
    CompanyCard &card = *desk.card;
    auto *inn = child<QLineEdit>(card, "innEdit");
    auto *innProblem = child<QLabel>(card, "innProblem");
    auto *emailProblem = child<QLabel>(card, "emailProblem");
    auto *phoneProblem = child<QLabel>(card, "phoneProblem");
    CHECK_FALSE(innProblem->isVisible());
    CHECK_FALSE(emailProblem->isVisible());
    CHECK_FALSE(phoneProblem->isVisible());

    replaceText(card, "innEdit", QStringLiteral("7707083894")); // 7707083893 is right
    replaceText(card, "emailsEdit", QStringLiteral("sales@romashka.ru, ivanov@@mail"));
    QTest::mouseClick(child<QPushButton>(card, "addPhoneButton"), Qt::LeftButton);
    auto *phones = child<QTableWidget>(card, "phonesTable");
    REQUIRE(phones->rowCount() == 1);
    phones->item(0, 0)->setText(QStringLiteral("12-34"));

    CHECK(innProblem->isVisible());
    CHECK(innProblem->text() == QStringLiteral("INN 7707083894 fails the check digits"));
    CHECK(inn->toolTip() == innProblem->text());
    CHECK(inn->styleSheet().contains(QStringLiteral("border")));
    CHECK(emailProblem->isVisible());
    CHECK(emailProblem->text() == QStringLiteral("E-mail ivanov@@mail not valid"));
    CHECK(child<QLineEdit>(card, "emailsEdit")->styleSheet().contains(QStringLiteral("border")));
    CHECK(phoneProblem->isVisible());
    CHECK(phoneProblem->text() == QStringLiteral("Phone 12-34 not recognised"));
    CHECK(phones->item(0, 2)->text() == QStringLiteral("not recognised"));

    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);
    const auto stored = CompanyRecordRepository(desk.base.context()).load(desk.companyId);
    REQUIRE(stored);
    CHECK(stored->company.inn == QStringLiteral("7707083894"));
    REQUIRE(stored->phones.size() == 1);
    CHECK(stored->phones.at(0).raw == QStringLiteral("12-34"));
    QStringList addresses;
    for (const Email &email : stored->emails)
        addresses.append(email.address);
    addresses.sort();
    CHECK(addresses == QStringList{QStringLiteral("ivanov@@mail"), QStringLiteral("sales@romashka.ru")});
    CHECK_FALSE(card.hasUnsavedChanges());
    // Still marked when the stored company is shown again.
    CHECK(innProblem->isVisible());
    CHECK(emailProblem->isVisible());
    CHECK(phoneProblem->isVisible());

    replaceText(card, "innEdit", QStringLiteral("7707083893"));
    CHECK_FALSE(innProblem->isVisible());
    CHECK(inn->toolTip().isEmpty());
    phones->item(0, 0)->setText(QStringLiteral("8 (495) 123-45-67"));
    CHECK_FALSE(phoneProblem->isVisible());
    CHECK(phones->item(0, 2)->text() == QStringLiteral("+7 495 123-45-67"));
}

TEST_CASE("Every field of the card is reached from its label's shortcut", "[ui][card]")
{
    CardDesk desk(CompanyStage::Cold);
    CompanyCard &card = *desk.card;
    // A label without a buddy shows its "&" as text ("&ИНН:") and its Alt shortcut goes nowhere.
    for (const char *field : {"nameEdit", "innEdit", "cityEdit", "emailsEdit"}) {
        INFO(field);
        QWidget *edit = child<QWidget>(card, field);
        bool labelled = false;
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (label->buddy() == edit)
                labelled = label->text().contains(QLatin1Char('&'));
        }
        CHECK(labelled);
    }
}

TEST_CASE("The card shows who collected the company and when its contact was confirmed", "[ui][card][team]")
{
    CardDesk desk(CompanyStage::Calling);
    QLabel *collected = child<QLabel>(*desk.card, "collectedByLabel");
    QLabel *confirmed = child<QLabel>(*desk.card, "confirmedLabel");
    CHECK(collected->text() == QStringLiteral("Head of sales")); // who typed it in
    CHECK(confirmed->text() == QStringLiteral("not confirmed yet"));

    const qint64 collector
        = createUser(desk.base, QStringLiteral("anna"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    const QDateTime when(QDate(2026, 11, 20), QTime(10, 30), Qt::UTC);
    SqlStatement::run(desk.base.db().connection(),
                      QStringLiteral("UPDATE companies SET collected_by = ?, confirmed_at = ? WHERE id = ?"),
                      {collector, toStoredTime(when), desk.companyId});
    desk.card = std::make_unique<CompanyCard>(desk.base.context(), UserRepository(desk.base.context()).list());
    desk.card->QWidget::show();
    REQUIRE(desk.card->showCompany(desk.companyId));
    CHECK(child<QLabel>(*desk.card, "collectedByLabel")->text() == QStringLiteral("Анна Сборщикова"));
    CHECK(child<QLabel>(*desk.card, "confirmedLabel")->text()
          == QStringLiteral("confirmed %1").arg(shortDateTimeText(when)));
}
