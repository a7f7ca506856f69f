// An imported company's region: from the file's Region column when it has one, else from the city; what export writes,
// import reads back.
#include "import/ColumnMapper.h"
#include "import/CompanyExporter.h"
#include "import/ImportService.h"
#include "storage/SqlStatement.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QHash>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
ImportResult importText(TestDatabase &base, const QString &text)
{
    QBuffer buffer;
    buffer.setData(text.toUtf8());
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("regions.csv");
    options.duplicates = DuplicatePolicy::Import;
    return ImportService(base.context()).run(&buffer, options);
}

// Each company's region by its name; "" for none.
QHash<QString, QString> regionsByName(TestDatabase &base)
{
    QHash<QString, QString> regions;
    SqlStatement select(base.db().connection(), QStringLiteral("SELECT name, region FROM companies"));
    select.exec();
    while (select.next())
        regions.insert(select.value(0).toString(), select.value(1).toString());
    return regions;
}
} // namespace

TEST_CASE("A Region header is recognised as the region column", "[import][region]")
{
    for (const char16_t *header : {u"Регион", u"РЕГИОН", u"Область", u"Субъект РФ", u"Region"})
        CHECK(ColumnMapper::fieldForHeader(QString::fromUtf16(header)) == ImportField::Region);
    const ColumnGuess guess = ColumnMapper::guess(
        {{QStringLiteral("Компания"), QStringLiteral("Город"), QStringLiteral("Регион"), QStringLiteral("Телефон")}});
    CHECK(guess.fields
          == QList<ImportField>{ImportField::Company, ImportField::City, ImportField::Region, ImportField::Phone});
}

TEST_CASE("Without a Region column an imported company takes its city's region", "[import][region]")
{
    TestDatabase base;
    const ImportResult result = importText(base,
                                           QStringLiteral("Компания;Город;Телефон\n"
                                                          "Альфа;г. Екатеринбург;+7 343 200-00-01\n"
                                                          "Бета; москва ;+7 495 200-00-02\n"
                                                          "Гамма;Нью-Васюки;+7 495 200-00-03\n"
                                                          "Дельта;;+7 495 200-00-04\n"
                                                          "Эпсилон;Железногорск;+7 495 200-00-05\n"));
    CHECK(result.imported == 5);
    const QHash<QString, QString> regions = regionsByName(base);
    CHECK(regions.value(QStringLiteral("Альфа")) == QStringLiteral("Свердловская область"));
    CHECK(regions.value(QStringLiteral("Бета")) == QStringLiteral("Москва"));
    // Unknown, none, or a name two regions share: no region, never a guess.
    CHECK(regions.value(QStringLiteral("Гамма")).isEmpty());
    CHECK(regions.value(QStringLiteral("Дельта")).isEmpty());
    CHECK(regions.value(QStringLiteral("Эпсилон")).isEmpty());
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM companies WHERE region IS NULL"))
              .toInt()
          == 3);
}

TEST_CASE("A Region column is taken in its canonical form, and an empty cell falls back on the city",
          "[import][region]")
{
    TestDatabase base;
    const ImportResult result = importText(base,
                                           QStringLiteral("Компания;Город;Регион;Телефон\n"
                                                          "Альфа;Балашиха;Московская обл.;+7 495 200-00-01\n"
                                                          "Бета;Кукуево;Сибирь;+7 383 200-00-02\n"
                                                          "Гамма;Казань;;+7 843 200-00-03\n"
                                                          "Дельта;Кукуево;Свердловская обл;+7 343 200-00-04\n"));
    CHECK(result.imported == 4);
    CHECK(result.mapping.contains(ImportField::Region));
    const QHash<QString, QString> regions = regionsByName(base);
    CHECK(regions.value(QStringLiteral("Альфа")) == QStringLiteral("Московская область"));
    // A team's own region is kept as written.
    CHECK(regions.value(QStringLiteral("Бета")) == QStringLiteral("Сибирь"));
    CHECK(regions.value(QStringLiteral("Гамма")) == QStringLiteral("Республика Татарстан"));
    // The column wins over a city the table does not know.
    CHECK(regions.value(QStringLiteral("Дельта")) == QStringLiteral("Свердловская область"));
}

TEST_CASE("What export writes as the region, import reads back", "[import][region]")
{
    TestDatabase base;
    importText(base,
               QStringLiteral("Компания;Город;Регион;Телефон\n"
                              "Альфа;Кукуево;Сибирь;+7 383 200-00-01\n"
                              "Бета;Самара;;+7 846 200-00-02\n"));
    QBuffer exported;
    REQUIRE(exported.open(QIODevice::WriteOnly));
    CHECK(CompanyExporter(base.db()).write(&exported) == 2);

    TestDatabase other;
    const ImportResult result = importText(other, QString::fromUtf8(exported.data()));
    CHECK(result.imported == 2);
    CHECK(result.mapping.contains(ImportField::Region));
    CHECK(regionsByName(other) == regionsByName(base));
    CHECK(regionsByName(other).value(QStringLiteral("Альфа")) == QStringLiteral("Сибирь"));
}
