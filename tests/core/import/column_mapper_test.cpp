#include "import/ColumnMapper.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QStringList row(std::initializer_list<const char16_t *> cells)
{
    QStringList out;
    for (const char16_t *cell : cells)
        out.append(QString::fromUtf16(cell));
    return out;
}

std::string keys(const QList<ImportField> &fields)
{
    QStringList out;
    for (const ImportField field : fields)
        out.append(importFieldKey(field));
    return out.join(u',').toStdString();
}

using F = ImportField;

// Data rows copied from the cp1251 sample (cold-list-excel-ru.csv), as the CSV reader hands them over.
const QList<QStringList> &sampleRows()
{
    static const QList<QStringList> rows = {
        row({u"ИП \"Импульс-938\"", u"Юридическая фирма", u"Самара", u"г. Самара, ул. Янтарьская, д. 122",
             u"88468991880", u"", u"Новикова Иван", u"Генеральный директор", u"3365602028", u""}),
        row({u"ООО \"Гранит-164\"", u"Автомойка", u"Воронеж", u"г. Воронеж, ул. Пилотская, д. 11", u"8 473 845 95 03",
             u"info1@bk.ru", u"Кузнецов Мария", u"Директор", u"", u""}),
        row({u"ЗАО \"Эталон-432\"", u"Ветклиника", u"Омск", u"г. Омск, ул. Титанская, д. 99", u"83815692347",
             u"info2@yandex.ru", u"Новикова Наталья", u"Владелец", u"", u""}),
        row({u"ИП \"Пилот-274\"", u"Автомойка", u"Екатеринбург", u"г. Екатеринбург, ул. Эталонская, д. 32",
             u"8 (343) 816-62-49", u"", u"Петров Юлия", u"Директор", u"4438530739", u"Просили прислать КП"}),
        row({u"АО \"Радуга-903\"", u"Автомойка", u"Воронеж", u"г. Воронеж, ул. Стандартская, д. 130",
             u" +7 473 6701129 ", u"info4@mail.ru", u"Смирнов Мария", u"Главный инженер", u"7047039657",
             u"Не дозвонились"}),
        row({u"АО \"Орион-650\"", u"Юридическая фирма", u"Екатеринбург", u"г. Екатеринбург, ул. Ёлкаская, д. 78",
             u"8 990 657 75 99", u"info5@gmail.com", u"Васильев Елена", u"Владелец", u"7785898916",
             u"Перезвонить после 15:00;\r\nспросить про склад"}),
        row({u"ЗАО \"Альфа-604\"", u"Автомойка", u"Омск", u"г. Омск, ул. Векторская, д. 174", u"8 (381) 543-14-87", u"",
             u"Иванов Мария", u"Директор", u"7878195431", u"Просили прислать КП"}),
        row({u"ИП \"Стандарт-349\"", u"Кафе", u"Челябинск", u"г. Челябинск, ул. Гранитская, д. 159", u"+73511596333",
             u"info8@gmail.com", u"Попов Дмитрий", u"Директор", u"8018747132", u""}),
    };
    return rows;
}

const QList<ImportField> sampleFields = {F::Company, F::Industry,    F::City,     F::Address, F::Phone,
                                         F::Email,   F::ContactName, F::Position, F::Inn,     F::Comment};

} // namespace

