#include "RegionOfCity.h"

#include "TextFolding.h"
#include "TextNormalization.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace voronka {

namespace {

// The 89 federal subjects as the Constitution lists them, each with the short forms people write besides the name
// itself ("|"-separated). Words that only say what kind of subject it is (область, обл., республика, край,
// автономный округ ...) are dropped before comparing, so "Свердловская обл" and "обл. Свердловская" need no entry.
struct RegionSpelling
{
    const char16_t *name;
    const char16_t *aliases;
};

constexpr RegionSpelling regionSpellings[] = {
    {u"Москва", u"Мск|Moscow"},
    {u"Санкт-Петербург", u"СПб|С.-Петербург|С-Пб|Питер|Saint Petersburg|St Petersburg"},
    {u"Севастополь", u""},
    {u"Республика Адыгея", u"Адыгея"},
    {u"Республика Алтай", u"Горный Алтай"},
    {u"Республика Башкортостан", u"Башкирия"},
    {u"Республика Бурятия", u""},
    {u"Республика Дагестан", u""},
    {u"Донецкая Народная Республика", u"ДНР"},
    {u"Республика Ингушетия", u""},
    {u"Кабардино-Балкарская Республика", u"Кабардино-Балкария|КБР"},
    {u"Республика Калмыкия", u""},
    {u"Карачаево-Черкесская Республика", u"Карачаево-Черкесия|КЧР"},
    {u"Республика Карелия", u""},
    {u"Республика Коми", u""},
    {u"Республика Крым", u""},
    {u"Луганская Народная Республика", u"ЛНР"},
    {u"Республика Марий Эл", u""},
    {u"Республика Мордовия", u""},
    {u"Республика Саха (Якутия)", u"Саха|Якутия"},
    {u"Республика Северная Осетия — Алания", u"Северная Осетия|Алания|РСО-Алания"},
    {u"Республика Татарстан", u""},
    {u"Республика Тыва", u"Тува"},
    {u"Удмуртская Республика", u"Удмуртия"},
    {u"Республика Хакасия", u""},
    {u"Чеченская Республика", u"Чечня"},
    {u"Чувашская Республика", u"Чувашия"},
    {u"Алтайский край", u""},
    {u"Забайкальский край", u"Забайкалье"},
    {u"Камчатский край", u"Камчатка"},
    {u"Краснодарский край", u"Кубань"},
    {u"Красноярский край", u""},
    {u"Пермский край", u""},
    {u"Приморский край", u"Приморье"},
    {u"Ставропольский край", u"Ставрополье"},
    {u"Хабаровский край", u""},
    {u"Амурская область", u""},
    {u"Архангельская область", u""},
    {u"Астраханская область", u""},
    {u"Белгородская область", u""},
    {u"Брянская область", u""},
    {u"Владимирская область", u""},
    {u"Волгоградская область", u""},
    {u"Вологодская область", u""},
    {u"Воронежская область", u""},
    {u"Запорожская область", u""},
    {u"Ивановская область", u""},
    {u"Иркутская область", u""},
    {u"Калининградская область", u""},
    {u"Калужская область", u""},
    {u"Кемеровская область", u"Кузбасс|Кемеровская область — Кузбасс"},
    {u"Кировская область", u""},
    {u"Костромская область", u""},
    {u"Курганская область", u""},
    {u"Курская область", u""},
    {u"Ленинградская область", u"Ленобласть|Лен. обл."},
    {u"Липецкая область", u""},
    {u"Магаданская область", u""},
    {u"Московская область", u"Подмосковье|Мос. обл.|Мособласть|Moscow Oblast|Moscow Region"},
    {u"Мурманская область", u""},
    {u"Нижегородская область", u""},
    {u"Новгородская область", u""},
    {u"Новосибирская область", u""},
    {u"Омская область", u""},
    {u"Оренбургская область", u""},
    {u"Орловская область", u""},
    {u"Пензенская область", u""},
    {u"Псковская область", u""},
    {u"Ростовская область", u""},
    {u"Рязанская область", u""},
    {u"Самарская область", u""},
    {u"Саратовская область", u""},
    {u"Сахалинская область", u"Сахалин"},
    {u"Свердловская область", u""},
    {u"Смоленская область", u""},
    {u"Тамбовская область", u""},
    {u"Тверская область", u""},
    {u"Томская область", u""},
    {u"Тульская область", u""},
    {u"Тюменская область", u""},
    {u"Ульяновская область", u""},
    {u"Херсонская область", u""},
    {u"Челябинская область", u""},
    {u"Ярославская область", u""},
    {u"Еврейская автономная область", u"ЕАО"},
    {u"Ненецкий автономный округ", u""},
    {u"Ханты-Мансийский автономный округ — Югра", u"Ханты-Мансийский|ХМАО|ХМАО-Югра|Югра"},
    {u"Чукотский автономный округ", u"Чукотка"},
    {u"Ямало-Ненецкий автономный округ", u"ЯНАО|Ямал"},
};

// Every regional capital and every city of about 100,000 people or more (2021 census), with the spellings people
// use besides the name ("|"-separated; Latin ones for the cities foreigners' lists name in English: the usual
// transliterations of every city are matched anyway, see latinSkeleton()).
struct CitySpelling
{
    const char16_t *names;
    const char16_t *region;
};

constexpr CitySpelling citySpellings[] = {
    {u"Москва|Зеленоград|Мск|Moscow|Moskva", u"Москва"},
    {u"Санкт-Петербург|СПб|С.-Петербург|С-Пб|Питер|Колпино|Saint Petersburg|St Petersburg|St-Petersburg|"
     u"Saint-Petersburg|Petersburg",
     u"Санкт-Петербург"},
    {u"Севастополь", u"Севастополь"},
    {u"Майкоп", u"Республика Адыгея"},
    {u"Горно-Алтайск", u"Республика Алтай"},
    {u"Уфа|Стерлитамак|Салават|Нефтекамск", u"Республика Башкортостан"},
    {u"Улан-Удэ", u"Республика Бурятия"},
    {u"Махачкала|Хасавюрт|Каспийск|Дербент|Буйнакск", u"Республика Дагестан"},
    {u"Макеевка|Горловка|Мариуполь", u"Донецкая Народная Республика"},
    {u"Магас|Назрань", u"Республика Ингушетия"},
    {u"Нальчик", u"Кабардино-Балкарская Республика"},
    {u"Элиста", u"Республика Калмыкия"},
    {u"Черкесск", u"Карачаево-Черкесская Республика"},
    {u"Петрозаводск", u"Республика Карелия"},
    {u"Сыктывкар|Ухта|Воркута", u"Республика Коми"},
    {u"Симферополь|Керчь|Евпатория|Ялта|Феодосия", u"Республика Крым"},
    {u"Луганск|Алчевск", u"Луганская Народная Республика"},
    {u"Йошкар-Ола", u"Республика Марий Эл"},
    {u"Саранск", u"Республика Мордовия"},
    {u"Якутск", u"Республика Саха (Якутия)"},
    {u"Владикавказ", u"Республика Северная Осетия — Алания"},
    {u"Казань|Набережные Челны|Челны|Нижнекамск|Альметьевск|Зеленодольск|Бугульма|Елабуга", u"Республика Татарстан"},
    {u"Кызыл", u"Республика Тыва"},
    {u"Ижевск|Сарапул|Воткинск|Глазов", u"Удмуртская Республика"},
    {u"Абакан", u"Республика Хакасия"},
    {u"Грозный", u"Чеченская Республика"},
    {u"Чебоксары|Новочебоксарск", u"Чувашская Республика"},
    {u"Барнаул|Бийск|Рубцовск", u"Алтайский край"},
    {u"Чита", u"Забайкальский край"},
    {u"Петропавловск-Камчатский", u"Камчатский край"},
    {u"Краснодар|Сочи|Новороссийск|Армавир|Анапа|Ейск|Геленджик|Кропоткин|Туапсе", u"Краснодарский край"},
    {u"Красноярск|Норильск|Ачинск|Канск", u"Красноярский край"},
    {u"Пермь|Березники|Соликамск", u"Пермский край"},
    {u"Владивосток|Уссурийск|Находка|Артём", u"Приморский край"},
    {u"Ставрополь|Пятигорск|Кисловодск|Невинномысск|Ессентуки|Михайловск", u"Ставропольский край"},
    {u"Хабаровск|Комсомольск-на-Амуре", u"Хабаровский край"},
    {u"Благовещенск", u"Амурская область"},
    {u"Архангельск|Северодвинск", u"Архангельская область"},
    {u"Астрахань", u"Астраханская область"},
    {u"Белгород|Старый Оскол", u"Белгородская область"},
    {u"Брянск", u"Брянская область"},
    {u"Владимир|Ковров|Муром", u"Владимирская область"},
    {u"Волгоград|Волжский|Камышин", u"Волгоградская область"},
    {u"Вологда|Череповец", u"Вологодская область"},
    {u"Воронеж", u"Воронежская область"},
    {u"Запорожье|Мелитополь|Бердянск", u"Запорожская область"},
    {u"Иваново", u"Ивановская область"},
    {u"Иркутск|Братск|Ангарск", u"Иркутская область"},
    {u"Калининград", u"Калининградская область"},
    {u"Калуга|Обнинск", u"Калужская область"},
    {u"Кемерово|Новокузнецк|Прокопьевск|Междуреченск|Ленинск-Кузнецкий|Киселёвск", u"Кемеровская область"},
    {u"Киров|Кирово-Чепецк", u"Кировская область"},
    {u"Кострома", u"Костромская область"},
    {u"Курган", u"Курганская область"},
    {u"Курск", u"Курская область"},
    {u"Гатчина|Выборг|Всеволожск|Мурино|Сосновый Бор", u"Ленинградская область"},
    {u"Липецк|Елец", u"Липецкая область"},
    {u"Магадан", u"Магаданская область"},
    {u"Балашиха|Подольск|Химки|Мытищи|Королёв|Люберцы|Красногорск|Электросталь|Коломна|Одинцово|Домодедово|"
     u"Серпухов|Щёлково|Орехово-Зуево|Раменское|Долгопрудный|Жуковский|Пушкино|Реутов|Сергиев Посад|Ногинск|"
     u"Видное|Лобня|Ивантеевка|Клин|Воскресенск|Дмитров|Чехов|Наро-Фоминск|Егорьевск|Дубна|Фрязино|Лыткарино",
     u"Московская область"},
    {u"Мурманск|Апатиты|Североморск", u"Мурманская область"},
    {u"Нижний Новгород|Н. Новгород|Дзержинск|Арзамас", u"Нижегородская область"},
    {u"Великий Новгород", u"Новгородская область"},
    {u"Новосибирск|Бердск", u"Новосибирская область"},
    {u"Омск", u"Омская область"},
    {u"Оренбург|Орск|Новотроицк", u"Оренбургская область"},
    {u"Орёл|Oryol|Orel", u"Орловская область"},
    {u"Пенза", u"Пензенская область"},
    {u"Псков|Великие Луки", u"Псковская область"},
    {u"Ростов-на-Дону|Ростов н/Д|Ростов-на-Д|Таганрог|Шахты|Новочеркасск|Волгодонск|Батайск|Новошахтинск|"
     u"Каменск-Шахтинский|Rostov-on-Don|Rostov on Don",
     u"Ростовская область"},
    {u"Рязань", u"Рязанская область"},
    {u"Самара|Тольятти|Сызрань|Новокуйбышевск|Togliatti", u"Самарская область"},
    {u"Саратов|Энгельс|Балаково", u"Саратовская область"},
    {u"Южно-Сахалинск", u"Сахалинская область"},
    {u"Екатеринбург|Екб|Нижний Тагил|Каменск-Уральский|Первоуральск|Серов|Новоуральск", u"Свердловская область"},
    {u"Смоленск", u"Смоленская область"},
    {u"Тамбов|Мичуринск", u"Тамбовская область"},
    {u"Тверь", u"Тверская область"},
    {u"Томск|Северск", u"Томская область"},
    {u"Тула|Новомосковск", u"Тульская область"},
    {u"Тюмень|Тобольск", u"Тюменская область"},
    {u"Ульяновск|Димитровград", u"Ульяновская область"},
    {u"Херсон", u"Херсонская область"},
    {u"Челябинск|Магнитогорск|Златоуст|Миасс|Копейск", u"Челябинская область"},
    {u"Ярославль|Рыбинск", u"Ярославская область"},
    {u"Биробиджан", u"Еврейская автономная область"},
    {u"Нарьян-Мар", u"Ненецкий автономный округ"},
    {u"Ханты-Мансийск|Сургут|Нижневартовск|Нефтеюганск", u"Ханты-Мансийский автономный округ — Югра"},
    {u"Анадырь", u"Чукотский автономный округ"},
    {u"Салехард|Новый Уренгой|Ноябрьск", u"Ямало-Ненецкий автономный округ"},
};

// Names that big places share, or that people write for more than one: no region rather than a guess.
constexpr const char16_t *sharedNames[] = {
    u"Железногорск", // Красноярский край and Курская область, both about 90,000 people
    u"Донецк", // the Donetsk republic and Ростовская область
    u"Ростов", // Ростов-на-Дону or Ростов Великий (Ярославская область)
    u"Новгород", // Нижний or Великий
    u"Троицк", // Москва and Челябинская область
    u"Октябрьский", // a city in Башкортостан and many towns elsewhere
    u"Кировск", // Мурманская and Ленинградская области
    u"Советск", // Калининградская, Кировская, Тульская области
    u"Заречный", // Пензенская and Свердловская области
    u"Краснознаменск", // Московская and Калининградская области
};

// Words that only say what kind of place or subject a name is.
const QSet<QString> &cityWords()
{
    static const QSet<QString> words = {QStringLiteral("г"), QStringLiteral("гор"), QStringLiteral("город"),
                                        QStringLiteral("city"), QStringLiteral("g")};
    return words;
}

const QSet<QString> &regionWords()
{
    static const QSet<QString> words = {
        QStringLiteral("г"),          QStringLiteral("гор"),          QStringLiteral("город"),
        QStringLiteral("область"),    QStringLiteral("обл"),          QStringLiteral("республика"),
        QStringLiteral("респ"),       QStringLiteral("край"),         QStringLiteral("автономный"),
        QStringLiteral("автономная"), QStringLiteral("авт"),          QStringLiteral("округ"),
        QStringLiteral("окр"),        QStringLiteral("ао"),           QStringLiteral("аобл"),
        QStringLiteral("народная"),   QStringLiteral("федерального"), QStringLiteral("значения"),
        QStringLiteral("субъект"),    QStringLiteral("рф"),           QStringLiteral("city"),
        QStringLiteral("g"),
    };
    return words;
}

// Folded (case, ё), every run of what is not a letter or a digit made one space, the words that `drop` holds
// removed, and a word repeated right after itself once ("Республика Татарстан (Татарстан)").
QString keyOf(const QString &text, const QSet<QString> &drop)
{
    const QString folded = foldForSearch(text);
    QStringList words;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty() && !drop.contains(word) && (words.isEmpty() || words.constLast() != word))
            words.append(word);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            endWord();
    }
    endWord();
    return words.join(QLatin1Char(' '));
}

