// What an import leaves waiting for the search index is filled by the window on a worker, now and after changes.
#include "demo/DemoBase.h"
#include "files/BackgroundSearchIndex.h"
#include "import/ImportService.h"
#include "shell/MainWindow.h"
#include "storage/ChangeHub.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
void importList(TestDatabase &base, int rows, int firstNumber)
{
    QByteArray list = QStringLiteral("Компания;Телефон\n").toUtf8();
    for (int i = firstNumber; i < firstNumber + rows; ++i)
        list += QStringLiteral("Склад %1;8 812 %2\n").arg(i).arg(i).toUtf8();
    QBuffer buffer;
    buffer.setData(list);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("list.csv");
    REQUIRE(ImportService(base.context()).run(&buffer, options).imported == rows);
}

qint64 scalar(TestDatabase &base, const char *sql)
{
    return SqlStatement::scalar(base.db().connection(), QString::fromLatin1(sql)).toLongLong();
}
} // namespace

TEST_CASE("The window fills the search index after it starts and after the base changed", "[ui][search]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 10);
    importList(base, 300, 1000000);
    REQUIRE(scalar(base, "SELECT count(*) FROM search_backlog") == 300);
    MainWindow window(base.context(), *UserRepository(base.context()).find(1));
    window.show();

    window.fillSearchIndex();
    BackgroundSearchIndex *fill = window.searchIndexFill();
    REQUIRE(fill != nullptr);
    QSignalSpy finished(fill, &BackgroundSearchIndex::finished);
    REQUIRE(finished.wait(30000));
    CHECK(finished.constFirst().at(0).toLongLong() == 300);
    CHECK(finished.constFirst().at(1).toString().isEmpty());
    CHECK_FALSE(fill->isRunning());
    CHECK(scalar(base, "SELECT count(*) FROM search_backlog") == 0);
    CHECK(scalar(base, "SELECT count(*) FROM company_search") == scalar(base, "SELECT count(*) FROM companies"));

    // Another import (here, or on another desktop and seen by the watcher) and its announcement: filled again.
    importList(base, 120, 2000000);
    base.db().changes().announce(ChangeSet::everything());
    CHECK(fill->isRunning());
    REQUIRE(finished.wait(30000));
    CHECK(finished.at(1).at(0).toLongLong() == 120);
    CHECK(scalar(base, "SELECT count(*) FROM search_backlog") == 0);

    // A change with nothing waiting starts nothing.
    base.db().changes().announce(ChangeSet::everything());
    CHECK_FALSE(fill->isRunning());
}
