#include "import/ImportField.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Import fields survive their keys", "[import]")
{
    for (const ImportField field : allImportFields())
        CHECK(importFieldFromKey(importFieldKey(field)) == field);
    CHECK(importFieldKey(ImportField::ContactName) == QStringLiteral("contact"));
    CHECK_FALSE(importFieldFromKey(QStringLiteral("fax")).has_value());
}
