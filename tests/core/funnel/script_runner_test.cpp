#include "FunnelFixture.h"
#include "domain/CallOutcome.h"
#include "funnel/FunnelError.h"
#include "funnel/ScriptRunner.h"
#include "storage/CallScriptRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

namespace {

CallScript defaultScript(TestDatabase &base, const QString &language)
{
    CallScriptRepository scripts(base.context());
    const QList<CallScript> found = scripts.list(language);
    REQUIRE(found.size() == 1);
    return *scripts.load(found.first().id);
}

// The index of the answer with this text at the runner's current step; fails the test when it is not offered.
int answer(const ScriptRunner &runner, const QString &text)
{
    const int index = int(runner.answers().indexOf(text));
    INFO("step " << runner.currentStep().id.toStdString() << ", answer " << text.toStdString());
    REQUIRE(index >= 0);
    return index;
}

} // namespace

TEST_CASE("Every outcome a script may end in is a call outcome", "[funnel][scripts]")
{
    // A conversation ends in one of these; no answer and busy end a call before anyone speaks.
    const QStringList keys = CallScriptRepository::outcomeKeys();
    CHECK(keys
          == QStringList{QStringLiteral("meeting_booked"), QStringLiteral("callback"), QStringLiteral("not_now"),
                         QStringLiteral("refused"), QStringLiteral("wrong_number")});
    for (const QString &key : keys) {
        INFO(key.toStdString());
        REQUIRE(callOutcomeFromKey(key).has_value());
        CHECK(callOutcomeKey(*callOutcomeFromKey(key)) == key);
    }
}

TEST_CASE("A walk through the Russian default script books a meeting", "[funnel][scripts]")
{
    TestDatabase base;
    ScriptRunner runner(defaultScript(base, QStringLiteral("ru")));
    CHECK(runner.currentStep().id == QStringLiteral("secretary"));
    CHECK(runner.currentText().startsWith(QStringLiteral("Добрый день! Меня зовут")));
    CHECK(runner.answers().size() == 5);
    CHECK_FALSE(runner.canGoBack());

    CHECK_FALSE(runner.choose(answer(runner, QStringLiteral("«По какому вопросу?»"))));
    CHECK(runner.currentStep().id == QStringLiteral("secretary_reason"));
    CHECK_FALSE(runner.choose(answer(runner, QStringLiteral("Соединяет"))));
    CHECK(runner.currentStep().id == QStringLiteral("decision_maker"));
    CHECK_FALSE(runner.choose(answer(runner, QStringLiteral("«Да, слушаю»"))));
    CHECK(runner.currentStep().id == QStringLiteral("pitch"));
    CHECK(runner.answers()
          == QStringList{QStringLiteral("Соглашается на встречу"), QStringLiteral("«Нам не нужно»"),
                         QStringLiteral("«Дорого»"), QStringLiteral("«Пришлите КП»"),
                         QStringLiteral("«Мы уже работаем с другими»"), QStringLiteral("«Нет времени»")});
    CHECK_FALSE(runner.choose(answer(runner, QStringLiteral("«Дорого»"))));
    CHECK(runner.currentStep().id == QStringLiteral("objection_price"));
    CHECK_FALSE(runner.choose(answer(runner, QStringLiteral("Соглашается на встречу"))));
    CHECK(runner.currentStep().id == QStringLiteral("book_meeting"));
    CHECK_FALSE(runner.isFinished());

    const auto outcome
        = runner.choose(answer(runner, QStringLiteral("Встреча назначена: день, время и место названы")));
    REQUIRE(outcome);
    CHECK(*outcome == CallOutcome::MeetingBooked);
    CHECK(runner.isFinished());
    CHECK(runner.outcome() == CallOutcome::MeetingBooked);
    CHECK(runner.answers().isEmpty());
    CHECK(runner.path()
          == QStringList{QStringLiteral("secretary"), QStringLiteral("secretary_reason"),
                         QStringLiteral("decision_maker"), QStringLiteral("pitch"), QStringLiteral("objection_price"),
                         QStringLiteral("book_meeting")});
}

TEST_CASE("Objections loop back to the pitch until the call ends", "[funnel][scripts]")
{
    TestDatabase base;
    ScriptRunner runner(defaultScript(base, QStringLiteral("ru")));
    runner.choose(answer(runner, QStringLiteral("Соединяет с ответственным")));
    runner.choose(answer(runner, QStringLiteral("«Нет времени»")));
    CHECK(runner.currentStep().id == QStringLiteral("objection_no_time"));
    runner.choose(answer(runner, QStringLiteral("«Хорошо, говорите коротко»")));
    CHECK(runner.currentStep().id == QStringLiteral("pitch"));
    runner.choose(answer(runner, QStringLiteral("«Нам не нужно»")));
    CHECK(runner.currentStep().id == QStringLiteral("objection_not_needed"));
    runner.choose(answer(runner, QStringLiteral("«А что именно вы предлагаете?»")));
    CHECK(runner.currentStep().id == QStringLiteral("pitch"));
    runner.choose(answer(runner, QStringLiteral("«Пришлите КП»")));
    runner.choose(answer(runner, QStringLiteral("«Нет, сначала КП»")));
    CHECK(runner.currentStep().id == QStringLiteral("send_offer"));
    CHECK(runner.choose(answer(runner, QStringLiteral("Называет день и время"))) == CallOutcome::Callback);

    SECTION("the other objections end in the other outcomes")
    {
        runner.restart();
        CHECK(runner.path() == QStringList{QStringLiteral("secretary")});
        runner.choose(answer(runner, QStringLiteral("Соединяет с ответственным")));
        runner.choose(answer(runner, QStringLiteral("«Да, слушаю»")));
        runner.choose(answer(runner, QStringLiteral("«Мы уже работаем с другими»")));
        runner.choose(answer(runner, QStringLiteral("«Нас всё устраивает, может быть, позже»")));
        CHECK(runner.currentStep().id == QStringLiteral("later"));
        CHECK(runner.choose(answer(runner, QStringLiteral("Называет срок"))) == CallOutcome::NotNow);
        runner.back();
        CHECK(runner.choose(answer(runner, QStringLiteral("«Никогда»"))) == CallOutcome::Refused);
    }
}

