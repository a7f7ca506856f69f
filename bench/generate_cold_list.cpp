// voronka_bench_cold_list: writes a deterministic dirty cold-call list, the kind a collector gets from a parser
// site or a colleague's Excel, for the import benchmark (bench/import_bench.sh):
//
//   voronka_bench_cold_list --out PATH [--rows N] [--seed S]
//
// Windows-1251, ';', CRLF, the Russian header Excel users write; phones in many spellings (8 (495)…, +7…, 7-…,
// digits only, spaces only, with "доб." and other extension words, two numbers in a cell, some not numbers at
// all); INNs mostly random digits, some with valid check digits; e-mails some in capitals, some broken; 3% exact
// duplicate rows; about 5% quoted multi-line comments with ';' and doubled quotes inside; some blank lines.
// One million rows make about 150 MB. The same seed and row count always give the same bytes.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

#include <array>
#include <cstdio>
#include <vector>

namespace {

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("voronka_bench_cold_list: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 1;
}

// SplitMix64: tiny, fast and the same on every compiler and standard library (std::*_distribution is not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int perMille) { return below(1000) < perMille; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

using Words = std::array<const char16_t *, 16>;

constexpr std::array<const char16_t *, 8> legalForms = {u"ООО", u"ООО", u"ООО", u"ИП", u"АО", u"ЗАО", u"ПАО", u"ОАО"};
constexpr Words nameStems = {u"Ромашка",  u"Гранит", u"Эталон", u"Импульс", u"Пилот",    u"Радуга", u"Орион", u"Альфа",
                             u"Стандарт", u"Вектор", u"Титан",  u"Янтарь",  u"Меридиан", u"Феникс", u"Квант", u"Сфера"};
constexpr Words nameTails = {u"",       u"",   u"",      u"",      u" Трейд", u" Групп", u" Плюс",   u" Сервис",
                             u" Строй", u" М", u" Лайн", u" Ёлка", u" Про",   u" Центр", u" Маркет", u" Логистик"};
constexpr Words industries = {u"Автомойка",
                              u"Юридическая фирма",
                              u"Ветклиника",
                              u"Кафе",
                              u"Салон красоты",
                              u"Типография",
                              u"Склад",
                              u"Фитнес-клуб",
                              u"Стоматология",
                              u"Автосервис",
                              u"Транспортная компания",
                              u"Строительная компания",
                              u"Магазин",
                              u"Гостиница",
                              u"Пекарня",
                              u"Оптовая торговля"};
constexpr Words streets
    = {u"Ленина",     u"Мира",     u"Садовая", u"Советская", u"Пушкина",     u"Гагарина",   u"Лесная",      u"Заречная",
       u"Молодёжная", u"Школьная", u"Новая",   u"Полевая",   u"Октябрьская", u"Набережная", u"Центральная", u"Победы"};
constexpr std::array<const char16_t *, 12> surnames
    = {u"Иванов",   u"Петров",  u"Сидоров",  u"Смирнов", u"Кузнецов", u"Попов",
       u"Васильев", u"Соколов", u"Михайлов", u"Новиков", u"Фёдоров",  u"Морозов"};
// Six men's names, then six women's.
constexpr std::array<const char16_t *, 12> givenNames
    = {u"Иван",  u"Пётр",  u"Сергей", u"Андрей",  u"Дмитрий", u"Алексей",
       u"Мария", u"Елена", u"Ольга",  u"Наталья", u"Юлия",    u"Анна"};
constexpr std::array<const char16_t *, 8> positions
    = {u"Директор",        u"Генеральный директор",  u"Владелец",  u"Менеджер по закупкам",
       u"Главный инженер", u"Коммерческий директор", u"Бухгалтер", u"Администратор"};
constexpr std::array<const char16_t *, 8> shortComments
    = {u"Просили прислать КП", u"Не дозвонились", u"Перезвонить через неделю", u"Секретарь не соединяет",
       u"Интересно, но позже", u"Нет ЛПР",        u"Работают с конкурентом",   u"Звонить с утра"};
constexpr std::array<const char16_t *, 6> mailDomains
    = {u"mail.ru", u"yandex.ru", u"gmail.com", u"bk.ru", u"list.ru", u"inbox.ru"};

struct City
{
    const char16_t *name;
    const char16_t *code; // the area code: together with the subscriber digits always ten digits
};
constexpr std::array<City, 14> cities = {{{u"Москва", u"495"},
                                          {u"Москва", u"499"},
                                          {u"Санкт-Петербург", u"812"},
                                          {u"Самара", u"846"},
                                          {u"Воронеж", u"473"},
                                          {u"Омск", u"3812"},
                                          {u"Екатеринбург", u"343"},
                                          {u"Казань", u"843"},
                                          {u"Челябинск", u"351"},
                                          {u"Пермь", u"342"},
                                          {u"Красноярск", u"391"},
                                          {u"Ростов-на-Дону", u"863"},
                                          {u"Новосибирск", u"383"},
                                          {u"Химки", u"498"}}};

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString digits(Random &random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + random.below(10)));
    return out;
}

