#include "funnel/ScriptPlaceholders.h"
#include "storage/CallScriptRepository.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using Kind = ScriptSegment::Kind;

namespace {
ScriptPlaceholderValues values(const QString &contact, const QString &caller = QStringLiteral("Ирина Звонова"))
{
    ScriptPlaceholderValues result;
    result.contactFullName = contact;
    result.callerFullName = caller;
    return result;
}

ScriptSegment segment(Kind kind, const QString &text)
{
    return ScriptSegment{kind, text};
}
} // namespace

TEST_CASE("A contact is addressed by name and patronymic, whichever way round the name is stored", "[funnel][script]")
{
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("Анна Петровна Иванова"))
          == QStringLiteral("Анна Петровна"));
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("Иванова Анна Петровна"))
          == QStringLiteral("Анна Петровна"));
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("  Пётр   Ильич ")) == QStringLiteral("Пётр Ильич"));
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("Сидоров Илья Кузьмич"))
          == QStringLiteral("Илья Кузьмич"));
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("Бабич Ольга Ильинична"))
          == QStringLiteral("Ольга Ильинична"));
    // No patronymic: nothing to address them by for sure.
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("Иванов Иван")).isEmpty());
    CHECK(ScriptPlaceholders::nameAndPatronymic(QStringLiteral("John Smith")).isEmpty());
    CHECK(ScriptPlaceholders::nameAndPatronymic(QString()).isEmpty());
    CHECK(ScriptPlaceholders::firstName(QStringLiteral("Ирина Звонова")) == QStringLiteral("Ирина"));
}

TEST_CASE("Script placeholders are filled from the contact and the caller, the rest left as blanks", "[funnel][script]")
{
    const QString text = QStringLiteral("[Имя Отчество], добрый день! Меня зовут [имя], компания [наша компания]. "
                                        "Мы помогаем [результат: снизить затраты на …].");
    CHECK(ScriptPlaceholders::fill(text, values(QStringLiteral("Анна Петровна Иванова")))
          == QList<ScriptSegment>{segment(Kind::Filled, QStringLiteral("Анна Петровна")),
                                  segment(Kind::Plain, QStringLiteral(", добрый день! Меня зовут ")),
                                  segment(Kind::Filled, QStringLiteral("Ирина")),
                                  segment(Kind::Plain, QStringLiteral(", компания ")),
                                  segment(Kind::Blank, QStringLiteral("наша компания")),
                                  segment(Kind::Plain, QStringLiteral(". Мы помогаем ")),
                                  segment(Kind::Blank, QStringLiteral("результат: снизить затраты на …")),
                                  segment(Kind::Plain, QStringLiteral("."))});

    // Our company when it is known; a contact without a patronymic leaves the address blank.
    ScriptPlaceholderValues known = values(QStringLiteral("Иванов Иван"));
    known.ourCompany = QStringLiteral("ООО «Воронка»");
    const QList<ScriptSegment> filled = ScriptPlaceholders::fill(text, known);
    CHECK(filled.at(0) == segment(Kind::Blank, QStringLiteral("Имя Отчество")));
    CHECK(filled.at(4) == segment(Kind::Filled, QStringLiteral("ООО «Воронка»")));

    // The English script's placeholders.
    CHECK(ScriptPlaceholders::fill(QStringLiteral("[Name], good afternoon! My name is [name], from [our company]."),
                                   values(QStringLiteral("Анна Петровна Иванова"), QStringLiteral("Irina Zvonova")))
          == QList<ScriptSegment>{
              segment(Kind::Filled, QStringLiteral("Анна Петровна")),
              segment(Kind::Plain, QStringLiteral(", good afternoon! My name is ")),
              segment(Kind::Filled, QStringLiteral("Irina")), segment(Kind::Plain, QStringLiteral(", from ")),
              segment(Kind::Blank, QStringLiteral("our company")), segment(Kind::Plain, QStringLiteral("."))});
}

TEST_CASE("The specialist who will come is not the caller, and text without placeholders stays as it is",
          "[funnel][script]")
{
    CHECK(ScriptPlaceholders::fill(QStringLiteral("Приедет наш специалист [имя]. Меня зовут [имя]."), values(QString()))
          == QList<ScriptSegment>{
              segment(Kind::Plain, QStringLiteral("Приедет наш специалист ")),
              segment(Kind::Blank, QStringLiteral("имя")), segment(Kind::Plain, QStringLiteral(". Меня зовут ")),
              segment(Kind::Filled, QStringLiteral("Ирина")), segment(Kind::Plain, QStringLiteral("."))});
    CHECK(ScriptPlaceholders::fill(QStringLiteral("Добрый день!"), values(QString()))
          == QList<ScriptSegment>{segment(Kind::Plain, QStringLiteral("Добрый день!"))});
    CHECK(ScriptPlaceholders::fill(QString(), values(QString())).isEmpty());
    // A lone bracket is the script's own text.
    CHECK(ScriptPlaceholders::fill(QStringLiteral("a [b"), values(QString()))
          == QList<ScriptSegment>{segment(Kind::Plain, QStringLiteral("a [b"))});
}

TEST_CASE("Every placeholder of the seeded scripts is filled or shown as a blank, none left in brackets",
          "[funnel][script]")
{
    test::TestDatabase base;
    CallScriptRepository scripts(base.context());
    int placeholders = 0;
    for (const CallScript &listed : scripts.list()) {
        const auto script = scripts.load(listed.id);
        REQUIRE(script);
        for (const CallScriptStep &step : script->steps) {
            placeholders += int(step.text.count(QLatin1Char('[')));
            for (const ScriptSegment &piece :
                 ScriptPlaceholders::fill(step.text, values(QStringLiteral("Анна Петровна Иванова")))) {
                if (piece.kind != Kind::Blank)
                    CHECK_FALSE(piece.text.contains(QLatin1Char('[')));
            }
        }
    }
    CHECK(placeholders > 10);
}