TEST_CASE("The English default script books a meeting past the gatekeeper", "[funnel][scripts]")
{
    TestDatabase base;
    ScriptRunner runner(defaultScript(base, QStringLiteral("en")));
    CHECK(runner.currentStep().id == QStringLiteral("gatekeeper"));
    runner.choose(answer(runner, QStringLiteral("Puts you through")));
    runner.choose(answer(runner, QStringLiteral("“Yes, go ahead”")));
    runner.choose(answer(runner, QStringLiteral("“Just send us an offer”")));
    runner.choose(answer(runner, QStringLiteral("Agrees to meet")));
    CHECK(runner.choose(answer(runner, QStringLiteral("Meeting booked: day, time and place agreed")))
          == CallOutcome::MeetingBooked);
}

TEST_CASE("Back returns along the answers chosen", "[funnel][scripts]")
{
    TestDatabase base;
    ScriptRunner runner(defaultScript(base, QStringLiteral("ru")));
    CHECK_FALSE(runner.back());
    runner.choose(answer(runner, QStringLiteral("Соединяет с ответственным")));
    runner.choose(answer(runner, QStringLiteral("«Да, слушаю»")));
    runner.choose(answer(runner, QStringLiteral("«Дорого»")));
    CHECK(runner.choose(answer(runner, QStringLiteral("«Нет, дорого, не интересно»"))) == CallOutcome::Refused);

    // A mis-click on the ending is undone first: the caller stays at the objection.
    CHECK(runner.back());
    CHECK_FALSE(runner.isFinished());
    CHECK(runner.currentStep().id == QStringLiteral("objection_price"));
    CHECK(runner.back());
    CHECK(runner.currentStep().id == QStringLiteral("pitch"));
    CHECK(runner.path()
          == QStringList{QStringLiteral("secretary"), QStringLiteral("decision_maker"), QStringLiteral("pitch")});
    CHECK(runner.back());
    CHECK(runner.back());
    CHECK(runner.currentStep().id == QStringLiteral("secretary"));
    CHECK_FALSE(runner.canGoBack());
}

TEST_CASE("An answer out of range or after the end is refused", "[funnel][scripts][bad-input]")
{
    TestDatabase base;
    ScriptRunner runner(defaultScript(base, QStringLiteral("ru")));
    try {
        runner.choose(5);
        FAIL("answer 6 of 5 was accepted");
    } catch (const FunnelError &error) {
        CHECK(error.kind() == FunnelError::Kind::ForbiddenMove);
        CHECK(error.message() == QStringLiteral("Step \"secretary\" has no answer 6: choose one of 1 to 5."));
    }
    CHECK_THROWS_AS(runner.choose(-1), FunnelError);
    CHECK(runner.currentStep().id == QStringLiteral("secretary"));
    CHECK_FALSE(runner.canGoBack());

    runner.choose(answer(runner, QStringLiteral("«Его нет на месте»")));
    runner.choose(answer(runner, QStringLiteral("Называет имя и время")));
    CHECK(runner.outcome() == CallOutcome::Callback);
    CHECK_THROWS_AS(runner.choose(0), FunnelError);
    CHECK(runner.outcome() == CallOutcome::Callback);
}

TEST_CASE("A script with errors is not followed", "[funnel][scripts][bad-input]")
{
    CallScript script;
    script.title = QStringLiteral("Broken");
    script.language = QStringLiteral("en");
    script.startStepId = QStringLiteral("hello");
    script.steps = {CallScriptStep{QStringLiteral("hello"),
                                   QString(),
                                   QStringLiteral("Hello"),
                                   {CallScriptAnswer{QStringLiteral("Go on"), QStringLiteral("pitch"), QString()}}}};
    try {
        ScriptRunner runner(script);
        FAIL("a script with a dangling answer was followed");
    } catch (const FunnelError &error) {
        CHECK(error.kind() == FunnelError::Kind::MissingData);
        CHECK(error.message()
              == QStringLiteral("The script \"Broken\" cannot be followed: Answer 1 of step \"hello\" leads to step "
                                "\"pitch\", which is not in the script."));
    }
}
