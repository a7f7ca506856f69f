#include "import/EmailAddress.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}
QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *item : items)
        out.append(QString::fromUtf16(item));
    return out;
}
} // namespace

TEST_CASE("E-mail addresses are normalised", "[import][email]")
{
    CHECK(EmailAddress::normalized(s(u"  Info@Romashka.RU ")) == s(u"info@romashka.ru"));
    CHECK(EmailAddress::normalized(s(u"mailto:sales@romashka.ru")) == s(u"sales@romashka.ru"));
    CHECK(EmailAddress::normalized(s(u"MAILTO: Sales@Romashka.ru")) == s(u"sales@romashka.ru"));
    CHECK(EmailAddress::normalized(s(u"<sales@romashka.ru>")) == s(u"sales@romashka.ru"));
    CHECK(EmailAddress::normalized(s(u"mailto:<Sales@romashka.ru>")) == s(u"sales@romashka.ru"));
    CHECK(EmailAddress::normalized(s(u"\u00A0info@romashka.ru\u200B")) == s(u"info@romashka.ru"));
    CHECK(EmailAddress::normalized(s(u"ИНФО@ПОЧТА.РФ")) == s(u"инфо@почта.рф"));
    CHECK(EmailAddress::normalized(s(u"-")).isEmpty());
    CHECK(EmailAddress::normalized(s(u"")).isEmpty());
    // Only the surrounding brackets go; a display name stays and makes the value invalid rather than guessed.
    CHECK(EmailAddress::normalized(s(u"Иван <ivan@romashka.ru>")) == s(u"иван <ivan@romashka.ru>"));
}

TEST_CASE("Ordinary and Cyrillic addresses are valid", "[import][email]")
{
    for (const char16_t *good : {u"info@romashka.ru", u"ivan.petrov@mail.ru", u"sales+cold@romashka.ru",
                                 u"a_b-c@sub.domain-name.com", u"info@почта.рф", u"директор@завод.рф",
                                 u"info@xn--80a1acny.xn--p1ai", u"1234@mail.ru", u"o'neil@example.co.uk"}) {
        INFO(QString::fromUtf16(good).toStdString());
        CHECK(EmailAddress::isValid(s(good)));
    }
}

TEST_CASE("Addresses that cannot be mailed are invalid", "[import][email]")
{
    for (const char16_t *bad : {
             u"",
             u"info",
             u"info@",
             u"@romashka.ru",
             u"info@romashka", // missing domain dot
             u"info@@romashka.ru",
             u"info@romashka@mail.ru",
             u"info @romashka.ru", // spaces
             u"info@roma shka.ru",
             u"info@romashka.ru info2@romashka.ru",
             u"info@romashka.ru,info2@romashka.ru",
             u"info@romashka.ru;",
             u"info@.romashka.ru",
             u"info@romashka.ru.",
             u"info@romashka..ru",
             u"info@-romashka.ru",
             u"info@romashka-.ru",
             u"info@romashka.r",
             u"info@127.0.0.1",
             u".info@romashka.ru",
             u"info.@romashka.ru",
             u"in..fo@romashka.ru",
             u"\"info\"@romashka.ru",
             u"info@roma_shka.ru",
             u"иван <ivan@romashka.ru>",
             u"нет",
         }) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(EmailAddress::isValid(s(bad)));
    }
}

TEST_CASE("Normalised addresses from messy cells are valid", "[import][email]")
{
    CHECK(EmailAddress::isValid(EmailAddress::normalized(s(u"MAILTO:Info@Romashka.RU"))));
    CHECK(EmailAddress::isValid(EmailAddress::normalized(s(u" <info@почта.рф> "))));
}

TEST_CASE("A cell with several addresses is split", "[import][email]")
{
    CHECK(EmailAddress::splitCell(s(u"info@romashka.ru, sales@romashka.ru"))
          == list({u"info@romashka.ru", u"sales@romashka.ru"}));
    CHECK(EmailAddress::splitCell(s(u"info@romashka.ru;Sales@Romashka.ru"))
          == list({u"info@romashka.ru", u"sales@romashka.ru"}));
    CHECK(EmailAddress::splitCell(s(u"info@romashka.ru sales@romashka.ru\nboss@romashka.ru"))
          == list({u"info@romashka.ru", u"sales@romashka.ru", u"boss@romashka.ru"}));
    CHECK(EmailAddress::splitCell(s(u"mailto:info@romashka.ru; <sales@romashka.ru> ;; "))
          == list({u"info@romashka.ru", u"sales@romashka.ru"}));
    CHECK(EmailAddress::splitCell(s(u"info@romashka.ru")) == list({u"info@romashka.ru"}));
    // The same address twice in one cell is one address.
    CHECK(EmailAddress::splitCell(s(u"info@romashka.ru, INFO@romashka.ru")) == list({u"info@romashka.ru"}));
}

TEST_CASE("Splitting keeps what is not an address, for the caller to flag", "[import][email]")
{
    const QStringList parts = EmailAddress::splitCell(s(u"info@romashka.ru (бухгалтерия), info@romashka"));
    CHECK(parts == list({u"info@romashka.ru", u"(бухгалтерия)", u"info@romashka"}));
    CHECK(EmailAddress::isValid(parts.at(0)));
    CHECK_FALSE(EmailAddress::isValid(parts.at(1)));
    CHECK_FALSE(EmailAddress::isValid(parts.at(2)));
    CHECK(EmailAddress::splitCell(s(u"нет")) == list({u"нет"}));
    CHECK(EmailAddress::splitCell(s(u"")).isEmpty());
    CHECK(EmailAddress::splitCell(s(u" - ")).isEmpty());
    CHECK(EmailAddress::splitCell(s(u" , ; ")).isEmpty());
}
