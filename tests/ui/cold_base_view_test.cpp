#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "demo/DemoBase.h"
#include "models/CompanyListModel.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
struct Screen
{
    explicit Screen(TestDatabase &base)
        : view(base.context(), UserRepository(base.context()).list())
    {
        view.setSearchDelay(0);
        view.resize(1100, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    void search(const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(view, "searchEdit");
        edit->clear();
        typeText(edit, text);
        view.applyFilter();
    }

    void clickRow(int row)
    {
        QTableView *table = view.table();
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

    void replaceText(const char *editName, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(view, editName);
        edit->selectAll();
        typeText(edit, text);
    }

    ColdBaseView view;
};
} // namespace

TEST_CASE("The cold base lists the companies and finds them by typing", "[ui][coldbase]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 60);
    Screen screen(base);
    CHECK(screen.view.table()->model()->rowCount() == 60);
    CHECK(child<QLabel>(screen.view, "companyCount")->text() == QStringLiteral("60 companies"));

    Company target = *CompanyRepository(base.context()).find(17);
    screen.search(target.name.toUpper());
    REQUIRE(screen.view.model()->rowCount() == 1);
    CHECK(screen.view.model()->companyIdAt(0) == 17);
    CHECK(child<QLabel>(screen.view, "companyCount")->text() == QStringLiteral("1 companies found"));

    screen.search(QString());
    child<QComboBox>(screen.view, "stageFilter")->setCurrentIndex(1 + int(CompanyStage::Meeting));
    CHECK(screen.view.model()->rowCount() == 6);
}

TEST_CASE("Selecting a company shows its card, and an edit is saved to the base", "[ui][coldbase][card]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 30);
    Screen screen(base);
    screen.clickRow(2);
    const qint64 id = screen.view.model()->companyIdAt(2);
    const Company before = *CompanyRepository(base.context()).find(id);
    CHECK(child<QLineEdit>(screen.view, "nameEdit")->text() == before.name);
    CHECK_FALSE(child<QPushButton>(screen.view, "saveButton")->isEnabled());

    screen.replaceText("cityEdit", QStringLiteral("Калининград"));
    REQUIRE(child<QPushButton>(screen.view, "saveButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(screen.view, "saveButton"), Qt::LeftButton);

    const Company after = *CompanyRepository(base.context()).find(id);
    CHECK(after.city == QStringLiteral("Калининград"));
    CHECK(after.version == before.version + 1);
    CHECK(after.name == before.name);
    const int row = screen.view.model()->rowOfCompany(id);
    CHECK(screen.view.model()->data(screen.view.model()->index(row, CompanyListModel::CityColumn)).toString()
          == QStringLiteral("Калининград"));
    CHECK(screen.view.table()->currentIndex().row() == row);
}

TEST_CASE("A new company with a phone is added from the card", "[ui][coldbase][card]")
{
    TestDatabase base;
    Screen screen(base);
    QTest::mouseClick(child<QPushButton>(screen.view, "addCompanyButton"), Qt::LeftButton);
    screen.replaceText("nameEdit", QStringLiteral("ООО «Новая Волна»"));
    screen.replaceText("cityEdit", QStringLiteral("Сочи"));
    QTest::mouseClick(child<QPushButton>(screen.view, "addPhoneButton"), Qt::LeftButton);
    auto *phones = child<QTableWidget>(screen.view, "phonesTable");
    REQUIRE(phones->rowCount() == 1);
    phones->item(0, 0)->setText(QStringLiteral("8 (862) 555-12-34 доб. 7"));
    QTest::keyClick(screen.view.card(), Qt::Key_S, Qt::ControlModifier);

    REQUIRE(screen.view.model()->rowCount() == 1);
    const auto record = CompanyRecordRepository(base.context()).load(screen.view.model()->companyIdAt(0));
    REQUIRE(record);
    CHECK(record->company.name == QStringLiteral("ООО «Новая Волна»"));
    CHECK(record->company.ownerId == 1);
    REQUIRE(record->phones.size() == 1);
    CHECK(record->phones.at(0).e164 == QStringLiteral("+78625551234"));
    CHECK(record->phones.at(0).extension == QStringLiteral("7"));
    CHECK(phones->item(0, 2)->text() == QStringLiteral("+7 862 555-12-34, ext. 7"));
}

TEST_CASE("A card without a name is not saved and says why", "[ui][coldbase][card][bad-input]")
{
    TestDatabase base;
    Screen screen(base);
    QTest::mouseClick(child<QPushButton>(screen.view, "addCompanyButton"), Qt::LeftButton);
    screen.replaceText("cityEdit", QStringLiteral("Тверь"));
    QTest::mouseClick(child<QPushButton>(screen.view, "saveButton"), Qt::LeftButton);
    CHECK(CompanyRepository(base.context()).count() == 0);
    QLabel *problem = child<QLabel>(screen.view, "cardProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text() == QStringLiteral("A company needs a name."));
    CHECK(child<QLineEdit>(screen.view, "cityEdit")->text() == QStringLiteral("Тверь"));
}

TEST_CASE("Deleting asks first, and No keeps the company", "[ui][coldbase][delete]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 10);
    Screen screen(base);
    screen.clickRow(0);
    const qint64 id = screen.view.model()->companyIdAt(0);

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(screen.view.table(), Qt::Key_Delete);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("Delete ")));
    CHECK(CompanyRepository(base.context()).find(id).has_value());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(screen.view, "deleteCompanyButton"), Qt::LeftButton);
    CHECK_FALSE(CompanyRepository(base.context()).find(id).has_value());
    CHECK(screen.view.model()->rowCount() == 9);
    CHECK(screen.view.table()->currentIndex().row() == 0);
}

TEST_CASE("Saving over a colleague's change asks how to combine, and cancelling keeps the typed text",
          "[ui][coldbase][conflict]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 5);
    Screen screen(base);
    screen.clickRow(0);
    const qint64 id = screen.view.model()->companyIdAt(0);

    // A colleague (another user of the shared file) saves first.
    CompanyRepository colleague(base.contextAs(2));
    Company theirs = *colleague.find(id);
    theirs.city = QStringLiteral("Владивосток");
    colleague.update(theirs);

    screen.replaceText("cityEdit", QStringLiteral("Мурманск"));
    QString who;
    ModalDialog::setNextFiller([&](QDialog &dialog) {
        who = child<QLabel>(dialog, "conflictWho")->text();
        child<QPushButton>(dialog, "cancelButton")->click();
    });
    QTest::mouseClick(child<QPushButton>(screen.view, "saveButton"), Qt::LeftButton);
    CHECK(who.contains(QStringLiteral("Анна Сборщикова")));
    CHECK(CompanyRepository(base.context()).find(id)->city == QStringLiteral("Владивосток"));
    CHECK(child<QLineEdit>(screen.view, "cityEdit")->text() == QStringLiteral("Мурманск"));
}

TEST_CASE("Switching to another company with unsaved changes asks to save them", "[ui][coldbase][card]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 5);
    Screen screen(base);
    screen.clickRow(0);
    const qint64 first = screen.view.model()->companyIdAt(0);
    screen.replaceText("websiteEdit", QStringLiteral("example.ru"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    screen.clickRow(3);
    CHECK(CompanyRepository(base.context()).find(first)->website == QStringLiteral("example.ru"));
    const qint64 fourth = screen.view.model()->companyIdAt(3);
    CHECK(screen.view.card()->companyId() == fourth);
    CHECK(screen.view.table()->currentIndex().row() == 3);
}

TEST_CASE("A read-only base can be looked at but not changed", "[ui][coldbase][bad-input]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 5);
    base.close();
    QFile::setPermissions(base.path(), QFile::ReadOwner);
    base.reopen();
    REQUIRE(base.db().isReadOnly());
    Screen screen(base);
    CHECK_FALSE(child<QPushButton>(screen.view, "addCompanyButton")->isEnabled());
    screen.clickRow(1);
    CHECK_FALSE(child<QLineEdit>(screen.view, "nameEdit")->isEnabled());
    CHECK_FALSE(child<QPushButton>(screen.view, "deleteCompanyButton")->isEnabled());
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A damaged base shows a message instead of crashing", "[ui][coldbase][bad-input]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 300);
    base.close();
    {
        // Garbage over the second half of the file: the header survives, the table pages do not.
        QFile file(base.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(file.seek(size / 2));
        REQUIRE(file.write(QByteArray(int(size / 2), '\x5a')) == size / 2);
    }
    base.reopen();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    Screen screen(base);
    screen.view.table()->scrollToBottom();
    QCoreApplication::processEvents();
    CHECK(MessageBox::lastText().contains(QStringLiteral("could not be read")));
}

TEST_CASE("Home and End go to the first and last company, a new search starts at the top", "[ui][coldbase]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    QTableView *table = screen.view.table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End);
    CHECK(table->currentIndex().row() == 119);
    CHECK(screen.view.card()->companyId() == screen.view.model()->companyIdAt(119));
    CHECK(table->verticalScrollBar()->value() > 0);
    QTest::keyClick(table, Qt::Key_Home);
    CHECK(table->currentIndex().row() == 0);

    QTest::keyClick(table, Qt::Key_End);
    screen.view.card()->clear();
    table->selectionModel()->clearCurrentIndex();
    screen.search(QStringLiteral("ооо"));
    REQUIRE(screen.view.model()->rowCount() > 30);
    CHECK(table->verticalScrollBar()->value() == 0);
}

TEST_CASE("The collector and the head see the companies that need a number, and a caller has no such list",
          "[ui][coldbase][wrong-number]")
{
    TestDatabase base;
    const qint64 collector
        = createUser(base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    Company noPhone = makeCompany(QStringLiteral("ООО «Без номера»"), QStringLiteral("Тула"));
    CompanyRepository(base.context()).create(noPhone);
    Company withPhone = makeCompany(QStringLiteral("ООО «С номером»"), QStringLiteral("Тула"));
    CompanyRepository(base.context()).create(withPhone);
    createPhone(base, withPhone.id, QStringLiteral("+74872000001"));

    ColdBaseView view(base.contextAs(collector), UserRepository(base.context()).list());
    QComboBox *filter = child<QComboBox>(view, "stageFilter");
    const int entry = filter->findText(QStringLiteral("Needs a number"));
    REQUIRE(entry >= 0);
    filter->setCurrentIndex(entry);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, CompanyListModel::NameColumn).data().toString() == QStringLiteral("ООО «Без номера»"));

    ColdBaseView callers(base.contextAs(caller), UserRepository(base.context()).list());
    CHECK(child<QComboBox>(callers, "stageFilter")->findText(QStringLiteral("Needs a number")) < 0);
}

TEST_CASE("After saving on the way to another row, the highlighted row, the card and Delete name the same company",
          "[ui][coldbase][card][delete]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 150);
    Screen screen(base);
    QTableView *table = screen.view.table();
    CompanyListModel *model = screen.view.model();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    QCoreApplication::processEvents();
    const int top = table->rowAt(table->rowHeight(0) / 2);
    const int bottom = table->rowAt(table->viewport()->height() - table->rowHeight(0));
    REQUIRE(top > 0);
    REQUIRE(bottom > top + 6);

    screen.clickRow(top + 1);
    const qint64 edited = model->companyIdAt(top + 1);
    REQUIRE(screen.view.card()->companyId() == edited);
    // Renamed to sort last: once saved it leaves its place, and the rows below it move up by one.
    screen.replaceText("nameEdit", QStringLiteral("ЯЯЯ Последняя"));
    const qint64 target = model->companyIdAt(bottom - 1);
    const QString targetName = model->data(model->index(bottom - 1, CompanyListModel::NameColumn)).toString();
    const int scrolled = table->verticalScrollBar()->value();

    MessageBox::setNextAnswer(QMessageBox::Save);
    screen.clickRow(bottom - 1);
    QCoreApplication::processEvents();

    CHECK(CompanyRepository(base.context()).find(edited)->name == QStringLiteral("ЯЯЯ Последняя"));
    CHECK(screen.view.card()->companyId() == target);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(model->companyIdAt(selected.constFirst().row()) == target);
    CHECK(model->companyIdAt(table->currentIndex().row()) == target);
    CHECK(table->verticalScrollBar()->value() == scrolled); // the list did not jump
    CHECK(model->rowOfCompany(edited) == model->rowCount() - 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(screen.view, "deleteCompanyButton"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(targetName));
    CHECK_FALSE(CompanyRepository(base.context()).find(target).has_value());
    CHECK(CompanyRepository(base.context()).find(edited).has_value());
}

TEST_CASE("A save that fails on the way to another row keeps the card and the highlight on the edited company",
          "[ui][coldbase][card]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 20);
    Screen screen(base);
    screen.clickRow(1);
    const qint64 edited = screen.view.model()->companyIdAt(1);
    screen.replaceText("nameEdit", QString()); // a company needs a name: the save is refused
    QTest::keyClick(child<QLineEdit>(screen.view, "nameEdit"), Qt::Key_Backspace);
    REQUIRE(child<QLineEdit>(screen.view, "nameEdit")->text().isEmpty());
    child<QLineEdit>(screen.view, "cityEdit")->setText(QStringLiteral("Тверь"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    screen.clickRow(4);
    QCoreApplication::processEvents();
    CHECK(screen.view.card()->companyId() == edited);
    CHECK(child<QLineEdit>(screen.view, "cityEdit")->text() == QStringLiteral("Тверь"));
    const QModelIndexList selected = screen.view.table()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(screen.view.model()->companyIdAt(selected.constFirst().row()) == edited);
}

TEST_CASE("On a big base the search is read in the background and the list follows when it is ready",
          "[ui][coldbase][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50); // 120 companies count as a big base here
    screen.clickRow(90);
    const qint64 shown = model->companyIdAt(90);
    const Company company = *CompanyRepository(base.context()).find(shown);
    QSignalSpy loaded(model, &CompanyListModel::loaded);

    screen.search(company.city);
    // The window answers at once: the count says it is searching, the old list stays until the results are in.
    CHECK(model->isLoading());
    CHECK(child<QLabel>(screen.view, "companyCount")->text() == QStringLiteral("Searching…"));
    CHECK(model->rowCount() == 120);

    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    CompanyListModel direct(base.db());
    direct.setFilter({company.city, std::nullopt, 0});
    REQUIRE(model->rowCount() == direct.rowCount());
    CHECK(child<QLabel>(screen.view, "companyCount")->text()
          == QStringLiteral("%1 companies found").arg(direct.rowCount()));
    // The company in the card matches the search: it stays open and its row is the current one.
    CHECK(screen.view.card()->companyId() == shown);
    CHECK(model->companyIdAt(screen.view.table()->currentIndex().row()) == shown);
}

TEST_CASE("On a big base a change elsewhere is read in the background, keeping the open company and the scroll",
          "[ui][coldbase][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50);
    screen.clickRow(3);
    const qint64 shown = model->companyIdAt(3);
    QScrollBar *scroll = screen.view.table()->verticalScrollBar();
    scroll->setValue(scroll->maximum() / 2);
    const int scrolled = scroll->value();
    REQUIRE(scrolled > 0);

    // Another desktop adds a company at the top of the list.
    Company added = makeCompany(QStringLiteral("ААА Первая"), QStringLiteral("Омск"));
    CompanyRepository(base.context()).create(added);
    QSignalSpy loaded(model, &CompanyListModel::loaded);
    screen.view.refreshFromElsewhere();
    CHECK(model->isLoading());
    CHECK(model->rowCount() == 120);
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));

    CHECK(model->rowCount() == 121);
    CHECK(model->companyIdAt(0) == added.id);
    CHECK(child<QLabel>(screen.view, "companyCount")->text() == QStringLiteral("121 companies"));
    // The open company moved one row down and is still the current one; the list did not jump.
    CHECK(screen.view.card()->companyId() == shown);
    CHECK(screen.view.table()->currentIndex().row() == 4);
    CHECK(scroll->value() == scrolled);
}

TEST_CASE("On a big base the user's own save is read in the background, keeping the open company and the scroll",
          "[ui][coldbase][background][card]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50);
    QScrollBar *scroll = screen.view.table()->verticalScrollBar();
    scroll->setValue(2);
    REQUIRE(scroll->value() == 2);
    screen.clickRow(5);
    const qint64 edited = model->companyIdAt(5);
    REQUIRE(scroll->value() == 2);

    screen.replaceText("cityEdit", QStringLiteral("Калининград"));
    QSignalSpy loaded(model, &CompanyListModel::loaded);
    QTest::mouseClick(child<QPushButton>(screen.view, "saveButton"), Qt::LeftButton);
    REQUIRE(CompanyRepository(base.context()).find(edited)->city == QStringLiteral("Калининград"));
    // Not read on the window's thread: the list shows what it had until the worker's read is in.
    CHECK(model->isLoading());
    CHECK(model->data(model->index(5, CompanyListModel::CityColumn)).toString() != QStringLiteral("Калининград"));
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));

    CHECK(model->data(model->index(5, CompanyListModel::CityColumn)).toString() == QStringLiteral("Калининград"));
    CHECK(screen.view.card()->companyId() == edited);
    CHECK(screen.view.table()->currentIndex().row() == 5);
    CHECK(screen.view.table()->selectionModel()->selectedRows().size() == 1);
    CHECK(scroll->value() == 2);
}

TEST_CASE("On a big base a save that sorts the company elsewhere selects it there once the list is read",
          "[ui][coldbase][background][card]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50);
    screen.clickRow(5);
    const qint64 edited = model->companyIdAt(5);

    screen.replaceText("nameEdit", QStringLiteral("ЯЯЯ Последняя"));
    QSignalSpy loaded(model, &CompanyListModel::loaded);
    QTest::mouseClick(child<QPushButton>(screen.view, "saveButton"), Qt::LeftButton);
    CHECK(model->isLoading());
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));