bool isLatin(const QString &key)
{
    bool latin = false;
    for (const QChar c : key) {
        if (c.script() == QChar::Script_Cyrillic)
            return false;
        latin = latin || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    }
    return latin;
}

// A Cyrillic key in Latin letters, one of the common schemes (the skeleton evens out the others).
QString transliterated(const QString &key)
{
    static const QHash<QChar, QString> letters = [] {
        const char16_t cyrillic[] = u"абвгдежзийклмнопрстуфхцчшщъыьэюя";
        const char *const latin[]
            = {"a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "i",    "k", "l", "m", "n", "o",  "p",
               "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};
        QHash<QChar, QString> table;
        for (int i = 0; i < 32; ++i)
            table.insert(QChar(cyrillic[i]), QString::fromLatin1(latin[i]));
        return table;
    }();
    QString latin;
    for (const QChar c : key) {
        const auto found = letters.constFind(c);
        latin += found == letters.cend() ? QString(c) : *found;
    }
    return latin;
}

// A Latin spelling with the differences between transliteration schemes taken out: "Yekaterinburg" and
// "Ekaterinburg", "Nizhny" and "Nizhniy", "Khabarovsk" and "Habarovsk" give one skeleton.
QString latinSkeleton(QString key)
{
    key.replace(QLatin1String("shch"), QLatin1String("sh"));
    key.replace(QLatin1String("sch"), QLatin1String("sh"));
    key.replace(QLatin1String("kh"), QLatin1String("h"));
    key.replace(QLatin1String("ts"), QLatin1String("c"));
    key.replace(QLatin1String("tz"), QLatin1String("c"));
    key.replace(QLatin1String("ph"), QLatin1String("f"));
    key.replace(QLatin1Char('x'), QLatin1String("ks"));
    key.replace(QLatin1Char('w'), QLatin1Char('v'));
    QStringList words = key.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.startsWith(QLatin1String("ye")))
            word.remove(0, 1);
    }
    key = words.join(QLatin1Char(' '));
    key.replace(QLatin1Char('y'), QLatin1Char('i'));
    key.replace(QLatin1Char('j'), QLatin1Char('i'));
    while (key.contains(QLatin1String("ii")))
        key.replace(QLatin1String("ii"), QLatin1String("i"));
    return key;
}

