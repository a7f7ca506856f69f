#include "import/CsvDialect.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

char sniff(const QString &text, int maxRecords = 50, bool complete = true)
{
    return CsvDialect::sniffDelimiter(QStringView(text), maxRecords, complete).toLatin1();
}

std::vector<int> counts(const QString &text, char delimiter, int maxRecords = 50, bool complete = true)
{
    const QList<int> list = CsvDialect::fieldCounts(QStringView(text), QLatin1Char(delimiter), maxRecords, complete);
    return {list.cbegin(), list.cend()};
}

} // namespace

TEST_CASE("CsvDialect finds each delimiter", "[import][dialect]")
{
    CHECK(sniff(QStringLiteral("Компания;ИНН;Телефон\nРомашка;7701234567;+7 495 123-45-67\n")) == ';');
    CHECK(sniff(QStringLiteral("company,inn,phone\nAcme,7701234567,+7 495 123-45-67\n")) == ',');
    CHECK(sniff(QStringLiteral("company\tinn\tphone\r\nAcme\t7701234567\t+7 495 123-45-67\r\n")) == '\t');
    CHECK(sniff(QStringLiteral("company|inn|phone\nAcme|7701234567|+7 495 123-45-67\n")) == '|');
    CHECK(CsvDialect::candidates()
          == QList<QChar>({QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')}));
}

TEST_CASE("CsvDialect ignores delimiters inside quotes", "[import][dialect]")
{
    // More semicolons than commas, but all of them quoted. Read with ';' the quotes are not at a field start,
    // so they are plain characters there and the semicolons count.
    const QString text = QStringLiteral("name,comment\n"
                                        "Ромашка,\"звонить; после 15:00; спросить склад\"\n"
                                        "Лютик,\"нет; не звонить\"\n"
                                        "Василёк,\"a;b;c;d\"\n");
    CHECK(sniff(text) == ',');
    CHECK(counts(text, ';') == std::vector<int>({1, 3, 2, 4}));
    CHECK(counts(text, ',') == std::vector<int>({2, 2, 2, 2}));
}

TEST_CASE("CsvDialect sees quotes that belong to another delimiter", "[import][dialect]")
{
    // Every address has two commas, as consistent as the semicolons; but read with ',' each quoted cell closes in
    // the middle of a field.
    const QString text = QStringLiteral("name;address\n"
                                        "\"A\";\"г. Москва, ул. Ленина, д. 5\"\n"
                                        "\"B\";\"г. Тула, пр. Мира, д. 1\"\n");
    CHECK(counts(text, ',') == std::vector<int>({1, 3, 3}));
    CHECK(sniff(text) == ';');
}

TEST_CASE("CsvDialect keeps a quoted line break inside its record", "[import][dialect]")
{
    const QString text = QStringLiteral("a;b;c\r\n1;\"two\r\nlines; and more\";3\r\n4;5;6\r\n");
    CHECK(counts(text, ';') == std::vector<int>({3, 3, 3}));
    CHECK(sniff(text) == ';');
}

TEST_CASE("CsvDialect is not fooled by a title line or commas in addresses", "[import][dialect]")
{
    QString text = QStringLiteral("Выгрузка базы компаний, Москва, отдел продаж, 12.03.2024\r\n"
                                  "Компания;Адрес;Телефон;Город\r\n");
    const QString addresses[] = {QStringLiteral("ул. Ленина, д. 5"), QStringLiteral("пр. Мира, д. 7, офис 3"),
                                 QStringLiteral("Тверская, 1"), QStringLiteral("ш. Энтузиастов, д. 12, стр. 2, оф. 4")};
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("ООО Компания %1;%2;8 495 000-00-%1;Москва\r\n").arg(i).arg(addresses[i % 4]);
    CHECK(sniff(text) == ';');

    // Every row with exactly one comma, consistently: the delimiter that gives more fields still wins.
    QString names = QStringLiteral("ФИО;Телефон;Город;Компания\n");
    for (int i = 0; i < 10; ++i)
        names += QStringLiteral("Иванов, Иван;8 495 000-00-%1;Москва;Ромашка\n").arg(i);
    CHECK(sniff(names) == ';');
}

TEST_CASE("CsvDialect sniffs a header with many long columns", "[import][dialect]")
{
    QStringList header;
    for (int i = 0; i < 200; ++i)
        header << QStringLiteral("Очень длинное название колонки номер %1, с запятой").arg(i);
    QString text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int row = 0; row < 3; ++row) {
        QStringList cells;
        for (int i = 0; i < 200; ++i)
            cells << QString::number(row * 1000 + i);
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    CHECK(sniff(text) == '\t');
}

TEST_CASE("CsvDialect counts only what it was asked to", "[import][dialect]")
{
    const QString text = QStringLiteral("a;b\n\n1;2\n\r\n3;4;5\n6");
    CHECK(counts(text, ';') == std::vector<int>({2, 2, 3, 1}));
    CHECK(counts(text, ';', 2) == std::vector<int>({2, 2}));
    // Cut from a longer text: the last record may be partial and is left out.
    CHECK(counts(text, ';', 50, false) == std::vector<int>({2, 2, 3}));
    // A quote left open at the end of a cut sample is not a record either.
    CHECK(counts(QStringLiteral("a;b\n\"open;x"), ';', 50, true) == std::vector<int>({2}));
}

TEST_CASE("CsvDialect falls back to semicolon for a single column", "[import][dialect]")
{
    CHECK(sniff(QStringLiteral("Телефон\n+7 495 123-45-67\n+7 812 234-56-78\n")) == ';');
    CHECK(sniff(QString()) == ';');
    // A header alone is enough.
    CHECK(sniff(QStringLiteral("name,inn,phone,city\n")) == ',');
}

TEST_CASE("CsvDialect prefers the consistent delimiter in ragged data", "[import][dialect]")
{
    // Comma-separated with a missing trailing cell here and there; pipes appear in a few names.
    const QString text = QStringLiteral("name,inn,phone,city\n"
                                        "A|B,1,2,3\n"
                                        "C,4,5\n"
                                        "D|E|F,6,7,8\n"
                                        "G,9,10,11\n");
    CHECK(sniff(text) == ',');
}