    CHECK(model->companyIdAt(119) == edited);
    CHECK(screen.view.card()->companyId() == edited);
    CHECK(screen.view.table()->currentIndex().row() == 119);
    // Out of view where it was: the list scrolled to it.
    const QRect cell = screen.view.table()->visualRect(model->index(119, 0));
    CHECK(screen.view.table()->viewport()->rect().intersects(cell));
}

TEST_CASE("On a big base a delete is counted in the background and the next company takes the highlight",
          "[ui][coldbase][background][delete]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50);
    QScrollBar *scroll = screen.view.table()->verticalScrollBar();
    scroll->setValue(3);
    screen.clickRow(6);
    const qint64 deleted = model->companyIdAt(6);
    const qint64 next = model->companyIdAt(7);

    QSignalSpy loaded(model, &CompanyListModel::loaded);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(screen.view, "deleteCompanyButton"), Qt::LeftButton);
    REQUIRE_FALSE(CompanyRepository(base.context()).find(deleted).has_value());
    // The count waits for the worker; meanwhile the deleted company is no longer offered to delete or open.
    CHECK(model->isLoading());
    CHECK(model->rowCount() == 120);
    CHECK(screen.view.table()->selectionModel()->selectedRows().isEmpty());
    CHECK_FALSE(child<QPushButton>(screen.view, "deleteCompanyButton")->isEnabled());
    CHECK(screen.view.card()->companyId() == 0);
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));

    CHECK(model->rowCount() == 119);
    CHECK(child<QLabel>(screen.view, "companyCount")->text() == QStringLiteral("119 companies"));
    CHECK(screen.view.table()->currentIndex().row() == 6);
    CHECK(model->companyIdAt(6) == next);
    CHECK(screen.view.card()->companyId() == next);
    CHECK(scroll->value() == 3);
}

