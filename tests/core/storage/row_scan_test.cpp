#include "storage/RowScan.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/Timestamps.h"

#include "support/TestDatabase.h"

#include <QDateTime>
#include <QTimeZone>

using namespace voronka;
using namespace voronka::test;

namespace {

struct ScannedRow
{
    QString text;
    qint64 number = 0;
    bool null = false;
    bool operator==(const ScannedRow &) const = default;
};

QList<ScannedRow> scan(Database &db, RowScan::Path path)
{
    RowScan rows(db.connection(),
                 QStringLiteral("SELECT column1, column2, column3 FROM (VALUES ('калл', 7, NULL), ('', -3, 'x'), "
                                "(?, ?, ?)) WHERE column2 > ?"),
                 {QStringLiteral("meeting_booked"), qint64(9000000000), QVariant(QMetaType(QMetaType::QString)), -10},
                 path);
    QList<ScannedRow> scanned;
    while (rows.next())
        scanned.append({QString::fromUtf8(rows.text(0)), rows.integer(1), rows.isNull(2)});
    return scanned;
}

} // namespace

TEST_CASE("A row scan reads the same rows on SQLite's handle and through Qt's driver", "[storage][reports]")
{
    TestDatabase base;
    const QList<ScannedRow> expected{{QStringLiteral("калл"), 7, true},
                                     {QString(), -3, false},
                                     {QStringLiteral("meeting_booked"), 9000000000, true}};
    CHECK(scan(base.db(), RowScan::Path::Fastest) == expected);
    CHECK(scan(base.db(), RowScan::Path::Driver) == expected);
}

TEST_CASE("A row scan of a bad statement says which one, on either path", "[storage][reports]")
{
    TestDatabase base;
    for (const RowScan::Path path : {RowScan::Path::Fastest, RowScan::Path::Driver}) {
        try {
            RowScan rows(base.db().connection(), QStringLiteral("SELECT no_such_column FROM companies"), {}, path);
            rows.next();
            FAIL("a statement on a missing column ran");
        } catch (const StorageError &error) {
            CHECK(error.message().contains(QStringLiteral("no_such_column")));
        }
    }
}

TEST_CASE("Whole days between two stored times are what SQLite's julianday gives", "[storage][reports]")
{
    TestDatabase base;
    const QDateTime start(QDate(2026, 3, 28), QTime(21, 0, 0, 123), QTimeZone::utc());
    // Exactly whole days (where a double can fall just short), a millisecond either side, across a leap day and back.
    const QList<QDateTime> ends{start,
                                start.addDays(1),
                                start.addDays(1).addMSecs(-1),
                                start.addDays(29),
                                start.addDays(365).addMSecs(1),
                                start.addDays(-3),
                                start.addDays(-3).addMSecs(1),
                                QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc()),
                                QDateTime(QDate(1999, 12, 31), QTime(0, 0), QTimeZone::utc())};
    for (const QDateTime &end : ends) {
        const QString from = toStoredTime(start).toString();
        const QString to = toStoredTime(end).toString();
        const qint64 sqlite
            = SqlStatement::scalar(base.db().connection(),
                                   QStringLiteral("SELECT CAST(julianday(?) - julianday(?) AS INTEGER)"), {to, from})
                  .toLongLong();
        CAPTURE(from, to);
        CHECK(wholeDaysBetween(from.toUtf8(), to.toUtf8()) == sqlite);
    }
    CHECK(wholeDaysBetween("2026-03-28T21:00:00.123Z", "2026-04-02T21:00:00.122Z") == 4);
    CHECK_FALSE(wholeDaysBetween("2026-03-28T21:00:00.123Z", "yesterday").has_value());
    CHECK_FALSE(wholeDaysBetween("", "2026-03-28T21:00:00.123Z").has_value());
    CHECK_FALSE(wholeDaysBetween("2026-13-28T21:00:00.123Z", "2026-03-28T21:00:00.123Z").has_value());
    CHECK_FALSE(wholeDaysBetween("2026-0a-28T21:00:00.123Z", "2026-03-28T21:00:00.123Z").has_value());
    CHECK_FALSE(wholeDaysBetween("2026-03-28T21:00:00.123Z", "2026-03-2\xd0T21:00:00.123Z").has_value());
}