// Ten national digits: a city number (area code of the row's city) or a mobile one (9xx).
QString nationalNumber(Random &random, const City &city)
{
    if (random.chance(450))
        return QStringLiteral("9") + digits(random, 9);
    const QString code = str(city.code);
    return code + digits(random, 10 - int(code.size()));
}

// One number the way people write it. n is ten digits; the area code is taken as its first three.
QString spelled(Random &random, const QString &n)
{
    const QString a = n.left(3);
    const QString b = n.mid(3, 3);
    const QString c = n.mid(6, 2);
    const QString d = n.mid(8, 2);
    switch (random.below(14)) {
    case 0:
    case 1:
        return QStringLiteral("8 (%1) %2-%3-%4").arg(a, b, c, d);
    case 2:
        return QStringLiteral("+7 %1 %2-%3-%4").arg(a, b, c, d);
    case 3:
        return QStringLiteral("+7 (%1) %2%3%4").arg(a, b, c, d);
    case 4:
        return QStringLiteral("7-%1-%2-%3%4").arg(a, b, c, d);
    case 5:
        return QStringLiteral("8") + n;
    case 6:
        return QStringLiteral("+7") + n;
    case 7:
        return QStringLiteral("8 %1 %2 %3 %4").arg(a, b, c, d);
    case 8:
        return n;
    case 9:
        return QStringLiteral(" +7 %1 %2%3%4 ").arg(a, b, c, d);
    case 10:
        return QStringLiteral("8(%1)%2-%3-%4").arg(a, b, c, d);
    case 11:
        return QStringLiteral("%1 %2 %3 %4").arg(a, b, c, d);
    case 12:
        return QStringLiteral("7 %1 %2%3%4").arg(a, b, c, d);
    default:
        return QStringLiteral("8-%1-%2-%3-%4").arg(a, b, c, d);
    }
}

QString phoneCell(Random &random, const City &city)
{
    const int kind = random.below(1000);
    if (kind < 30)
        return QString(); // no phone
    if (kind < 50) { // not a number at all, or too short: flagged, kept as written
        constexpr std::array<const char16_t *, 6> junk
            = {u"нет", u"123-45", u"8 (495) 12-34", u"уточнить", u"+7 000 000 00 00", u"8 800"};
        return str(random.pick(junk));
    }
    QString cell = spelled(random, nationalNumber(random, city));
    if (kind < 110) {
        constexpr std::array<const char16_t *, 8> words
            = {u" доб. ", u" доб.", u", доб. ", u" доб ", u" вн. ", u" внутр. ", u" доп. ", u" добавочный "};
        cell += str(random.pick(words)) + QString::number(1 + random.below(random.chance(500) ? 99 : 9999));
    } else if (kind < 200) {
        constexpr std::array<const char16_t *, 5> joins = {u", ", u"; ", u" или ", u" / ", u",\n"};
        cell += str(random.pick(joins)) + spelled(random, nationalNumber(random, city));
    } else if (kind < 215) {
        cell += QStringLiteral(" (моб.)");
    }
    return cell;
}

