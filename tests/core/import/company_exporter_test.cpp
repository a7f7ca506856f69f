#include "import/CompanyExporter.h"
#include "import/ImportError.h"
#include "storage/CompanyRepository.h"
#include "support/TestDatabase.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

TEST_CASE("An export stops when it is told to, and says it was cancelled", "[export]")
{
    TestDatabase base;
    for (int i = 0; i < 30; ++i) {
        Company company = makeCompany(QStringLiteral("Компания %1").arg(i), QStringLiteral("Омск"));
        CompanyRepository(base.context()).create(company);
    }
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    int asked = 0;
    CHECK(CompanyExporter(base.db()).write(&all, {}, QLatin1Char(';'), [&asked] { return ++asked > 0; }) == 30);
    CHECK(asked == 30); // asked before each company
    CHECK(all.data().count('\n') == 31);

    QBuffer part;
    part.open(QIODevice::WriteOnly);
    int written = 0;
    try {
        CompanyExporter(base.db()).write(&part, {}, QLatin1Char(';'), [&written] { return written++ < 10; });
        FAIL("the export went on");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Cancelled);
    }
    CHECK(written == 11); // the eleventh company was refused
}
