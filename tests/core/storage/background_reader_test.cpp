#include "storage/BackgroundReader.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QSignalSpy>
#include <QThread>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

namespace {
// Collects what the worker posts back, on the test's thread.
class Results : public QObject
{
    Q_OBJECT

public:
    void add(const QString &result) { emit arrived(result); }

signals:
    void arrived(const QString &result);
};
} // namespace

TEST_CASE("A background reader reads on its own thread and connection, in the order posted", "[storage][background]")
{
    TestDatabase base;
    Company company = makeCompany(QStringLiteral("Альфа"), QStringLiteral("Омск"));
    CompanyRepository(base.context()).create(company);
    Results results;
    QSignalSpy arrived(&results, &Results::arrived);
    BackgroundReader reader(base.path(), Viewer::everything());
    QThread *const windowThread = QThread::currentThread();
    for (int i = 0; i < 3; ++i) {
        reader.post(
            [&results, windowThread, i](Database &db) {
                const QString name
                    = SqlStatement::scalar(db.connection(), QStringLiteral("SELECT name FROM companies")).toString();
                const QString where
                    = QThread::currentThread() == windowThread ? QStringLiteral("window") : QStringLiteral("worker");
                const QString line
                    = QStringLiteral("%1 %2 %3 %4")
                          .arg(i)
                          .arg(name, where)
                          .arg(db.isReadOnly() ? QStringLiteral("read-only") : QStringLiteral("writable"));
                QMetaObject::invokeMethod(
                    &results, [&results, line] { results.add(line); }, Qt::QueuedConnection);
            },
            [&results](const StorageError &error) {
                // Catch's assertions belong to the test's thread: the failure travels back as a result.
                const QString line = error.message();
                QMetaObject::invokeMethod(
                    &results, [&results, line] { results.add(line); }, Qt::QueuedConnection);
            });
    }
    while (arrived.count() < 3)
        REQUIRE(arrived.wait(30000));
    CHECK(arrived.at(0).at(0).toString() == QStringLiteral("0 Альфа worker read-only"));
    CHECK(arrived.at(1).at(0).toString() == QStringLiteral("1 Альфа worker read-only"));
    CHECK(arrived.at(2).at(0).toString() == QStringLiteral("2 Альфа worker read-only"));
}

TEST_CASE("A background reader reports a base it cannot open", "[storage][background]")
{
    TestDatabase base;
    Results results;
    QSignalSpy arrived(&results, &Results::arrived);
    BackgroundReader reader(QDir(base.dir()).filePath(QStringLiteral("missing.sqlite")), Viewer::everything());
    reader.post(
        [&results](Database &) {
            QMetaObject::invokeMethod(
                &results, [&results] { results.add(QStringLiteral("read")); }, Qt::QueuedConnection);
        },
        [&results](const StorageError &error) {
            const QString kind
                = error.kind() == StorageError::Kind::NotFound ? QStringLiteral("not found") : error.message();
            QMetaObject::invokeMethod(
                &results, [&results, kind] { results.add(kind); }, Qt::QueuedConnection);
        });
    REQUIRE(arrived.wait(30000));
    CHECK(arrived.at(0).at(0).toString() == QStringLiteral("not found"));
}

TEST_CASE("A background reader looks at the base as the viewer it was given", "[storage][background]")
{
    TestDatabase base;
    const qint64 caller
        = voronka::test::createUser(base, QStringLiteral("caller1"), QStringLiteral("Илья"), UserRole::Caller);
    const qint64 other
        = voronka::test::createUser(base, QStringLiteral("caller2"), QStringLiteral("Мария"), UserRole::Caller);
    voronka::test::createCompany(base, QStringLiteral("Своя"), CompanyStage::Cold, caller);
    voronka::test::createCompany(base, QStringLiteral("Чужая"), CompanyStage::Cold, other);
    const auto user = UserRepository(base.context()).find(caller);
    REQUIRE(user);
    Results results;
    QSignalSpy arrived(&results, &Results::arrived);
    BackgroundReader reader(base.path(), Viewer::of(*user, false));
    reader.post(
        [&results](Database &db) {
            const CompanyListQuery query(db, CompanyFilter());
            QStringList names;
            const qint64 total = query.count();
            for (const CompanyListRow &row : query.rowsAt(0, 10, total))
                names.append(row.name);
            const QString line = QStringLiteral("%1: %2").arg(total).arg(names.join(QLatin1Char(',')));
            QMetaObject::invokeMethod(
                &results, [&results, line] { results.add(line); }, Qt::QueuedConnection);
        },
        [&results](const StorageError &error) {
            const QString line = error.message();
            QMetaObject::invokeMethod(
                &results, [&results, line] { results.add(line); }, Qt::QueuedConnection);
        });
    REQUIRE(arrived.wait(30000));
    CHECK(arrived.at(0).at(0).toString() == QStringLiteral("1: Своя"));
}

#include "background_reader_test.moc"
