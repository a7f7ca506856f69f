#include "domain/InnValidator.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace voronka;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// The Federal Tax Service algorithm written out once more, plainly, to cross-check the validator on many numbers.
int reference(const std::string &digits, const std::vector<int> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += weights[i] * (digits[i] - '0');
    return sum % 11 % 10;
}

bool referenceValid(const std::string &d)
{
    if (d.size() == 10)
        return reference(d, {2, 4, 10, 3, 5, 9, 4, 6, 8}) == d[9] - '0';
    if (d.size() == 12)
        return reference(d, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == d[10] - '0'
            && reference(d, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == d[11] - '0';
    return false;
}

} // namespace

TEST_CASE("Known INNs pass", "[import][inn]")
{
    CHECK(InnValidator::isValid(QStringLiteral("7707083893"))); // Sberbank
    CHECK(InnValidator::isValid(QStringLiteral("7736207543"))); // Yandex
    CHECK(InnValidator::isValid(QStringLiteral("500100732259"))); // a person's 12-digit INN
}

TEST_CASE("The check digits are worked out by hand", "[import][inn]")
{
    // 7707083893: 7*2+7*4+0*10+7*3+0*5+8*9+3*4+8*6+9*8 = 267; 267 mod 11 = 3; check digit 3.
    CHECK(reference("7707083893", {2, 4, 10, 3, 5, 9, 4, 6, 8}) == 3);
    // 7736207543: 14+28+30+18+10+0+28+30+32 = 190; 190 mod 11 = 3.
    CHECK(reference("7736207543", {2, 4, 10, 3, 5, 9, 4, 6, 8}) == 3);
    // 500100732259: first check 35+0+0+10+0+0+63+12+12+16 = 148, mod 11 = 5 (11th digit);
    // second 15+0+0+4+0+0+35+27+8+12+40 = 141, mod 11 = 9 (12th digit).
    CHECK(reference("500100732259", {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == 5);
    CHECK(reference("500100732259", {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == 9);
}

TEST_CASE("Every other last digit fails", "[import][inn]")
{
    for (const char *valid : {"7707083893", "7736207543", "500100732259"}) {
        const QString inn = QString::fromLatin1(valid);
        for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
            QString changed = inn;
            changed.back() = QChar(digit);
            INFO(changed.toStdString());
            CHECK(InnValidator::isValid(changed) == (changed == inn));
        }
    }
    // 12 digits: a wrong 11th digit fails even when the 12th is the right one for the changed number
    // (50010073224 -> second check 1), so both checks are really made.
    CHECK_FALSE(InnValidator::isValid(QStringLiteral("500100732241")));
    CHECK_FALSE(InnValidator::isValid(QStringLiteral("500100732249")));
    CHECK_FALSE(InnValidator::isValid(QStringLiteral("500100732269")));
}

TEST_CASE("INNs of the wrong length or with letters fail", "[import][inn]")
{
    for (const char16_t *bad : {u"", u"770708389", u"77070838930", u"7707083893000", u"50010073225", u"5001007322590",
                                u"77O7083893", u"ИНН 7707083893", u"7707083893 ИНН", u"7707-083893", u"7707083893.0",
                                u"+7707083893", u"7707083893/770701001", u"нет"}) {
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(InnValidator::isValid(s(bad)));
    }
}

TEST_CASE("Spaces between the digits are allowed", "[import][inn]")
{
    CHECK(InnValidator::isValid(s(u"7707 083 893")));
    CHECK(InnValidator::isValid(s(u" 77 07 08 38 93 ")));
    CHECK(InnValidator::isValid(s(u"5001\u00A0007\u00A032259")));
    CHECK(InnValidator::isValid(s(u"7707083893\t")));
}

TEST_CASE("All zeros and the 00 region fail although the checksum fits", "[import][inn]")
{
    CHECK(referenceValid("0000000000"));
    CHECK(referenceValid("000000000000"));
    CHECK_FALSE(InnValidator::isValid(QStringLiteral("0000000000")));
    CHECK_FALSE(InnValidator::isValid(QStringLiteral("000000000000")));
    // 001234567 with its right check digit: 0+0+10+6+15+36+20+36+56 = 179, mod 11 = 3.
    CHECK(referenceValid("0012345673"));
    CHECK_FALSE(InnValidator::isValid(QStringLiteral("0012345673")));
    // A single leading zero is a real region (01, Adygea): 010500001 -> 0+4+0+15+0+0+0+0+8 = 27, mod 11 = 5.
    CHECK(referenceValid("0105000015"));
    CHECK(InnValidator::isValid(QStringLiteral("0105000015")));
}

TEST_CASE("The validator agrees with the plain algorithm on many numbers", "[import][inn]")
{
    // A deterministic walk over 10- and 12-digit numbers; about one in eleven (and one in 121) is valid.
    std::uint64_t x = 88172645463325252ull;
    int valid10 = 0;
    int valid12 = 0;
    for (int i = 0; i < 20000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const std::string ten = std::to_string(1000000000ull + x % 9000000000ull);
        const std::string twelve = std::to_string(100000000000ull + x % 900000000000ull);
        const bool ok10 = InnValidator::isValid(QString::fromStdString(ten));
        const bool ok12 = InnValidator::isValid(QString::fromStdString(twelve));
        REQUIRE(ok10 == referenceValid(ten));
        REQUIRE(ok12 == referenceValid(twelve));
        valid10 += ok10 ? 1 : 0;
        valid12 += ok12 ? 1 : 0;
    }
    CHECK(valid10 > 20000 / 11 - 300);
    CHECK(valid10 < 20000 / 11 + 300);
    CHECK(valid12 > 20000 / 121 - 60);
    CHECK(valid12 < 20000 / 121 + 60);
}

TEST_CASE("digits keeps the ASCII digits in order", "[import][inn]")
{
    CHECK(InnValidator::digits(s(u" 77 07 083893 ")) == s(u"7707083893"));
    CHECK(InnValidator::digits(s(u"ИНН 7707083893")) == s(u"7707083893"));
    CHECK(InnValidator::digits(s(u"нет")).isEmpty());
    CHECK(InnValidator::digits(s(u"٧٧")).isEmpty()); // Arabic-Indic digits are not INN digits
}

TEST_CASE("A legal entity's INN is completed with its check digit", "[inn]")
{
    CHECK(InnValidator::legalEntityWithCheckDigit(QStringLiteral("770708389")) == QStringLiteral("7707083893"));
    CHECK(InnValidator::legalEntityWithCheckDigit(QStringLiteral("773620754")) == QStringLiteral("7736207543"));
    for (const char *nine : {"770000000", "771234567", "779999999", "500100732"}) {
        const QString completed = InnValidator::legalEntityWithCheckDigit(QString::fromLatin1(nine));
        CHECK(completed.size() == 10);
        CHECK(InnValidator::isValid(completed));
    }
    CHECK(InnValidator::legalEntityWithCheckDigit(QStringLiteral("77070838")).isEmpty());
    CHECK(InnValidator::legalEntityWithCheckDigit(QStringLiteral("7707083893")).isEmpty());
    CHECK(InnValidator::legalEntityWithCheckDigit(QStringLiteral("77070838x")).isEmpty());
}
