#include "shell/UpgradeNotice.h"

#include <QApplication>
#include <QDir>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

// The visible top-level labels that name the base.
int noticesNaming(const QString &path)
{
    int found = 0;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->isVisible() && label->text().contains(QDir::toNativeSeparators(path)))
            ++found;
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
        CHECK(noticesNaming(path) == 0); // nothing before an upgrade starts
        notice.show(path);
        CHECK(noticesNaming(path) == 1);
        REQUIRE(QApplication::overrideCursor() != nullptr);
        CHECK(QApplication::overrideCursor()->shape() == Qt::WaitCursor);
    }
    CHECK(noticesNaming(path) == 0);
    CHECK(QApplication::overrideCursor() == nullptr);
}
