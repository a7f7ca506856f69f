#include "import/FieldProblems.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Field problems name what does not check out, and nothing for a good or empty value", "[import][check]")
{
    CHECK(FieldProblems::inn(QStringLiteral("7707083893")).isEmpty());
    CHECK(FieldProblems::inn(QString()).isEmpty());
    CHECK(FieldProblems::inn(QStringLiteral(" 7707083894 "))
          == QStringLiteral("INN 7707083894 fails the check digits"));
    CHECK(FieldProblems::inn(QStringLiteral("12345")) == QStringLiteral("INN 12345 fails the check digits"));

    CHECK(FieldProblems::phone(QStringLiteral("8 (495) 123-45-67")).isEmpty());
    CHECK(FieldProblems::phone(QStringLiteral("12-34")) == QStringLiteral("phone 12-34 not recognised"));
    CHECK(FieldProblems::phone(QStringLiteral("12-34"), QStringLiteral("+74951234567")).isEmpty());

    CHECK(FieldProblems::email(QStringLiteral("Info@Romashka.ru")).isEmpty());
    CHECK(FieldProblems::email(QStringLiteral("ivanov@@mail")) == QStringLiteral("e-mail ivanov@@mail not valid"));
    CHECK(FieldProblems::emails(QStringLiteral("a@b.ru, x@, y@z.ru")) == QStringLiteral("e-mail x@ not valid"));
    CHECK(FieldProblems::emails(QStringLiteral("  ")).isEmpty());
}