// A valid INN of a legal entity (ten digits) or of a person (twelve), by the check digits.
QString validInn(Random &random)
{
    auto check = [](const QString &d, std::initializer_list<int> weights) {
        int sum = 0;
        int i = 0;
        for (const int w : weights)
            sum += w * (d.at(i++).unicode() - u'0');
        return QChar(u'0' + sum % 11 % 10);
    };
    QString d = QChar(u'1' + random.below(9)) + digits(random, 8);
    if (random.chance(700))
        return d + check(d, {2, 4, 10, 3, 5, 9, 4, 6, 8});
    d += digits(random, 1);
    d += check(d, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    d += check(d, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    return d;
}

QString innCell(Random &random)
{
    const int kind = random.below(100);
    if (kind < 35)
        return QString();
    if (kind < 50)
        return validInn(random);
    return QChar(u'1' + random.below(9)) + digits(random, 9); // random digits: almost always fails the check
}

QString emailCell(Random &random, qint64 serial)
{
    const int kind = random.below(100);
    if (kind < 30)
        return QString();
    const QString local = random.chance(500) ? QStringLiteral("info") : QStringLiteral("sales");
    const QString domain = str(random.pick(mailDomains));
    const QString address = local + QString::number(serial) + QLatin1Char('@') + domain;
    if (kind < 40)
        return address.toUpper();
    if (kind < 43)
        return local + QString::number(serial) + QLatin1Char('@') + domain.left(domain.indexOf(u'.')); // no TLD
    if (kind < 45)
        return local + QString::number(serial) + QStringLiteral(" ") + domain; // no @
    if (kind < 47)
        return QStringLiteral("mailto:") + address;
    return address;
}

// A field as Excel writes it: quoted when it holds the delimiter, a quote or a line break.
QString csvField(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString commentCell(Random &random)
{
    const int kind = random.below(100);
    if (kind < 55)
        return QString();
    if (kind < 95)
        return str(random.pick(shortComments));
    // The multi-line kind: a colleague's notes, with a delimiter and quotes in them. Excel puts LF inside a cell.
    QString text = QStringLiteral("Перезвонить после %1:00; спросить про \"%2\"")
                       .arg(10 + random.below(8))
                       .arg(str(random.pick(nameStems)));
    const int lines = 1 + random.below(3);
    for (int i = 0; i < lines; ++i) {
        text += random.chance(800) ? QStringLiteral("\n") : QStringLiteral("\r\n");
        text += str(random.pick(shortComments));
    }
    return text;
}

QString makeRow(Random &random, qint64 serial)
{
    const City &city = random.pick(cities);
    const QString name = str(random.pick(legalForms)) + QStringLiteral(" \"") + str(random.pick(nameStems))
        + str(random.pick(nameTails)) + QLatin1Char('-') + QString::number(serial % 100000) + QLatin1Char('"');
    const bool female = random.chance(500);
    QString contact;
    if (!random.chance(150)) {
        contact = str(random.pick(surnames)) + (female ? QStringLiteral("а ") : QStringLiteral(" "))
            + str(givenNames[size_t(random.below(6) + (female ? 6 : 0))]);
    }
    const QStringList cells = {
        csvField(name),
        str(random.pick(industries)),
        QString::fromUtf16(city.name),
        csvField(QStringLiteral("г. %1, ул. %2, д. %3")
                     .arg(str(city.name), str(random.pick(streets)))
                     .arg(1 + random.below(200))),
        csvField(phoneCell(random, city)),
        csvField(emailCell(random, serial)),
        contact,
        random.chance(200) ? QString() : str(random.pick(positions)),
        innCell(random),
        csvField(commentCell(random)),
    };
    return cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka_bench_cold_list"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a dirty Windows-1251 cold-call list for the import "
                                                    "benchmark."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows besides the header."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                        QStringLiteral("2026"));
    parser.addOptions({outOption, rowsOption, seedOption});
    parser.process(app);

    if (!parser.isSet(outOption))
        return fail(QStringLiteral("--out PATH is required."));
    bool rowsOk = false;
    bool seedOk = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&rowsOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!rowsOk || rows < 0 || !seedOk)
        return fail(QStringLiteral("--rows and --seed take non-negative numbers."));

    QStringEncoder encoder("windows-1251");
    if (!encoder.isValid())
        return fail(QStringLiteral("this Qt cannot encode windows-1251 (built without ICU?)."));
    QFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));

    QElapsedTimer timer;
    timer.start();
    Random random(seed);
    // Earlier rows, for the exact duplicates: a list often holds the same company twice, pasted from two sources.
    std::vector<QString> recent(4096);
    qint64 recentCount = 0;
    qint64 duplicates = 0;
    qint64 blanks = 0;
    QString text = QStringLiteral("Компания;Вид деятельности;Город;Адрес;Телефон;Email;Контактное лицо;Должность;ИНН;"
                                  "Комментарий\r\n");
    const auto flush = [&](bool force) {
        if (!force && text.size() < (1 << 20))
            return true;
        const QByteArray bytes = encoder.encode(text);
        text.clear();
        return out.write(bytes) == bytes.size();
    };
    for (qint64 serial = 1; serial <= rows; ++serial) {
        if (recentCount > 100 && random.chance(30)) {
            text += recent[size_t(random.below(int(std::min<qint64>(recentCount, qint64(recent.size())))))];
            ++duplicates;
        } else {
            const QString row = makeRow(random, serial);
            recent[size_t(recentCount++ % qint64(recent.size()))] = row;
            text += row;
        }
        if (random.chance(3)) {
            text += random.chance(500) ? QStringLiteral("\r\n") : QStringLiteral(";;;;;;;;;\r\n");
            ++blanks;
        }
        if (!flush(false))
            return fail(QStringLiteral("writing %1 failed: %2").arg(out.fileName(), out.errorString()));
    }
    if (!flush(true) || !out.flush())
        return fail(QStringLiteral("writing %1 failed: %2").arg(out.fileName(), out.errorString()));
    print(QStringLiteral("%1: %2 rows (%3 exact duplicates, %4 blank lines), %5 MB, %6 s\n")
              .arg(out.fileName())
              .arg(rows)
              .arg(duplicates)
              .arg(blanks)
              .arg(double(out.size()) / 1e6, 0, 'f', 1)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}
