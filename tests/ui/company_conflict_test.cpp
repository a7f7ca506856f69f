#include "common/ModalDialog.h"
#include "company/AuditDialog.h"
#include "company/CompanyCard.h"
#include "company/ConflictDialog.h"
#include "import/ImportService.h"
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
void replaceText(CompanyCard &card, const char *editName, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(card, editName);
    edit->selectAll();
    typeText(edit, text);
}

// Two desktops with the same company open: Anna's card and Oleg's card, on one base.
struct TwoDesks
{
    explicit TwoDesks(TestDatabase &base)
        : anna(createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), UserRole::Caller))
        , oleg(createUser(base, QStringLiteral("oleg"), QStringLiteral("Олег Петров"), UserRole::Caller))
        , annasCard(base.contextAs(anna), UserRepository(base.context()).list())
        , olegsCard(base.contextAs(oleg), UserRepository(base.context()).list())
    {
        Company company = makeCompany(QStringLiteral("ООО Ромашка"), QStringLiteral("Казань"));
        company.website = QStringLiteral("romashka.ru");
        CompanyRepository(base.context()).create(company);
        companyId = company.id;
        REQUIRE(annasCard.showCompany(companyId));
        REQUIRE(olegsCard.showCompany(companyId));
        // Anna saves first: a new city and website.
        replaceText(annasCard, "cityEdit", QStringLiteral("Уфа"));
        replaceText(annasCard, "websiteEdit", QStringLiteral("romashka.com"));
        REQUIRE(annasCard.save());
        // Oleg, still on what he loaded, changes the city too, and the name.
        replaceText(olegsCard, "cityEdit", QStringLiteral("Самара"));
        replaceText(olegsCard, "nameEdit", QStringLiteral("ООО Ромашка-Самара"));
    }

    qint64 anna;
    qint64 oleg;
    CompanyCard annasCard;
    CompanyCard olegsCard;
    qint64 companyId = 0;
};

Company stored(TestDatabase &base, qint64 id)
{
    return *CompanyRepository(base.context()).find(id);
}
} // namespace

TEST_CASE("A stale save shows both versions and keeping mine saves the whole card", "[ui][conflict]")
{
    TestDatabase base;
    TwoDesks desks(base);
    bool shown = false;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        shown = true;
        auto *conflict = qobject_cast<ConflictDialog *>(&dialog);
        REQUIRE(conflict != nullptr);
        CHECK(child<QLabel>(dialog, "conflictWho")->text().contains(QStringLiteral("Анна Смирнова")));
        QTableWidget *table = child<QTableWidget>(dialog, "conflictTable");
        // City row: Oleg's Самара beside Anna's Уфа, highlighted as a conflict.
        const int cityRow = int(CompanyMerge::fields().indexOf(CompanyField::City));
        CHECK(table->item(cityRow, 1)->text() == QStringLiteral("Самара"));
        CHECK(table->item(cityRow, 2)->text() == QStringLiteral("Уфа"));
        CHECK(table->item(cityRow, 0)->background().color() != table->item(0, 0)->background().color());
        CHECK(conflict->choiceBox(CompanyField::Inn) == nullptr);
        child<QPushButton>(dialog, "keepMineButton")->click();
    });
    CHECK(desks.olegsCard.save());
    CHECK(shown);

    const Company company = stored(base, desks.companyId);
    CHECK(company.city == QStringLiteral("Самара"));
    CHECK(company.name == QStringLiteral("ООО Ромашка-Самара"));
    CHECK(company.website == QStringLiteral("romashka.ru")); // Oleg's whole card won, Anna's website too
    CHECK(company.version == 3);
    CHECK_FALSE(desks.olegsCard.hasUnsavedChanges());
    CHECK(desks.olegsCard.storedRecord().company.version == 3);
}

TEST_CASE("Merging keeps both sides' changes and the chosen version of a conflicting field", "[ui][conflict]")
{
    TestDatabase base;
    TwoDesks desks(base);
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        auto *conflict = qobject_cast<ConflictDialog *>(&dialog);
        REQUIRE(conflict != nullptr);
        QComboBox *city = conflict->choiceBox(CompanyField::City);
        REQUIRE(city != nullptr);
        CHECK(city->currentData().toInt() == int(MergeChoice::Mine));
        city->setCurrentIndex(city->findData(int(MergeChoice::Theirs)));
        child<QPushButton>(dialog, "mergeButton")->click();
    });
    CHECK(desks.olegsCard.save());

    const Company company = stored(base, desks.companyId);
    CHECK(company.city == QStringLiteral("Уфа"));
    CHECK(company.name == QStringLiteral("ООО Ромашка-Самара"));
    CHECK(company.website == QStringLiteral("romashka.com"));
    CHECK(child<QLineEdit>(desks.olegsCard, "cityEdit")->text() == QStringLiteral("Уфа"));
    CHECK(child<QLineEdit>(desks.olegsCard, "websiteEdit")->text() == QStringLiteral("romashka.com"));
}

