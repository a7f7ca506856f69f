#include "InterfaceLanguage.h"
#include "common/MoneySpinBox.h"
#include "company/AuditDialog.h"
#include "company/CompanyTimeline.h"
#include "domain/CompanyStage.h"
#include "domain/Deal.h"
#include "domain/Money.h"
#include "domain/Payment.h"
#include "funnel/PaymentRecorder.h"
#include "storage/ActivityRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QWizard>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
const QLocale russian(QLocale::Russian, QLocale::Russia);

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QStringList rowTexts(QTableWidget *table, int row)
{
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return cells;
}
} // namespace

TEST_CASE("In Russian, Qt's own buttons read in Russian too", "[ui][language]")
{
    const InterfaceLanguage language(russian);
    CHECK(language.language() == QStringLiteral("ru"));
    CHECK(language.hasVoronkaTranslation());
    REQUIRE(language.hasQtTranslation());
    CHECK(QLocale().language() == QLocale::Russian);
    CHECK(companyStageTitle(CompanyStage::Cold) != QStringLiteral("Cold"));

    QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Save | QMessageBox::Discard);
    CHECK(withoutMnemonic(box.button(QMessageBox::Yes)->text()) == QStringLiteral("Да"));
    CHECK(withoutMnemonic(box.button(QMessageBox::No)->text()) == QStringLiteral("Нет"));
    CHECK(withoutMnemonic(box.button(QMessageBox::Save)->text()) == QStringLiteral("Сохранить"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(withoutMnemonic(buttons.button(QDialogButtonBox::Cancel)->text()) == QStringLiteral("Отмена"));

    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.addPage(new QWizardPage);
    CHECK(withoutMnemonic(wizard.buttonText(QWizard::NextButton)).startsWith(QStringLiteral("Далее")));
    CHECK(withoutMnemonic(wizard.buttonText(QWizard::FinishButton)) == QStringLiteral("Завершить"));
    CHECK(withoutMnemonic(wizard.buttonText(QWizard::CancelButton)) == QStringLiteral("Отмена"));
}

TEST_CASE("Leaving the language restores English and the locale before it", "[ui][language]")
{
    {
        const InterfaceLanguage language(russian);
        REQUIRE(QLocale().language() == QLocale::Russian);
    }
    CHECK(QLocale() == QLocale(QLocale::English, QLocale::UnitedStates));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
    CHECK(companyStageTitle(CompanyStage::Cold) == QStringLiteral("Cold"));

    // Voronka speaks no German: the interface stays English throughout, Qt's buttons included.
    const InterfaceLanguage german(QLocale(QLocale::German, QLocale::Germany));
    CHECK(german.language() == QStringLiteral("en"));
    CHECK_FALSE(german.hasQtTranslation());
    CHECK(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text()
          == QStringLiteral("Cancel"));
}

TEST_CASE("In Russian, the history of changes names fields in Russian and who changed them", "[ui][language][audit]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), UserRole::Caller);
    Company company = makeCompany(QStringLiteral("ООО Ромашка"), QStringLiteral("Казань"));
    CompanyRepository(base.contextAs(anna)).create(company);
    base.clock().advanceSeconds(60);
    company.city = QStringLiteral("Уфа");
    company.website = QStringLiteral("romashka.ru");
    company.industry = QStringLiteral("Пищевая промышленность");
    CompanyRepository(base.contextAs(anna)).update(company);
    Deal deal;
    deal.companyId = company.id;
    deal.title = QStringLiteral("Поставка");
    deal.amountKopecks = 20000000;
    DealRepository(base.contextAs(anna)).create(deal);

    const InterfaceLanguage language(russian);
    AuditDialog dialog(base.context(), UserRepository(base.context()).list(), company.id, company.name);
    auto *table = child<QTableWidget>(dialog, "auditTable");
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(rowTexts(table, row).mid(1).join(QLatin1Char('|')));
    CHECK(rows.contains(QStringLiteral("Анна Смирнова|Компания|Город|Казань|Уфа")));
    CHECK(rows.contains(QStringLiteral("Анна Смирнова|Компания|Сайт||romashka.ru")));
    CHECK(rows.contains(QStringLiteral("Анна Смирнова|Компания|Отрасль||Пищевая промышленность")));
    CHECK(rows.contains(QStringLiteral("Анна Смирнова|Компания|создано||ООО Ромашка")));
    CHECK(rows.contains(QStringLiteral("Анна Смирнова|Сделка «Поставка»|создано||Поставка")));
}

TEST_CASE("In Russian, money in the timeline reads the Russian way", "[ui][language][money]")
{
    TestDatabase base;
    const qint64 companyId = createCompany(base, QStringLiteral("ООО Ромашка"), CompanyStage::Deal, 0);
    Activity payment;
    payment.companyId = companyId;
    payment.kind = ActivityKind::Payment;
    payment.outcome = QStringLiteral("paid");
    payment.amount = Money(20000000);
    payment.note = QStringLiteral("п/п 512");
    ActivityRepository(base.context()).add(payment);

    CompanyTimeline english(base.context());
    english.showCompany(companyId);
    auto *table = child<QTableWidget>(english, "timelineTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, CompanyTimeline::WhatColumn)->text() == QStringLiteral("Payment of ₽200,000.00\nп/п 512"));

    const InterfaceLanguage language(russian);
    CompanyTimeline inRussian(base.context());
    inRussian.showCompany(companyId);
    table = child<QTableWidget>(inRussian, "timelineTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, CompanyTimeline::WhatColumn)->text().contains(QStringLiteral("200\u00A0000,00\u00A0₽")));
}

TEST_CASE("A money field takes an amount as people type it", "[ui][language][money]")
{
    const InterfaceLanguage language(russian);
    MoneySpinBox edit(QStringLiteral("amountEdit"));
    edit.setCurrency(QStringLiteral("RUB"));
    edit.show();
    auto *line = edit.findChild<QLineEdit *>();
    REQUIRE(line);
    const auto typed = [&](const QString &text) {
        edit.setKopecks(0);
        line->selectAll();
        typeText(line, text);
        edit.interpretText();
        return edit.kopecks();
    };
    CHECK(typed(QStringLiteral("1 500,50")) == 150050);
    CHECK(typed(QStringLiteral("1500.5")) == 150050); // a point, though Russian writes a comma
    CHECK(typed(QStringLiteral("1 500 ₽")) == 150000);
    CHECK(typed(QStringLiteral("200\u00A0000,00")) == 20000000);
    CHECK(typed(QStringLiteral("12x")) == 1200); // a stray letter is refused as it is typed
}
