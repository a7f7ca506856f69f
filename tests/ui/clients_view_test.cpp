#include "clients/ClientsView.h"
#include "common/SectionReader.h"
#include "company/ColdBaseView.h"
#include "company/CompanyCard.h"
#include "domain/Payment.h"
#include "shell/MainWindow.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
// Two clients of two account managers, paid over three deals, and a company at deal that is not a client.
struct Clients
{
    Clients()
    {
        closerId = addUser(QStringLiteral("closer"), QStringLiteral("Пётр Закрывалов"), UserRole::Closer);
        svetlanaId = addUser(QStringLiteral("account"), QStringLiteral("Светлана Клиентова"), UserRole::AccountManager);
        olegId = addUser(QStringLiteral("account2"), QStringLiteral("Олег Сопровождаев"), UserRole::AccountManager);
        vasilekId = addCompany(QStringLiteral("АО «Василёк»"), CompanyStage::Client, svetlanaId);
        romashkaId = addCompany(QStringLiteral("ООО «Ромашка»"), CompanyStage::Reactivation, olegId);
        const qint64 prospect = addCompany(QStringLiteral("ООО «Астра»"), CompanyStage::Deal, closerId);
        ClientHandoverRepository(base.context())
            .recordHandover(vasilekId, closerId, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        ClientHandoverRepository(base.context())
            .recordHandover(romashkaId, closerId, QDateTime(QDate(2026, 10, 6), QTime(9, 0), Qt::UTC));
        const qint64 supply = addDeal(vasilekId, 100'000'00);
        const qint64 repeat = addDeal(vasilekId, 50'000'00);
        pay(vasilekId, supply, 100'000'00, QDate(2026, 10, 1));
        pay(vasilekId, repeat, 12'345'67, QDate(2026, 11, 3));
        pay(romashkaId, addDeal(romashkaId, 25'000'50), 25'000'50, QDate(2026, 10, 6));
        pay(prospect, addDeal(prospect, 10'000'00), 1'000'00, QDate(2026, 11, 1));
    }

    qint64 addUser(const QString &login, const QString &fullName, UserRole role)
    {
        User user;
        user.login = login;
        user.fullName = fullName;
        user.role = role;
        UserRepository(base.context()).create(user);
        return user.id;
    }

    qint64 addCompany(const QString &name, CompanyStage stage, qint64 ownerId)
    {
        Company company = makeCompany(name);
        company.stage = stage;
        company.ownerId = ownerId;
        CompanyRepository(base.context()).create(company);
        return company.id;
    }

    qint64 addDeal(qint64 companyId, qint64 amountKopecks)
    {
        Deal deal;
        deal.companyId = companyId;
        deal.ownerId = closerId;
        deal.title = QStringLiteral("Поставка");
        deal.step = DealStep::InvoiceIssued;
        deal.amountKopecks = amountKopecks;
        DealRepository(base.context()).create(deal);
        return deal.id;
    }

    void pay(qint64 companyId, qint64 dealId, qint64 kopecks, const QDate &day)
    {
        Payment payment;
        payment.companyId = companyId;
        payment.dealId = dealId;
        payment.amountKopecks = kopecks;
        payment.paidOn = day;
        PaymentRepository(base.context()).create(payment);
    }

    TestDatabase base;
    qint64 closerId = 0;
    qint64 svetlanaId = 0;
    qint64 olegId = 0;
    qint64 vasilekId = 0;
    qint64 romashkaId = 0;
};

QString cell(ClientsView &view, int row, int column)
{
    const QAbstractItemModel *model = view.table()->model();
    return model->data(model->index(row, column)).toString();
}
} // namespace

