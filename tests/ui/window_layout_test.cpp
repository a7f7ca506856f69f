// The main window opens within the screen and comes back where its user left it, splitters included.
#include "shell/MainWindow.h"
#include "shell/WindowLayout.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

TEST_CASE("A window first opens within the available screen", "[ui][mainwindow][layout]")
{
    TestDatabase base;
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    const QRect available = WindowLayout::availableArea(window);
    REQUIRE_FALSE(available.isEmpty());
    // Within the screen, as far as the window's own minimum size allows.
    CHECK(available.contains(window.geometry().topLeft()));
    CHECK(window.geometry().width() <= qMax(available.width(), window.minimumSizeHint().width()));
    CHECK(window.geometry().height() <= qMax(available.height(), window.minimumSizeHint().height()));

    // A 1024×700 laptop: the preferred 1260×780 does not fit.
    const QRect laptop(0, 0, 1024, 700);
    CHECK(laptop.contains(WindowLayout::initial(QSize(1260, 780), laptop)));
    CHECK(WindowLayout::initial(QSize(800, 500), QRect(0, 0, 1920, 1080)) == QRect(560, 290, 800, 500));
    CHECK(WindowLayout::fitted(QRect(300, 200, 1260, 780), laptop) == laptop);
    CHECK(WindowLayout::fitted(QRect(900, 650, 400, 300), laptop) == QRect(624, 400, 400, 300));
    CHECK(WindowLayout::fitted(QRect(-50, -20, 400, 300), laptop) == QRect(0, 0, 400, 300));
    CHECK(WindowLayout::fitted(QRect(300, 200, 1260, 780), laptop, QSize(1100, 500)) == QRect(0, 0, 1100, 700));
}

TEST_CASE("A window restored from the settings gets its user's geometry and splitters", "[ui][mainwindow][layout]")
{
    TestDatabase base;
    const qint64 otherId = createUser(base, QStringLiteral("caller2"), QStringLiteral("Ира Звонова"), UserRole::Head);
    const User head = *UserRepository(base.context()).find(1);
    const User other = *UserRepository(base.context()).find(otherId);
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("voronka.ini")), QSettings::IniFormat);

    QRect wanted;
    {
        MainWindow first(base.context(), head);
        first.restoreLayout(&settings);
        const QRect available = WindowLayout::availableArea(first);
        // As wide as the screen lets it be (the window may need more than a small test screen has).
        first.setGeometry(available.left(), available.top() + 20, available.width(), available.height() * 3 / 4);
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        wanted = first.geometry();
        first.close(); // the window keeps its layout as it closes
    }
    // The cold base's splitter is kept with the window (the offscreen screen is too narrow to move it: the sizes'
    // round trip is the next test's).
    CHECK(settings.contains(QStringLiteral("windows/head/splitters/coldBaseSplitter")));

    MainWindow second(base.context(), head);
    second.restoreLayout(&settings);
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    CHECK(second.geometry() == wanted);

    // Another user on the same computer has a layout of their own.
    MainWindow theirs(base.contextAs(otherId), other);
    const QRect initial = theirs.geometry();
    theirs.restoreLayout(&settings);
    CHECK(theirs.geometry() == initial);
}

TEST_CASE("A window's named splitters come back at the sizes their user left", "[ui][layout]")
{
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("voronka.ini")), QSettings::IniFormat);
    const auto makeWindow = [](QWidget &window) {
        auto *splitter = new QSplitter(&window);
        splitter->setObjectName(QStringLiteral("panes"));
        splitter->addWidget(new QWidget);
        splitter->addWidget(new QWidget);
        window.setGeometry(40, 40, 600, 400);
        splitter->setGeometry(0, 0, 600, 400);
        return splitter;
    };
    QList<int> left;
    {
        QWidget window;
        QSplitter *splitter = makeWindow(window);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        splitter->setSizes({150, 445});
        left = splitter->sizes();
        REQUIRE(left.at(0) < left.at(1));
        WindowLayout(settings, QStringLiteral("head")).save(window);
    }
    QWidget window;
    QSplitter *splitter = makeWindow(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(splitter->sizes() != left);
    CHECK(WindowLayout(settings, QStringLiteral("head")).restore(window));
    CHECK(splitter->sizes() == left);
    // Another login has nothing saved.
    QWidget theirs;
    makeWindow(theirs);
    CHECK_FALSE(WindowLayout(settings, QStringLiteral("caller2")).restore(theirs));
}

TEST_CASE("A saved geometry larger than the screen is brought within it", "[ui][mainwindow][layout]")
{
    TestDatabase base;
    const User head = *UserRepository(base.context()).find(1);
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("voronka.ini")), QSettings::IniFormat);
    QRect available;
    {
        // As if saved at a big monitor since unplugged.
        MainWindow first(base.context(), head);
        first.restoreLayout(&settings);
        available = WindowLayout::availableArea(first);
        first.setGeometry(QRect(available.topLeft() + QPoint(300, 200), available.size() + QSize(900, 700)));
        first.saveLayout();
    }
    MainWindow second(base.context(), head);
    second.restoreLayout(&settings);
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    // Within the screen, as far as the window's own minimum size allows.
    const QRect restored = second.geometry();
    INFO("available " << available.x() << "," << available.y() << " " << available.width() << "x" << available.height()
                      << "; restored " << restored.x() << "," << restored.y() << " " << restored.width() << "x"
                      << restored.height());
    CHECK(available.contains(second.frameGeometry().topLeft())); // the title bar can be reached
    CHECK(restored.width() <= qMax(available.width(), second.minimumWidth()));
    CHECK(restored.height() <= qMax(available.height(), second.minimumHeight()));
    CHECK(restored.width() < available.width() + 900); // not as saved
}