// What a key is known as: a region's canonical name, or an empty string for a name several places share.
using Table = QHash<QString, QString>;

void learn(Table &table, const QString &key, const QString &region)
{
    if (key.isEmpty())
        return;
    const auto found = table.constFind(key);
    if (found == table.cend())
        table.insert(key, region);
    else if (*found != region)
        table.insert(key, QString()); // two places, one name
}

struct Tables
{
    Table cities; // Cyrillic city keys
    Table latin; // Latin skeletons of the cities
    Table regions; // region keys
    QStringList all;

    Tables()
    {
        for (const RegionSpelling &spelling : regionSpellings) {
            const QString name = QString::fromUtf16(spelling.name);
            all.append(name);
            learn(regions, keyOf(name, regionWords()), name);
            for (const QString &alias :
                 QString::fromUtf16(spelling.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                learn(regions, keyOf(alias, regionWords()), name);
        }
        std::sort(all.begin(), all.end(),
                  [](const QString &a, const QString &b) { return foldForSearch(a) < foldForSearch(b); });
        for (const CitySpelling &spelling : citySpellings) {
            const QString region = QString::fromUtf16(spelling.region);
            for (const QString &name : QString::fromUtf16(spelling.names).split(QLatin1Char('|'))) {
                const QString key = keyOf(name, cityWords());
                if (isLatin(key)) {
                    learn(latin, latinSkeleton(key), region);
                } else {
                    learn(cities, key, region);
                    learn(latin, latinSkeleton(transliterated(key)), region);
                }
            }
        }
        for (const char16_t *shared : sharedNames) {
            const QString key = keyOf(QString::fromUtf16(shared), cityWords());
            cities.insert(key, QString());
            latin.insert(latinSkeleton(transliterated(key)), QString());
        }
    }
};

const Tables &tables()
{
    static const Tables known;
    return known;
}

// nullopt: the text names nothing known; an empty string: it names a place several regions have.
std::optional<QString> lookUp(const QString &text)
{
    const Tables &known = tables();
    const QString cityKey = keyOf(text, cityWords());
    if (cityKey.isEmpty())
        return std::nullopt;
    if (isLatin(cityKey)) {
        const auto found = known.latin.constFind(latinSkeleton(cityKey));
        if (found != known.latin.cend())
            return *found;
    } else {
        const auto found = known.cities.constFind(cityKey);
        if (found != known.cities.cend())
            return *found;
    }
    const auto region = known.regions.constFind(keyOf(text, regionWords()));
    if (region != known.regions.cend())
        return *region;
    return std::nullopt;
}
} // namespace

QString RegionOfCity::of(const QString &cityOrRegion)
{
    if (const auto whole = lookUp(cityOrRegion))
        return *whole;
    // Several parts: the region every part that names one agrees on ("Свердловская обл., г. Екатеринбург"); parts
    // that name nothing known (a street) do not count, nor do names several places share.
    static const QList<QChar> separators
        = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('('), QLatin1Char(')'), QLatin1Char('\n')};
    QStringList parts = {cityOrRegion};
    for (const QChar separator : separators) {
        QStringList split;
        for (const QString &part : std::as_const(parts))
            split += part.split(separator, Qt::SkipEmptyParts);
        parts = split;
    }
    if (parts.size() < 2)
        return {};
    QString agreed;
    for (const QString &part : std::as_const(parts)) {
        const auto region = lookUp(part);
        if (!region || region->isEmpty())
            continue;
        if (!agreed.isEmpty() && agreed != *region)
            return {};
        agreed = *region;
    }
    return agreed;
}

QString RegionOfCity::canonical(const QString &region)
{
    const QString known = of(region);
    return known.isEmpty() ? normalizedLine(region) : known;
}

QStringList RegionOfCity::allRegions()
{
    return tables().all;
}

QString RegionOfCity::afterEdit(const QString &oldCity, const QString &oldRegion, const QString &newCity,
                                const QString &newRegion)
{
    if (normalizedLine(newRegion) != normalizedLine(oldRegion))
        return canonical(newRegion);
    const QString stored = normalizedLine(oldRegion);
    if (stored.isEmpty() || stored == of(oldCity))
        return of(newCity);
    return stored;
}

} // namespace voronka