TEST_CASE("Every synonym maps to its field", "[import][columns]")
{
    struct Case
    {
        ImportField field;
        std::initializer_list<const char16_t *> names;
    };
    const Case cases[] = {
        {F::Company,
         {u"Компания", u"Наименование", u"Название", u"Организация", u"Company", u"Name", u"Название компании",
          u"Наименование организации", u"Organization", u"Фирма"}},
        {F::Inn, {u"ИНН", u"INN", u"TIN", u"ИНН организации", u"Tax ID"}},
        {F::City, {u"Город", u"Населённый пункт", u"Населенный пункт", u"City", u"Нас. пункт"}},
        {F::Address, {u"Адрес", u"Address", u"Юридический адрес", u"Факт. адрес"}},
        {F::Website, {u"Сайт", u"Website", u"URL", u"www", u"Web-site", u"Веб-сайт"}},
        {F::Industry,
         {u"Вид деятельности", u"Сфера", u"Отрасль", u"Рубрика", u"Industry", u"Category", u"Сфера деятельности"}},
        {F::Phone,
         {u"Телефон", u"Тел.", u"Тел", u"Телефоны", u"Моб.", u"Мобильный", u"Phone", u"Tel", u"Mobile", u"Телефон 2",
          u"Контактный телефон", u"Телефон/факс", u"Сотовый", u"Phone number"}},
        {F::Email, {u"Email", u"E-mail", u"Эл. почта", u"Почта", u"Mail", u"Электронная почта", u"Email address"}},
        {F::ContactName,
         {u"Контактное лицо", u"ФИО", u"Контакт", u"Contact", u"Contact person", u"Name of contact", u"Имя"}},
        {F::Position, {u"Должность", u"Position", u"Title", u"Job title"}},
        {F::Comment, {u"Комментарий", u"Примечание", u"Comment", u"Notes", u"Комментарии"}},
    };
    for (const Case &c : cases) {
        for (const char16_t *name : c.names) {
            INFO(QString::fromUtf16(name).toStdString());
            CHECK(importFieldKey(ColumnMapper::fieldForHeader(s(name))) == importFieldKey(c.field));
        }
    }
}

TEST_CASE("Header names ignore case, punctuation, ё and trailing numbers", "[import][columns]")
{
    for (const char16_t *name :
         {u"ТЕЛЕФОН", u"телефон", u" Телефон ", u"Телефон:", u"Телефон.", u"Телефон 1", u"Телефон2", u"Телефон №3",
          u"Телефон (2)", u"Тел.1", u"\uFEFFТелефон", u"Телефон_2", u"\"Телефон\""}) {
        INFO(QString::fromUtf16(name).toStdString());
        CHECK(ColumnMapper::fieldForHeader(s(name)) == F::Phone);
    }
    CHECK(ColumnMapper::fieldForHeader(s(u"E_MAIL")) == F::Email);
    CHECK(ColumnMapper::fieldForHeader(s(u"e mail")) == F::Email);
    CHECK(ColumnMapper::fieldForHeader(s(u"Эл.почта")) == F::Email);
    CHECK(ColumnMapper::fieldForHeader(s(u"НАСЕЛЁННЫЙ ПУНКТ")) == F::City);
    CHECK(ColumnMapper::fieldForHeader(s(u"Контактное  лицо")) == F::ContactName);
    CHECK(ColumnMapper::fieldForHeader(s(u"contact-person")) == F::ContactName);
    // Decomposed "й" (и + combining breve), as a Mac may write it.
    CHECK(ColumnMapper::fieldForHeader(s(u"Мобильны\u0438\u0306")) == F::Phone);
}

TEST_CASE("Unknown header names are ignored", "[import][columns]")
{
    for (const char16_t *name : {u"", u"   ", u"Колонка", u"ОГРН", u"КПП", u"ИНН/КПП", u"Район", u"Дата", u"2",
                                 u"Телефонист", u"Адреса филиалов"}) {
        INFO(QString::fromUtf16(name).toStdString());
        CHECK(ColumnMapper::fieldForHeader(s(name)) == F::Ignore);
    }
}

TEST_CASE("The headers of both sample files map completely", "[import][columns]")
{
    // First line of cold-list-excel-ru.csv (Windows-1251, ";") and of cold-list-utf8.csv (UTF-8 with BOM, ",").
    const QString excelHeader = s(u"Компания;Вид деятельности;Город;Адрес;Телефон;Email;Контактное лицо;Должность;ИНН;"
                                  u"Комментарий");
    const QString utf8Header = s(u"\uFEFFКомпания,Вид деятельности,Город,Адрес,Телефон,Email,Контактное лицо,"
                                 u"Должность,ИНН,Комментарий");
    for (const QStringList &header : {excelHeader.split(u';'), utf8Header.split(u',')}) {
        QList<QStringList> rows = {header};
        rows.append(sampleRows());
        const ColumnGuess guess = ColumnMapper::guess(rows);
        CHECK(guess.headerFound);
        CHECK(keys(guess.fields) == keys(sampleFields));
    }
    CHECK(ColumnMapper::headerSignature(excelHeader.split(u';'))
          == ColumnMapper::headerSignature(utf8Header.split(u',')));
}