TEST_CASE("On a big base clearing a search with a company open reads no page on the window's thread",
          "[ui][coldbase][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 450);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50); // 450 companies (five pages) count as a big base here
    // A company near the end of the list open in the card, then found by its city.
    QTableView *table = screen.view.table();
    table->scrollToBottom();
    const int openRow = 440;
    screen.clickRow(openRow);
    const qint64 shown = model->companyIdAt(openRow);
    REQUIRE(screen.view.card()->companyId() == shown);
    const Company company = *CompanyRepository(base.context()).find(shown);
    QSignalSpy loaded(model, &CompanyListModel::loaded);
    screen.search(company.city);
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    REQUIRE(model->rowCount() < CompanyListModel::pageSize); // the result is one page: its rows in view are read
    QApplication::processEvents();

    // Cleared: the whole list comes from the worker with the page of the open company, and the list goes there. The
    // rows in view at the old scroll position (the top of the list) are never shown, so they are not read.
    const int pagesBefore = model->pagesRead();
    screen.search(QString());
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    QApplication::processEvents();
    CHECK(model->rowCount() == 450);
    CHECK(model->companyIdAt(table->currentIndex().row()) == shown);
    CHECK(model->pagesRead() == pagesBefore + 1); // the worker's page, nothing read here
}

TEST_CASE("On a big base a company opened while the list is being read is selected once it is read",
          "[ui][coldbase][background]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 120);
    Screen screen(base);
    CompanyListModel *model = screen.view.model();
    model->setBackgroundFrom(50);
    const qint64 wanted = model->companyIdAt(90);
    QSignalSpy loaded(model, &CompanyListModel::loaded);
    screen.search(QStringLiteral("Нет такой компании"));
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    REQUIRE(model->rowCount() == 0);

    // The search is cleared and, before the list is read again, the company is opened (from Today, a reminder).
    screen.search(QString());
    REQUIRE(model->isLoading());
    CHECK(screen.view.selectCompany(wanted));
    CHECK(screen.view.card()->companyId() == wanted);
    while (model->isLoading())
        REQUIRE(loaded.wait(30000));
    CHECK(model->rowCount() == 120);
    CHECK(screen.view.table()->currentIndex().row() == 90);
    CHECK(screen.view.card()->companyId() == wanted);
}
