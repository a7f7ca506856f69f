#include "domain/RegionOfCity.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {
QString regionOf(const char16_t *text)
{
    return RegionOfCity::of(QString::fromUtf16(text));
}
} // namespace

TEST_CASE("A city as people type it gives its federal subject", "[domain][region]")
{
    const QString moscow = QStringLiteral("Москва");
    CHECK(regionOf(u"Москва") == moscow);
    CHECK(regionOf(u"г. Москва") == moscow);
    CHECK(regionOf(u"г Москва") == moscow);
    CHECK(regionOf(u"г.Москва") == moscow);
    CHECK(regionOf(u"москва ") == moscow);
    CHECK(regionOf(u"  МОСКВА  ") == moscow);
    CHECK(regionOf(u"Москва г") == moscow);
    CHECK(regionOf(u"город Москва") == moscow);
    CHECK(regionOf(u"Зеленоград") == moscow);

    const QString petersburg = QStringLiteral("Санкт-Петербург");
    CHECK(regionOf(u"Санкт-Петербург") == petersburg);
    CHECK(regionOf(u"Санкт Петербург") == petersburg);
    CHECK(regionOf(u"санкт–петербург") == petersburg); // an en dash for the hyphen
    CHECK(regionOf(u"СПб") == petersburg);
    CHECK(regionOf(u"спб.") == petersburg);
    CHECK(regionOf(u"С.-Петербург") == petersburg);
    CHECK(regionOf(u"г. С.-Петербург") == petersburg);

    CHECK(regionOf(u"Екатеринбург") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"Нижний Новгород") == QStringLiteral("Нижегородская область"));
    CHECK(regionOf(u"Нижний  новгород") == QStringLiteral("Нижегородская область"));
    CHECK(regionOf(u"Н.Новгород") == QStringLiteral("Нижегородская область"));
    CHECK(regionOf(u"Ростов-на-Дону") == QStringLiteral("Ростовская область"));
    CHECK(regionOf(u"Ростов на Дону") == QStringLiteral("Ростовская область"));
    CHECK(regionOf(u"Ростов н/Д") == QStringLiteral("Ростовская область"));
    CHECK(regionOf(u"Комсомольск-на-Амуре") == QStringLiteral("Хабаровский край"));
    CHECK(regionOf(u"Набережные Челны") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Казань") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Сургут") == QStringLiteral("Ханты-Мансийский автономный округ — Югра"));
    CHECK(regionOf(u"Йошкар-Ола") == QStringLiteral("Республика Марий Эл"));
    CHECK(regionOf(u"Якутск") == QStringLiteral("Республика Саха (Якутия)"));
}

TEST_CASE("ё and е are one letter in a city's name", "[domain][region]")
{
    CHECK(regionOf(u"Королёв") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"Королев") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"Орёл") == QStringLiteral("Орловская область"));
    CHECK(regionOf(u"Орел") == QStringLiteral("Орловская область"));
    CHECK(regionOf(u"Щелково") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"АРТЕМ") == QStringLiteral("Приморский край"));
}

TEST_CASE("A city written in Latin letters gives its federal subject", "[domain][region]")
{
    CHECK(regionOf(u"Moscow") == QStringLiteral("Москва"));
    CHECK(regionOf(u"MOSCOW city") == QStringLiteral("Москва"));
    CHECK(regionOf(u"Moskva") == QStringLiteral("Москва"));
    CHECK(regionOf(u"Saint Petersburg") == QStringLiteral("Санкт-Петербург"));
    CHECK(regionOf(u"St. Petersburg") == QStringLiteral("Санкт-Петербург"));
    CHECK(regionOf(u"Sankt-Peterburg") == QStringLiteral("Санкт-Петербург"));
    CHECK(regionOf(u"Yekaterinburg") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"Ekaterinburg") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"Nizhny Novgorod") == QStringLiteral("Нижегородская область"));
    CHECK(regionOf(u"Nizhniy Novgorod") == QStringLiteral("Нижегородская область"));
    CHECK(regionOf(u"Rostov-on-Don") == QStringLiteral("Ростовская область"));
    CHECK(regionOf(u"Khabarovsk") == QStringLiteral("Хабаровский край"));
    CHECK(regionOf(u"Tolyatti") == QStringLiteral("Самарская область"));
    CHECK(regionOf(u"Togliatti") == QStringLiteral("Самарская область"));
    CHECK(regionOf(u"Kazan") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Petropavlovsk-Kamchatsky") == QStringLiteral("Камчатский край"));
    CHECK(regionOf(u"Yuzhno-Sakhalinsk") == QStringLiteral("Сахалинская область"));
}

TEST_CASE("A text that already names a region gives its canonical name", "[domain][region]")
{
    CHECK(regionOf(u"Московская обл.") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"Московская область") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"обл. Московская") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"Подмосковье") == QStringLiteral("Московская область"));
    CHECK(regionOf(u"Свердловская обл") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"СВЕРДЛОВСКАЯ ОБЛАСТЬ") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"Татарстан") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Респ. Татарстан") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Татарстан Респ") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Республика Татарстан (Татарстан)") == QStringLiteral("Республика Татарстан"));
    CHECK(regionOf(u"Краснодарский край") == QStringLiteral("Краснодарский край"));
    CHECK(regionOf(u"ХМАО") == QStringLiteral("Ханты-Мансийский автономный округ — Югра"));
    CHECK(regionOf(u"Ханты-Мансийский АО") == QStringLiteral("Ханты-Мансийский автономный округ — Югра"));
    CHECK(regionOf(u"Якутия") == QStringLiteral("Республика Саха (Якутия)"));
    CHECK(regionOf(u"Чувашия") == QStringLiteral("Чувашская Республика"));
    CHECK(regionOf(u"Кемеровская область - Кузбасс") == QStringLiteral("Кемеровская область"));
    CHECK(regionOf(u"Еврейская АО") == QStringLiteral("Еврейская автономная область"));
}

