// An import's companies wait for the search index (SearchBacklog) and are found by every search meanwhile.
#include "import/ImportService.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRepository.h"
#include "storage/DatabaseInfo.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SearchBacklog.h"
#include "storage/SqlStatement.h"
#include "support/TestDatabase.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
constexpr StepPacing tinySteps{1, false};

QByteArray coldList(int rows)
{
    QByteArray list = QStringLiteral("Компания;Город;Телефон\n").toUtf8();
    for (int i = 0; i < rows; ++i) {
        list += QStringLiteral("Компания %1;%2;8 495 %3\n")
                    .arg(1000000 + i)
                    .arg(i % 2 == 0 ? QStringLiteral("Тверь") : QStringLiteral("Омск"))
                    .arg(1000000 + i)
                    .toUtf8();
    }
    return list;
}

qint64 runImport(TestDatabase &base, int rows)
{
    QBuffer buffer;
    buffer.setData(coldList(rows));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("list.csv");
    return ImportService(base.context(), tinySteps).run(&buffer, options).batchId;
}

qint64 scalar(TestDatabase &base, const QString &sql)
{
    return SqlStatement::scalar(base.db().connection(), sql).toLongLong();
}

qint64 indexed(TestDatabase &base)
{
    return scalar(base, QStringLiteral("SELECT count(*) FROM company_search"));
}

qint64 waiting(TestDatabase &base)
{
    return scalar(base, QStringLiteral("SELECT count(*) FROM search_backlog"));
}

// What a search shows: its count and the names of its first page, in list order.
QStringList searched(TestDatabase &base, const QString &text)
{
    const CompanyListQuery query(base.db(), CompanyFilter{text, {}, 0, false});
    const qint64 total = query.count();
    QStringList names;
    for (const CompanyListRow &row : query.rowsAt(0, 5, total))
        names.append(row.name);
    return QStringList{QString::number(total)} + names;
}

// Searches of every kind: trigram words, a word too short for the trigram index, phone digits, two words.
const QStringList searches = {QStringLiteral("1000007"), QStringLiteral("тверь"), QStringLiteral("тв"),
                              QStringLiteral("8 495 1000011"), QStringLiteral("компания омск")};
} // namespace

TEST_CASE("An import's companies wait for the search index and every search finds them meanwhile", "[import][search]")
{
    TestDatabase base;
    runImport(base, 40);
    CHECK(indexed(base) == 0);
    CHECK(waiting(base) == 40);
    CHECK(SearchBacklog(base.db()).pending());

    QList<QStringList> before;
    for (const QString &text : searches)
        before.append(searched(base, text));
    CHECK(before.at(0) == QStringList{QStringLiteral("1"), QStringLiteral("Компания 1000007")});
    CHECK(before.at(1).first() == QStringLiteral("20"));
    CHECK(before.at(2).first() == QStringLiteral("20"));
    CHECK(before.at(3) == QStringList{QStringLiteral("1"), QStringLiteral("Компания 1000011")});
    CHECK(before.at(4).first() == QStringLiteral("20"));
    // The base is whole: one search row per company, waiting or indexed; info counts the waiting ones.
    const DatabaseInfo info = DatabaseInfo::collect(base.db());
    CHECK(info.integrityProblems.isEmpty());
    CHECK(info.awaitingSearchIndex == 40);

    CHECK(SearchBacklog(base.db(), tinySteps).fill() == 40);
    CHECK(indexed(base) == 40);
    CHECK(waiting(base) == 0);
    CHECK_FALSE(SearchBacklog(base.db()).pending());
    CHECK(DatabaseInfo::collect(base.db()).awaitingSearchIndex == 0);
    for (int i = 0; i < searches.size(); ++i) {
        INFO(searches.at(i).toStdString());
        CHECK(searched(base, searches.at(i)) == before.at(i));
    }
}

TEST_CASE("The search index is filled in steps, and a fill told to stop leaves the rest waiting", "[import][search]")
{
    TestDatabase base;
    runImport(base, 600);
    QList<qint64> askedAt;
    const qint64 moved = SearchBacklog(base.db(), tinySteps).fill([&](qint64 soFar) {
        askedAt.append(soFar);
        return askedAt.size() < 2;
    });
    // One step ran and committed; asked again before the next, the fill stopped.
    CHECK(askedAt == QList<qint64>{0, moved});
    CHECK(moved > 0);
    CHECK(moved < 600);
    CHECK(indexed(base) == moved);
    CHECK(waiting(base) == 600 - moved);
    // Part indexed, part waiting: no company is missing from a search nor found twice.
    CHECK(searched(base, QStringLiteral("компания")).first() == QStringLiteral("600"));
    CHECK(searched(base, QStringLiteral("1000599"))
          == QStringList{QStringLiteral("1"), QStringLiteral("Компания 1000599")});
    CHECK(searched(base, QStringLiteral("1000000"))
          == QStringList{QStringLiteral("1"), QStringLiteral("Компания 1000000")});

    CHECK(SearchBacklog(base.db(), tinySteps).fill() == 600 - moved);
    CHECK(indexed(base) == 600);
    CHECK(waiting(base) == 0);
}

TEST_CASE("Saving or deleting a company that waits for the index keeps exactly one search row for it",
          "[import][search]")
{
    TestDatabase base;
    runImport(base, 3);
    const qint64 first = scalar(base, QStringLiteral("SELECT min(id) FROM companies"));
    const qint64 last = scalar(base, QStringLiteral("SELECT max(id) FROM companies"));
    CompanyRepository companies(base.context());

    Company renamed = *companies.find(first);
    renamed.name = QStringLiteral("Полярная звезда");
    companies.update(renamed);
    CHECK(indexed(base) == 1);
    CHECK(waiting(base) == 2);
    CHECK(searched(base, QStringLiteral("полярная"))
          == QStringList{QStringLiteral("1"), QStringLiteral("Полярная звезда")});
    CHECK(searched(base, QStringLiteral("компания 1000000")).first() == QStringLiteral("0"));

    companies.remove(last, companies.find(last)->version);
    CHECK(waiting(base) == 1);
    CHECK(SearchBacklog(base.db(), tinySteps).fill() == 1);
    CHECK(indexed(base) == 2);
    CHECK(scalar(base, QStringLiteral("SELECT count(*) FROM companies")) == 2);
    CHECK(DatabaseInfo::collect(base.db()).integrityProblems.isEmpty());
}

TEST_CASE("Undoing an import removes its companies' waiting search text too", "[import][search]")
{
    TestDatabase base;
    const qint64 batch = runImport(base, 300);
    SearchBacklog(base.db(), tinySteps).fill([](qint64 moved) { return moved == 0; });
    REQUIRE(indexed(base) > 0);
    REQUIRE(waiting(base) > 0);
    ImportBatchRepository(base.context(), tinySteps).undo(batch);
    CHECK(indexed(base) == 0);
    CHECK(waiting(base) == 0);
    CHECK(SearchBacklog(base.db(), tinySteps).fill() == 0);
}
