#include "domain/Money.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace voronka;

namespace {
const QLocale russian(QLocale::Russian, QLocale::Russia);
const QLocale american(QLocale::English, QLocale::UnitedStates);

// Qt's Russian locale groups digits with a no-break space and puts one before the sign too.
QString nbsp(QString text)
{
    return text.replace(QLatin1Char('_'), QChar(0x00A0));
}

std::optional<qint64> kopecksOf(const QString &text, const QLocale &locale)
{
    const auto money = Money::parse(text, locale);
    return money ? std::optional<qint64>(money->kopecks()) : std::nullopt;
}
} // namespace

TEST_CASE("Money is written the way the locale writes money", "[domain][money]")
{
    CHECK(Money(20000000).format(russian) == nbsp(QStringLiteral("200_000,00_₽")));
    CHECK(Money(20000000).format(american) == QStringLiteral("₽200,000.00"));
    CHECK(Money(150050).format(russian) == nbsp(QStringLiteral("1_500,50_₽")));
    CHECK(Money(5).format(russian) == nbsp(QStringLiteral("0,05_₽")));
    CHECK(Money(0).format(russian) == nbsp(QStringLiteral("0,00_₽")));
    CHECK(Money(0).format(american) == QStringLiteral("₽0.00"));
    CHECK(Money(-150050).format(russian) == nbsp(QStringLiteral("-1_500,50_₽")));
    CHECK(Money(-150050).format(american) == QStringLiteral("(₽1,500.50)")); // the American way of money

    CHECK(Money(150050, QStringLiteral("USD")).format(american) == QStringLiteral("$1,500.50"));
    CHECK(Money(150050, QStringLiteral("EUR")).format(russian) == nbsp(QStringLiteral("1_500,50_€")));
    CHECK(Money(150050, QStringLiteral("XYZ")).format(russian) == nbsp(QStringLiteral("1_500,50_XYZ")));
}

TEST_CASE("Large amounts keep every kopeck", "[domain][money]")
{
    CHECK(Money(123456789012345678).format(russian) == nbsp(QStringLiteral("1_234_567_890_123_456,78_₽")));
    CHECK(Money(std::numeric_limits<qint64>::max()).format(american) == QStringLiteral("₽92,233,720,368,547,758.07"));
    CHECK(Money(std::numeric_limits<qint64>::min())
              .format(american)
              .contains(QStringLiteral("92,233,720,368,547,758.08")));
}

TEST_CASE("What people type for an amount is read as kopecks", "[domain][money]")
{
    CHECK(kopecksOf(QStringLiteral("1 500,50"), russian) == 150050);
    CHECK(kopecksOf(QStringLiteral("1500.5"), russian) == 150050);
    CHECK(kopecksOf(QStringLiteral("1 500 ₽"), russian) == 150000);
    CHECK(kopecksOf(nbsp(QStringLiteral("200_000,00_₽")), russian) == 20000000);
    CHECK(kopecksOf(QStringLiteral("1500 руб."), russian) == 150000);
    CHECK(kopecksOf(QStringLiteral("1500р"), russian) == 150000);
    CHECK(kopecksOf(QStringLiteral("1,500.50"), american) == 150050);
    CHECK(kopecksOf(QStringLiteral("₽1,500"), american) == 150000);
    CHECK(kopecksOf(QStringLiteral("1,500"), american) == 150000);
    // A Russian comma is the decimal one, and three decimals are a slip: refused rather than read as 1500 or 1.5.
    CHECK_FALSE(kopecksOf(QStringLiteral("1,500"), russian));
    CHECK(kopecksOf(QStringLiteral("1.234.567,89"), russian) == 123456789);
    CHECK(kopecksOf(QStringLiteral("-200"), russian) == -20000);
    CHECK(kopecksOf(QStringLiteral("−200,10 ₽"), russian) == -20010);
    CHECK(kopecksOf(QStringLiteral("(₽1,500.50)"), american) == -150050);
    CHECK(kopecksOf(Money(-150050).format(russian), russian) == -150050);
    CHECK(kopecksOf(QStringLiteral("0"), russian) == 0);
    CHECK(kopecksOf(QStringLiteral(",5"), russian) == 50);
    CHECK(kopecksOf(QStringLiteral("99 999 999 999 999,99"), russian) == 9999999999999999);
    CHECK(Money::parse(QStringLiteral("12 $"), american, QStringLiteral("USD")) == Money(1200, QStringLiteral("USD")));
}

TEST_CASE("Text that is not an amount is refused", "[domain][money]")
{
    CHECK_FALSE(kopecksOf(QString(), russian));
    CHECK_FALSE(kopecksOf(QStringLiteral("₽"), russian));
    CHECK_FALSE(kopecksOf(QStringLiteral("сто рублей"), russian));
    // A third decimal is a typing slip, not a fraction of a kopeck to round away.
    CHECK_FALSE(kopecksOf(QStringLiteral("1,505"), russian));
    CHECK_FALSE(kopecksOf(QStringLiteral("10.999"), american));
    CHECK_FALSE(kopecksOf(QStringLiteral("1.2.3,456"), russian));
    CHECK_FALSE(kopecksOf(QStringLiteral("1 000 000 000 000 000 000"), russian));
    CHECK_FALSE(kopecksOf(QStringLiteral("12a"), russian));
}
