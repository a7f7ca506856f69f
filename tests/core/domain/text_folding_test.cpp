#include "domain/TextFolding.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("foldForSearch folds Cyrillic case and ё", "[domain]")
{
    CHECK(foldForSearch(QStringLiteral("РОМАШКА")) == QStringLiteral("ромашка"));
    CHECK(foldForSearch(QStringLiteral("Ёлка")) == QStringLiteral("елка"));
    CHECK(foldForSearch(QStringLiteral("ACME Ltd")) == QStringLiteral("acme ltd"));
}

TEST_CASE("digitsOf keeps only digits in order", "[domain]")
{
    CHECK(digitsOf(QStringLiteral("+7 (495) 123-45-67")) == QStringLiteral("74951234567"));
    CHECK(digitsOf(QStringLiteral("нет номера")).isEmpty());
}

TEST_CASE("companySortKey drops legal form and quotes", "[domain]")
{
    CHECK(companySortKey(QStringLiteral("ООО «Ромашка»")) == QStringLiteral("ромашка"));
    CHECK(companySortKey(QStringLiteral("ООО \"Ромашка\"")) == QStringLiteral("ромашка"));
    CHECK(companySortKey(QStringLiteral("ИП Иванов  Пётр")) == QStringLiteral("иванов петр"));
    CHECK(companySortKey(QStringLiteral("Ромашка")) == QStringLiteral("ромашка"));
    // A name that is only a legal form keeps it rather than sorting as empty.
    CHECK(companySortKey(QStringLiteral("ООО")) == QStringLiteral("ооо"));
}