TEST_CASE("A city and its region written together give that region", "[domain][region]")
{
    CHECK(regionOf(u"Свердловская обл., г. Екатеринбург") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"Екатеринбург (Свердловская обл.)") == QStringLiteral("Свердловская область"));
    CHECK(regionOf(u"г. Москва, ул. Ленина, д. 5") == QStringLiteral("Москва"));
    // A shared name is settled by the region beside it.
    CHECK(regionOf(u"Железногорск, Курская обл.") == QStringLiteral("Курская область"));
    // Parts that disagree give nothing.
    CHECK(regionOf(u"Москва, Казань").isEmpty());
}

TEST_CASE("An unknown, shared or empty name gives no region", "[domain][region]")
{
    CHECK(regionOf(u"").isEmpty());
    CHECK(regionOf(u"   ").isEmpty());
    CHECK(regionOf(u"г.").isEmpty());
    CHECK(regionOf(u"Нью-Васюки").isEmpty());
    CHECK(regionOf(u"Springfield").isEmpty());
    CHECK(regionOf(u"12345").isEmpty());
    CHECK(regionOf(u"ул. Ленина").isEmpty());
    // Names big places share: no guess.
    CHECK(regionOf(u"Железногорск").isEmpty());
    CHECK(regionOf(u"Ростов").isEmpty());
    CHECK(regionOf(u"Новгород").isEmpty());
    CHECK(regionOf(u"Троицк").isEmpty());
    // A word that is only a kind of region names none.
    CHECK(regionOf(u"область").isEmpty());
    CHECK(regionOf(u"Республика").isEmpty());
}

TEST_CASE("The regions are the 89 federal subjects and every city maps into them", "[domain][region]")
{
    const QStringList all = RegionOfCity::allRegions();
    CHECK(all.size() == 89);
    CHECK(all.contains(QStringLiteral("Москва")));
    CHECK(all.contains(QStringLiteral("Свердловская область")));
    CHECK(all.indexOf(QStringLiteral("Алтайский край")) < all.indexOf(QStringLiteral("Москва")));
    for (const QString &region : all)
        CHECK(RegionOfCity::of(region) == region);
    for (const char16_t *capital :
         {u"Майкоп",         u"Горно-Алтайск", u"Улан-Удэ",   u"Магас",        u"Нальчик",
          u"Элиста",         u"Черкесск",      u"Кызыл",      u"Абакан",       u"Грозный",
          u"Чита",           u"Биробиджан",    u"Нарьян-Мар", u"Анадырь",      u"Салехард",
          u"Ханты-Мансийск", u"Гатчина",       u"Магадан",    u"Благовещенск", u"Великий Новгород",
          u"Симферополь"})
        CHECK(all.contains(regionOf(capital)));
}

TEST_CASE("canonical keeps a region it does not know as given", "[domain][region]")
{
    CHECK(RegionOfCity::canonical(QStringLiteral("  Свердловская   обл ")) == QStringLiteral("Свердловская область"));
    CHECK(RegionOfCity::canonical(QStringLiteral("Казань")) == QStringLiteral("Республика Татарстан"));
    CHECK(RegionOfCity::canonical(QStringLiteral(" Сибирь  ")) == QStringLiteral("Сибирь"));
    CHECK(RegionOfCity::canonical(QString()).isEmpty());
}

TEST_CASE("A region follows the city when it was empty or derived, and stays when given", "[domain][region]")
{
    const QString kazan = QStringLiteral("Казань");
    const QString samara = QStringLiteral("Самара");
    const QString tatarstan = QStringLiteral("Республика Татарстан");
    const QString samaraRegion = QStringLiteral("Самарская область");
    // Empty: derived from the new city.
    CHECK(RegionOfCity::afterEdit(QString(), QString(), kazan, QString()) == tatarstan);
    // Derived from the old city: follows the move.
    CHECK(RegionOfCity::afterEdit(kazan, tatarstan, samara, tatarstan) == samaraRegion);
    // Derived, the city now unknown: no region rather than a stale one.
    CHECK(RegionOfCity::afterEdit(kazan, tatarstan, QStringLiteral("Нью-Васюки"), tatarstan).isEmpty());
    // Given otherwise (an import's Region column for a village): kept.
    CHECK(RegionOfCity::afterEdit(QStringLiteral("Кукуево"), QStringLiteral("Сибирь"), samara, QStringLiteral("Сибирь"))
          == QStringLiteral("Сибирь"));
    // Changed by the person: theirs, in canonical form.
    CHECK(RegionOfCity::afterEdit(kazan, tatarstan, kazan, QStringLiteral("Самарская обл")) == samaraRegion);
    CHECK(RegionOfCity::afterEdit(kazan, tatarstan, kazan, QStringLiteral("Поволжье")) == QStringLiteral("Поволжье"));
}
