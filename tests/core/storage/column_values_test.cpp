#include "storage/ColumnValues.h"
#include "storage/CompanyColumns.h"

#include "support/CatchQt.h"

using namespace voronka;

TEST_CASE("Column values name their columns in the order they bind them", "[storage][writer]")
{
    ColumnValues values;
    Phone phone;
    phone.companyId = 5;
    phone.raw = QStringLiteral(" 123 ");
    phone.position = 2;
    CompanyColumns::created(phone, values);
    CHECK(values.insertStatement("phones")
          == QStringLiteral("INSERT INTO phones (company_id, contact_id, raw, e164, extension, kind, position) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList bound = values.variants();
    REQUIRE(bound.size() == 7);
    CHECK(bound.at(0).toLongLong() == 5);
    CHECK(bound.at(1).isNull());
    CHECK(bound.at(2).toString() == QStringLiteral("123"));
    CHECK(bound.at(3).isNull());
    CHECK(bound.at(5).toString() == QStringLiteral("work"));
    CHECK(bound.at(6).toLongLong() == 2);

    values.clear();
    CompanyColumns::edited(phone, values);
    CHECK(values.assignments()
          == QStringLiteral("contact_id = ?, raw = ?, e164 = ?, extension = ?, kind = ?, position = ?"));
}