TEST_CASE("The clients section lists clients with their payments and filters by account manager", "[ui][clients]")
{
    Clients data;
    ClientsView view(data.base.context(), UserRepository(data.base.context()).list());
    view.setSearchDelay(0);
    view.resize(1100, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    QTableView *table = child<QTableView>(view, "clientTable");
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(cell(view, 0, ClientsView::NameColumn) == QStringLiteral("АО «Василёк»"));
    CHECK(cell(view, 0, ClientsView::StageColumn) == companyStageTitle(CompanyStage::Client));
    CHECK(cell(view, 0, ClientsView::OwnerColumn) == QStringLiteral("Светлана Клиентова"));
    CHECK(cell(view, 0, ClientsView::BroughtByColumn) == QStringLiteral("Пётр Закрывалов"));
    CHECK(cell(view, 0, ClientsView::LastPaymentColumn)
          == QLocale().toString(QDate(2026, 11, 3), QLocale::ShortFormat));
    CHECK(cell(view, 0, ClientsView::LastAmountColumn) == QStringLiteral("₽12,345.67"));
    CHECK(cell(view, 0, ClientsView::TotalPaidColumn) == QStringLiteral("₽112,345.67"));
    CHECK(cell(view, 0, ClientsView::DealsColumn) == QStringLiteral("2"));
    CHECK(cell(view, 1, ClientsView::NameColumn) == QStringLiteral("ООО «Ромашка»"));
    CHECK(cell(view, 1, ClientsView::StageColumn) == companyStageTitle(CompanyStage::Reactivation));
    CHECK(cell(view, 1, ClientsView::TotalPaidColumn) == QStringLiteral("₽25,000.50"));
    CHECK(child<QLabel>(view, "clientCount")->text()
          == QStringLiteral("2 clients, paid %1 in total").arg(QStringLiteral("₽137,346.17")));

    auto *owner = child<QComboBox>(view, "clientOwnerFilter");
    CHECK(owner->itemText(0) == QStringLiteral("All account managers"));
    CHECK(owner->findData(data.closerId) == -1); // a closer serves no clients
    owner->setCurrentIndex(owner->findData(data.olegId));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cell(view, 0, ClientsView::NameColumn) == QStringLiteral("ООО «Ромашка»"));
    CHECK(child<QLabel>(view, "clientCount")->text()
          == QStringLiteral("1 clients, paid %1 in total").arg(QStringLiteral("₽25,000.50")));

    owner->setCurrentIndex(0);
    auto *search = child<QLineEdit>(view, "clientSearch");
    typeText(search, QStringLiteral("василек"));
    view.applyFilter();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cell(view, 0, ClientsView::NameColumn) == QStringLiteral("АО «Василёк»"));
}

TEST_CASE("On a big base the clients are read on a worker and shown when they are in", "[ui][clients][background]")
{
    Clients data;
    ClientsView view(data.base.context(), UserRepository(data.base.context()).list());
    view.setSearchDelay(0);
    view.reader().setBackgroundFrom(1); // three companies count as a big base here
    view.resize(1100, 500);
    QSignalSpy loaded(&view, &ClientsView::loaded);
    view.show(); // showing the section reads the list
    // The window goes on while the worker reads: nothing listed yet, the count says it is loading.
    QTableView *table = child<QTableView>(view, "clientTable");
    CHECK(view.isLoading());
    CHECK(table->model()->rowCount() == 0);
    CHECK(child<QLabel>(view, "clientCount")->text() == QStringLiteral("Loading…"));
    if (loaded.isEmpty())
        REQUIRE(loaded.wait(30000));
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    REQUIRE(table->model()->rowCount() == 2);
    CHECK(cell(view, 0, ClientsView::NameColumn) == QStringLiteral("АО «Василёк»"));
    CHECK(cell(view, 1, ClientsView::TotalPaidColumn) == QStringLiteral("₽25,000.50"));
    CHECK(child<QLabel>(view, "clientCount")->text()
          == QStringLiteral("2 clients, paid %1 in total").arg(QStringLiteral("₽137,346.17")));
    const QThread *readOn = view.reader().lastReadThread();
    CHECK(readOn != nullptr);
    CHECK(readOn != QThread::currentThread());

    // A filter change is read the same way, the old list kept until the new one is in.
    table->selectRow(1);
    loaded.clear();
    auto *owner = child<QComboBox>(view, "clientOwnerFilter");
    owner->setCurrentIndex(owner->findData(data.olegId));
    CHECK(view.isLoading());
    CHECK(table->model()->rowCount() == 2);
    REQUIRE(loaded.wait(30000));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cell(view, 0, ClientsView::NameColumn) == QStringLiteral("ООО «Ромашка»"));
    CHECK(table->currentIndex().row() == 0); // the selected client stays selected where it is now
}

TEST_CASE("Double-clicking a client opens it in the cold base", "[ui][clients][mainwindow]")
{
    Clients data;
    const User head = *UserRepository(data.base.context()).find(1);
    MainWindow window(data.base.context(), head);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    REQUIRE(window.currentSection() == MainWindow::Clients);
    QTableView *table = window.clientsView()->table();
    REQUIRE(table->model()->rowCount() == 2);

    const QRect rect = table->visualRect(table->model()->index(1, ClientsView::NameColumn));
    // A double click as the mouse delivers it: the first click, then the second, which Qt turns into a double click
    // (QTest::mouseDClick alone sends no first press, so the view sees no pressed item).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    CHECK(window.currentSection() == MainWindow::ColdBase);
    CHECK(window.coldBaseView()->card()->companyId() == data.romashkaId);
}
