#include "ReportScenario.h"
#include "import/CsvWriter.h"
#include "reports/FunnelReport.h"
#include "reports/ReportTables.h"

#include <QBuffer>

namespace voronka::test {

TEST_CASE("The funnel table carries the figures and the change against the previous period", "[reports]")
{
    ReportScenario scenario;
    const ReportTable table = ReportTables::stages(
        FunnelReport(scenario.base.context()).compare(ReportScenario::november(), FunnelView::Period, {}));
    REQUIRE(table.rows.size() == 6);
    REQUIRE(table.columns.size() == table.rows.front().size());
    const QVariantList calling = table.rows.at(1);
    CHECK(calling.at(0).toString() == companyStageTitle(CompanyStage::Calling));
    CHECK(calling.at(1).toLongLong() == 7); // entered
    CHECK(calling.at(6).toDouble() == Approx(100.0 * 4 / 7)); // to meeting: 4 of 7 advanced
    CHECK(calling.at(7).toLongLong() == 1); // median days
    CHECK(calling.at(8).toLongLong() == 26);
    CHECK(calling.at(9).toLongLong() == 2); // October
    CHECK(calling.at(10).toLongLong() == 5);
    CHECK(table.rows.at(4).at(6).isNull()); // nothing after client

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(table.writeCsv(&csv));
    const QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(2).endsWith(QStringLiteral(";7;4;0;1;2;57.1;1;26;2;5")));
    CHECK(lines.at(5).endsWith(QStringLiteral(";1;0;0;0;1;;;;1;0"))); // client: October had Z
}

TEST_CASE("A report's CSV keeps negative numbers and money as numbers and guards formulas", "[reports]")
{
    ReportTable table;
    table.columns = {QStringLiteral("Who"), QStringLiteral("Change"), QStringLiteral("Paid")};
    table.rows.append({QStringLiteral("=HYPERLINK(\"x\")"), qint64(-3), QVariant::fromValue(Money(-1050))});
    table.rows.append({QStringLiteral("-1+1"), qint64(12), QVariant::fromValue(Money(123456))});
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(table.writeCsv(&csv));
    const QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(1) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\";-3;-10.50"));
    CHECK(lines.at(2) == QStringLiteral("'-1+1;12;1234.56"));
    CHECK(CsvWriter::guarded(QStringLiteral("-12.5")) == QStringLiteral("-12.5"));
    CHECK(CsvWriter::guarded(QStringLiteral("-12.5e3")) == QStringLiteral("'-12.5e3"));
}

} // namespace voronka::test
