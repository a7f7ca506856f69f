#include "domain/LostReason.h"
#include "storage/LanguageSeeds.h"
#include "storage/LostReasonRepository.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
QStringList reasonTitles(Database &db, const Clock &clock)
{
    QStringList titles;
    for (const LostReason &reason : LostReasonRepository({db, clock, 0}).list())
        titles.append(reason.title);
    return titles;
}
} // namespace

TEST_CASE("A base created in Russian starts with Russian lost reasons and a Russian first user", "[storage][language]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ru.voronka"));
    FakeClock clock;
    DatabaseOptions options;
    options.language = QStringLiteral("ru");
    {
        const auto db = Database::open(path, options);
        REQUIRE(db->isNew());
        CHECK(reasonTitles(*db, clock)
              == QStringList{QStringLiteral("Не интересно"), QStringLiteral("Уже есть поставщик"),
                             QStringLiteral("Дорого"), QStringLiteral("Нет бюджета"),
                             QStringLiteral("Компания закрылась"), QStringLiteral("Не наш клиент")});
        const auto head = UserRepository({*db, clock, 0}).findByLogin(QStringLiteral("head"));
        REQUIRE(head);
        CHECK(head->fullName == QStringLiteral("Руководитель отдела продаж"));
    }
    // Opening it again in English changes nothing: the base keeps the language it was made in.
    options.language = QStringLiteral("en");
    const auto again = Database::open(path, options);
    CHECK(reasonTitles(*again, clock).first() == QStringLiteral("Не интересно"));
}

TEST_CASE("A base created in English, or in a language without seeds, keeps the English ones", "[storage][language]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTemporaryDir dir;
        FakeClock clock;
        DatabaseOptions options;
        options.language = language;
        const auto db = Database::open(dir.filePath(QStringLiteral("base.voronka")), options);
        INFO(language.toStdString());
        CHECK(reasonTitles(*db, clock) == LanguageSeeds::lostReasons(QStringLiteral("en")));
        CHECK(reasonTitles(*db, clock).first() == QStringLiteral("Not interested"));
    }
}

TEST_CASE("An existing base is never reseeded, even one whose reasons are still English", "[storage][language]")
{
    TestDatabase base; // created in English
    DatabaseOptions options;
    options.language = QStringLiteral("ru");
    base.reopen(options);
    CHECK(reasonTitles(base.db(), base.clock()).first() == QStringLiteral("Not interested"));
}
