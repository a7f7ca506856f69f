#include "shell/UpgradeNotice.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScreen>

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

// The visible top-level labels that name the base.
QList<QLabel *> noticesNaming(const QString &path)
{
    QList<QLabel *> found;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->isVisible() && label->text().contains(QDir::toNativeSeparators(path)))
            found.append(label);
    }
    return found;
}

} // namespace

TEST_CASE("While an older base is upgraded a notice names it and the pointer waits", "[ui][shell]")
{
    const QString path = QStringLiteral("/srv/share/sales/voronka.sqlite");
    REQUIRE(QApplication::overrideCursor() == nullptr);
    {
        UpgradeNotice notice;
        CHECK(noticesNaming(path).isEmpty()); // nothing before an upgrade starts
        notice.show(path);
        const QList<QLabel *> shown = noticesNaming(path);
        REQUIRE(shown.size() == 1);
        // In the middle of the screen: no window of ours is up yet.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        CHECK(shown.constFirst()->geometry().contains(screen.center()));
        CHECK(screen.contains(shown.constFirst()->geometry()));
        REQUIRE(QApplication::overrideCursor() != nullptr);
        CHECK(QApplication::overrideCursor()->shape() == Qt::WaitCursor);
    }
    CHECK(noticesNaming(path).isEmpty());
    CHECK(QApplication::overrideCursor() == nullptr);
}