TEST_CASE("A header alone, with no data, is still a header", "[import][columns]")
{
    const ColumnGuess guess = ColumnMapper::guess({row({u"Компания", u"Телефон", u"Что-то ещё"})});
    CHECK(guess.headerFound);
    CHECK(keys(guess.fields) == keys({F::Company, F::Phone, F::Ignore}));
}

TEST_CASE("Duplicate headers: phones and e-mails repeat, other fields once", "[import][columns]")
{
    const ColumnGuess guess = ColumnMapper::guess({
        row({u"Компания", u"Телефон", u"Телефон", u"Email", u"E-mail 2", u"Название", u"Город", u"Город",
             u"Комментарий", u"Примечание"}),
        row({u"ООО Ромашка", u"8 495 1234567", u"8 916 1234567", u"a@romashka.ru", u"b@romashka.ru", u"Ромашка",
             u"Москва", u"Химки", u"звонить утром", u"КП отправлено"}),
    });
    CHECK(guess.headerFound);
    CHECK(keys(guess.fields)
          == keys({F::Company, F::Phone, F::Phone, F::Email, F::Email, F::Ignore, F::City, F::Ignore, F::Comment,
                   F::Ignore}));
}

TEST_CASE("A specific company column beats a generic Name, which becomes the contact", "[import][columns]")
{
    CHECK(keys(ColumnMapper::guess({row({u"Name", u"Company", u"Phone"})}).fields)
          == keys({F::ContactName, F::Company, F::Phone}));
    // With a contact column already, the losing Name is ignored.
    CHECK(keys(ColumnMapper::guess({row({u"Name", u"Company", u"Contact person"})}).fields)
          == keys({F::Ignore, F::Company, F::ContactName}));
    // Alone, Name is the company.
    CHECK(keys(ColumnMapper::guess({row({u"Name", u"Phone", u"Email"})}).fields)
          == keys({F::Company, F::Phone, F::Email}));
    // Two specific company names: the first wins.
    CHECK(keys(ColumnMapper::guess({row({u"Наименование", u"Организация"})}).fields) == keys({F::Company, F::Ignore}));
}

TEST_CASE("A first row with data in it is not a header", "[import][columns]")
{
    // "Телефон" could be a company nicknamed so; the phone and the e-mail in the same row say it is data.
    const ColumnGuess guess = ColumnMapper::guess({
        row({u"Телефон", u"8 495 1234567", u"info@telefon.ru"}),
        row({u"ООО Ромашка", u"8 916 1234567", u"info@romashka.ru"}),
    });
    CHECK_FALSE(guess.headerFound);
    CHECK(keys(guess.fields) == keys({F::Company, F::Phone, F::Email}));
}

TEST_CASE("Without a header the columns are guessed from the data", "[import][columns]")
{
    const ColumnGuess guess = ColumnMapper::guess(sampleRows());
    CHECK_FALSE(guess.headerFound);
    // The sample's INNs are random digits that mostly fail the checksum, so that column stays unguessed;
    // text columns (industry, city, address ...) are not guessed from values.
    CHECK(keys(guess.fields)
          == keys({F::Company, F::Ignore, F::Ignore, F::Ignore, F::Phone, F::Email, F::Ignore, F::Ignore, F::Ignore,
                   F::Ignore}));
}

