#include "DemoCompanyGenerator.h"

#include "domain/InnValidator.h"
#include "domain/RegionOfCity.h"

namespace voronka {

namespace {
const QStringList &legalForms()
{
    static const QStringList words = {QStringLiteral("ООО"), QStringLiteral("ООО"), QStringLiteral("ООО"),
                                      QStringLiteral("АО"),  QStringLiteral("ИП"),  QStringLiteral("ПАО")};
    return words;
}

const QStringList &nameStems()
{
    static const QStringList words
        = {QStringLiteral("Ромашка"),     QStringLiteral("Вектор"),         QStringLiteral("Альфа"),
           QStringLiteral("СтройМонтаж"), QStringLiteral("Техноснаб"),      QStringLiteral("Северный ветер"),
           QStringLiteral("Гранит"),      QStringLiteral("Меридиан"),       QStringLiteral("Профлайн"),
           QStringLiteral("Энергия"),     QStringLiteral("Восход"),         QStringLiteral("Логистик-Плюс"),
           QStringLiteral("Уралпром"),    QStringLiteral("Сибирская нива"), QStringLiteral("Кристалл"),
           QStringLiteral("Ёлочка"),      QStringLiteral("Полимер"),        QStringLiteral("Аврора"),
           QStringLiteral("Горизонт"),    QStringLiteral("Стандарт"),       QStringLiteral("Квант"),
           QStringLiteral("Тандем"),      QStringLiteral("Орион"),          QStringLiteral("Медтехника"),
           QStringLiteral("Агроресурс"),  QStringLiteral("Фортуна"),        QStringLiteral("Оптима"),
           QStringLiteral("Спектр"),      QStringLiteral("Надёжный дом"),   QStringLiteral("Берёзка")};
    return words;
}

const QStringList &nameSuffixes()
{
    static const QStringList words = {QString(),
                                      QStringLiteral("-Строй"),
                                      QStringLiteral(" Плюс"),
                                      QStringLiteral("-М"),
                                      QStringLiteral(" Трейд"),
                                      QStringLiteral(" Групп"),
                                      QStringLiteral("-Сервис"),
                                      QStringLiteral(" Урал"),
                                      QStringLiteral("-Инвест"),
                                      QStringLiteral(" Логистик")};
    return words;
}

struct City
{
    const char16_t *name;
    const char *areaCode;
};

constexpr City cities[] = {
    {u"Москва", "495"},          {u"Москва", "499"},       {u"Санкт-Петербург", "812"},
    {u"Новосибирск", "383"},     {u"Екатеринбург", "343"}, {u"Казань", "843"},
    {u"Нижний Новгород", "831"}, {u"Самара", "846"},       {u"Омск", "381"},
    {u"Ростов-на-Дону", "863"},  {u"Уфа", "347"},          {u"Красноярск", "391"},
    {u"Пермь", "342"},           {u"Воронеж", "473"},      {u"Волгоград", "844"},
    {u"Тюмень", "345"},
};

const QStringList &industries()
{
    static const QStringList words = {QStringLiteral("Строительство"),
                                      QStringLiteral("Оптовая торговля"),
                                      QStringLiteral("Транспорт и логистика"),
                                      QStringLiteral("Производство"),
                                      QStringLiteral("Медицина"),
                                      QStringLiteral("Общепит"),
                                      QStringLiteral("Сельское хозяйство"),
                                      QStringLiteral("IT-услуги"),
                                      QStringLiteral("Типография"),
                                      QStringLiteral("Автосервис")};
    return words;
}

const QStringList &streets()
{
    static const QStringList words
        = {QStringLiteral("ул. Ленина"),    QStringLiteral("ул. Мира"),    QStringLiteral("пр. Победы"),
           QStringLiteral("ул. Заводская"), QStringLiteral("ул. Садовая"), QStringLiteral("ш. Энтузиастов")};
    return words;
}

const QStringList &surnames()
{
    static const QStringList words
        = {QStringLiteral("Иванов"),  QStringLiteral("Петров"), QStringLiteral("Смирнов"), QStringLiteral("Кузнецов"),
           QStringLiteral("Соколов"), QStringLiteral("Попов"),  QStringLiteral("Лебедев"), QStringLiteral("Козлов"),
           QStringLiteral("Новиков"), QStringLiteral("Морозов")};
    return words;
}

const QStringList &firstNames()
{
    static const QStringList words
        = {QStringLiteral("Алексей"), QStringLiteral("Сергей"), QStringLiteral("Дмитрий"), QStringLiteral("Андрей"),
           QStringLiteral("Игорь"),   QStringLiteral("Ольга"),  QStringLiteral("Елена"),   QStringLiteral("Наталья"),
           QStringLiteral("Татьяна"), QStringLiteral("Мария")};
    return words;
}

const QStringList &positions()
{
    static const QStringList words = {QStringLiteral("Генеральный директор"), QStringLiteral("Коммерческий директор"),
                                      QStringLiteral("Главный инженер"),      QStringLiteral("Менеджер по закупкам"),
                                      QStringLiteral("Главный бухгалтер"),    QStringLiteral("Офис-менеджер")};
    return words;
}
} // namespace

DemoCompanyGenerator::DemoCompanyGenerator(quint32 seed)
    : m_random(seed)
{
}

QString DemoCompanyGenerator::pick(const QStringList &words)
{
    return words.at(int(m_random.bounded(quint32(words.size()))));
}

QString DemoCompanyGenerator::phoneNumber(const QString &areaCode)
{
    const quint32 local = 2000000 + m_random.bounded(7999999u);
    return QStringLiteral("+7") + areaCode + QString::number(local);
}

CompanyRecord DemoCompanyGenerator::next()
{
    ++m_serial;
    CompanyRecord record;
    const City &city = cities[m_random.bounded(quint32(std::size(cities)))];
    // Stem and suffix walk through every pairing before a number is added, so a demo base of a few hundred
    // reads like real names and a benchmark base of millions stays distinct.
    const qint64 pairings = nameStems().size() * nameSuffixes().size();
    const qint64 index = (m_serial - 1) % pairings;
    QString name = nameStems().at(index % nameStems().size()) + nameSuffixes().at(index / nameStems().size());
    if (m_serial > pairings)
        name += QStringLiteral("-%1").arg(m_serial / pairings);
    name = QStringLiteral("%1 «%2»").arg(pick(legalForms()), name);
    record.company.name = name;
    record.company.city = QString::fromUtf16(city.name);
    // Filled as an import fills it, so the demo's lists show regions and the bench base has them to filter by.
    record.company.region = RegionOfCity::of(record.company.city);
    record.company.address
        = QStringLiteral("г. %1, %2, д. %3").arg(record.company.city, pick(streets())).arg(1 + m_random.bounded(150u));
    record.company.industry = pick(industries());
    record.company.source = QStringLiteral("demo");
    // A legal entity's INN with a right check digit, so the demo's cards show no INN warning.
    record.company.inn
        = InnValidator::legalEntityWithCheckDigit(QString::number(770000000u + m_random.bounded(9999999u)));

    const int contacts = 1 + int(m_random.bounded(2u));
    for (int i = 0; i < contacts; ++i) {
        Contact contact;
        QString surname = pick(surnames());
        const QString first = pick(firstNames());
        if (first.endsWith(QChar(0x0430)) || first.endsWith(QChar(0x044F))) // а, я
            surname += QChar(0x0430); // feminine surname: Иванова
        contact.fullName = surname + QLatin1Char(' ') + first;
        contact.position = pick(positions());
        record.contacts.append(contact);
    }

    const int phones = 1 + int(m_random.bounded(3u));
    for (int i = 0; i < phones; ++i) {
        Phone phone;
        const bool mobile = i > 0 && m_random.bounded(2u) == 0;
        phone.e164 = phoneNumber(mobile ? QStringLiteral("9%1").arg(10 + m_random.bounded(90u))
                                        : QString::fromLatin1(city.areaCode));
        phone.kind = mobile ? PhoneKind::Mobile : PhoneKind::Work;
        const QString digits = phone.e164.mid(2);
        phone.raw = QStringLiteral("8 (%1) %2-%3-%4")
                        .arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
        record.phones.append(phone);
    }
    return record;
}

} // namespace voronka