TEST_CASE("Keeping theirs drops my edits and shows the stored version", "[ui][conflict]")
{
    TestDatabase base;
    TwoDesks desks(base);
    ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "keepTheirsButton")->click(); });
    CHECK(desks.olegsCard.save());

    const Company company = stored(base, desks.companyId);
    CHECK(company.city == QStringLiteral("Уфа"));
    CHECK(company.name == QStringLiteral("ООО Ромашка"));
    CHECK(company.version == 2);
    CHECK(child<QLineEdit>(desks.olegsCard, "nameEdit")->text() == QStringLiteral("ООО Ромашка"));
}

TEST_CASE("Cancelling the conflict saves nothing and keeps the edits in the card", "[ui][conflict]")
{
    TestDatabase base;
    TwoDesks desks(base);
    ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "cancelButton")->click(); });
    CHECK_FALSE(desks.olegsCard.save());

    const Company company = stored(base, desks.companyId);
    CHECK(company.city == QStringLiteral("Уфа"));
    CHECK(company.name == QStringLiteral("ООО Ромашка"));
    CHECK(company.version == 2);
    CHECK(child<QLineEdit>(desks.olegsCard, "cityEdit")->text() == QStringLiteral("Самара"));
    CHECK(child<QLineEdit>(desks.olegsCard, "nameEdit")->text() == QStringLiteral("ООО Ромашка-Самара"));
    CHECK(desks.olegsCard.hasUnsavedChanges());
    CHECK(child<QLabel>(desks.olegsCard, "cardProblem")->text().contains(QStringLiteral("Анна Смирнова")));

    // Saving again asks again; this time the merge goes through.
    ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "mergeButton")->click(); });
    CHECK(desks.olegsCard.save());
    CHECK(stored(base, desks.companyId).city == QStringLiteral("Самара"));
}

TEST_CASE("The history of changes lists who changed which field of the company", "[ui][audit]")
{
    TestDatabase base;
    TwoDesks desks(base);
    base.clock().advanceSeconds(60);
    ModalDialog::setNextFiller([](QDialog &dialog) { child<QPushButton>(dialog, "keepMineButton")->click(); });
    REQUIRE(desks.olegsCard.save());

    QPushButton *changes = child<QPushButton>(desks.olegsCard, "changesButton");
    REQUIRE(changes->isEnabled());
    QStringList rows;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        QTableWidget *table = child<QTableWidget>(dialog, "auditTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 1; column < table->columnCount(); ++column)
                cells.append(table->item(row, column)->text());
            rows.append(cells.join(QLatin1Char('|')));
        }
    });
    changes->click();

    // Newest first: Oleg's saves, then Anna's, then the creation.
    CHECK(rows.contains(QStringLiteral("Олег Петров|Company|City|Уфа|Самара")));
    CHECK(rows.contains(QStringLiteral("Олег Петров|Company|Name|ООО Ромашка|ООО Ромашка-Самара")));
    CHECK(rows.contains(QStringLiteral("Олег Петров|Company|Website|romashka.com|romashka.ru")));
    CHECK(rows.contains(QStringLiteral("Анна Смирнова|Company|City|Казань|Уфа")));
    CHECK(rows.size() == 6);
    CHECK(rows.first().startsWith(QStringLiteral("Олег Петров")));
    CHECK(rows.last().endsWith(QStringLiteral("|created||ООО Ромашка")));
}

TEST_CASE("The history of an imported company shows its import: the file and who imported it", "[ui][audit]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), UserRole::Collector);
    QBuffer list;
    list.setData(QStringLiteral("Компания;Телефон\nООО Импортная;8 495 111 22 33\n").toUtf8());
    REQUIRE(list.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("cold-list.csv");
    REQUIRE(ImportService(base.contextAs(anna)).run(&list, options, nullptr).imported == 1);
    const qint64 companyId
        = SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT id FROM companies")).toLongLong();

    AuditDialog dialog(base.context(), UserRepository(base.context()).list(), companyId,
                       QStringLiteral("ООО Импортная"));
    QTableWidget *table = child<QTableWidget>(dialog, "auditTable");
    REQUIRE(table->rowCount() == 1);
    QStringList cells;
    for (int column = 1; column < table->columnCount(); ++column)
        cells.append(table->item(0, column)->text());
    CHECK(cells.join(QLatin1Char('|')) == QStringLiteral("Анна Смирнова|Company|imported from file||cold-list.csv"));
}