TEST_CASE("Headerless INN, website and several phone columns", "[import][columns]")
{
    const ColumnGuess guess = ColumnMapper::guess({
        row({u"Ромашка", u"7707083893", u"8 495 123-45-67", u"8 916 765-43-21, 8 916 765-43-22", u"https://romashka.ru",
             u"ООО «Ромашка» и партнёры"}),
        row({u"Лютик", u"7736207543", u"+7 (812) 111-22-33", u"", u"www.lutik.ru", u"АО «Лютик»"}),
        row({u"Василёк", u"500100732259", u"84951234567 доб. 12", u"89161234567", u"", u"ИП Васильев"}),
        row({u"Кактус", u"1234567890", u"нет", u"-", u"кактус.рф", u"Кактус"}),
    });
    CHECK_FALSE(guess.headerFound);
    // Company is the column naming legal forms (3 of 4), not the plain names.
    CHECK(keys(guess.fields) == keys({F::Ignore, F::Inn, F::Phone, F::Phone, F::Website, F::Company}));
}

TEST_CASE("The longest column naming legal forms is the company", "[import][columns]")
{
    const ColumnGuess guess = ColumnMapper::guess({
        row({u"ООО", u"ООО «Северные огни»", u"Комментарий без формы"}),
        row({u"ИП", u"ИП Петров Пётр Петрович", u"перезвонить"}),
        row({u"АО", u"АО «Завод»", u""}),
    });
    CHECK(keys(guess.fields) == keys({F::Ignore, F::Company, F::Ignore}));
}

TEST_CASE("A header with unknown names still finds phones and e-mails in the data", "[import][columns]")
{
    const ColumnGuess guess = ColumnMapper::guess({
        row({u"Компания", u"Контакты", u"Связь", u"Номер", u"Клиент"}),
        row({u"Ромашка", u"8 495 123-45-67", u"info@romashka.ru", u"17", u"ООО Ромашка"}),
        row({u"Лютик", u"8 916 765-43-21", u"sales@lutik.ru", u"18", u"ООО Лютик"}),
    });
    CHECK(guess.headerFound);
    // "Клиент" names legal forms, but the header already has a company column.
    CHECK(keys(guess.fields) == keys({F::Company, F::Phone, F::Email, F::Ignore, F::Ignore}));
}

TEST_CASE("Guessing follows the widest row and survives nothing", "[import][columns]")
{
    CHECK(ColumnMapper::guess({}).fields.isEmpty());
    CHECK_FALSE(ColumnMapper::guess({}).headerFound);
    const ColumnGuess ragged = ColumnMapper::guess({row({u"Телефон"}), row({u"8 495 1234567", u"лишнее"})});
    CHECK(ragged.headerFound);
    CHECK(keys(ragged.fields) == keys({F::Phone, F::Ignore}));
    const ColumnGuess blank = ColumnMapper::guess({row({u"", u""}), row({u"", u""})});
    CHECK_FALSE(blank.headerFound);
    CHECK(keys(blank.fields) == keys({F::Ignore, F::Ignore}));
}

TEST_CASE("The header signature is stable across spellings of the same header", "[import][columns]")
{
    const QString signature = ColumnMapper::headerSignature(row({u"Компания", u"Телефон 1", u"E-mail", u"Ёмкость"}));
    CHECK(signature == s(u"компания|телефон1|email|емкость"));
    CHECK(ColumnMapper::headerSignature(row({u"\uFEFFКОМПАНИЯ ", u"Телефон1", u"e-mail", u"Емкость", u"", u" "}))
          == signature);
    // Numbers tell columns apart, order matters, inner empty columns count.
    CHECK(ColumnMapper::headerSignature(row({u"Компания", u"Телефон 2", u"E-mail", u"Ёмкость"})) != signature);
    CHECK(ColumnMapper::headerSignature(row({u"Телефон 1", u"Компания", u"E-mail", u"Ёмкость"})) != signature);
    CHECK(ColumnMapper::headerSignature(row({u"Компания", u"", u"Телефон 1", u"E-mail", u"Ёмкость"})) != signature);
    CHECK(ColumnMapper::headerSignature({}).isEmpty());
}
