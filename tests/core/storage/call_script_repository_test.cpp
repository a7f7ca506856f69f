#include "storage/CallScriptRepository.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::TestDatabase;

namespace {

CallScriptAnswer toStep(const QString &text, const QString &stepId)
{
    return CallScriptAnswer{text, stepId, QString()};
}

CallScriptAnswer toOutcome(const QString &text, const QString &outcomeKey)
{
    return CallScriptAnswer{text, QString(), outcomeKey};
}

// Two steps: a greeting that either ends the call or goes to a pitch that books a meeting.
CallScript smallScript(const QString &title = QStringLiteral("Short call"))
{
    CallScript script;
    script.title = title;
    script.language = QStringLiteral("en");
    script.startStepId = QStringLiteral("hello");
    script.steps = {
        CallScriptStep{QStringLiteral("hello"),
                       QStringLiteral("Greeting"),
                       QStringLiteral("Good morning!"),
                       {toStep(QStringLiteral("Listening"), QStringLiteral("pitch")),
                        toOutcome(QStringLiteral("Not interested"), QStringLiteral("refused"))}},
        CallScriptStep{QStringLiteral("pitch"),
                       QString(),
                       QStringLiteral("Shall we meet?"),
                       {toOutcome(QStringLiteral("Yes"), QStringLiteral("meeting_booked"))}},
    };
    return script;
}

QString refusal(CallScriptRepository &scripts, CallScript script)
{
    try {
        scripts.create(script);
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::InvalidData);
        return error.message();
    }
    FAIL("the script was saved");
    return {};
}

} // namespace

TEST_CASE("A new base has a Russian and an English default script that pass the check", "[storage][scripts]")
{
    TestDatabase base;
    CallScriptRepository scripts(base.context());
    const QList<CallScript> all = scripts.list();
    REQUIRE(all.size() == 2);
    REQUIRE(scripts.list(QStringLiteral("ru")).size() == 1);
    REQUIRE(scripts.list(QStringLiteral("en")).size() == 1);
    CHECK(scripts.list(QStringLiteral("de")).isEmpty());

    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("en")}) {
        const auto script = scripts.load(scripts.list(language).first().id);
        REQUIRE(script);
        CHECK(script->language == language);
        CHECK(script->version == 1);
        CHECK(script->steps.size() == 14);
        const CallScriptCheck check = CallScriptRepository::check(*script);
        CHECK(check.errors == QStringList());
        CHECK(check.warnings == QStringList());
        // Every objection of a cold call is answered, and the call can end in each of the four outcomes.
        for (const char *step : {"objection_not_needed", "objection_price", "objection_send_offer",
                                 "objection_supplier", "objection_no_time"})
            CHECK(script->step(QLatin1String(step)) != nullptr);
        QStringList outcomes;
        for (const auto &step : script->steps) {
            for (const auto &answer : step.answers) {
                if (!answer.outcomeKey.isEmpty() && !outcomes.contains(answer.outcomeKey))
                    outcomes.append(answer.outcomeKey);
            }
        }
        outcomes.sort();
        CHECK(outcomes
              == QStringList{QStringLiteral("callback"), QStringLiteral("meeting_booked"), QStringLiteral("not_now"),
                             QStringLiteral("refused")});
    }
    const auto russian = scripts.load(scripts.list(QStringLiteral("ru")).first().id);
    CHECK(russian->startStepId == QStringLiteral("secretary"));
    CHECK(russian->step(QStringLiteral("pitch"))->answers.at(2).text == QStringLiteral("«Дорого»"));
}

TEST_CASE("A script is created, loaded, updated and deleted", "[storage][scripts]")
{
    TestDatabase base;
    CallScriptRepository scripts(base.context());
    CallScript script = smallScript(QStringLiteral("  Short call  "));
    scripts.create(script);
    CHECK(script.id > 0);
    CHECK(script.version == 1);
    CHECK(script.title == QStringLiteral("Short call"));
    CHECK(scripts.list().size() == 3);

    auto loaded = scripts.load(script.id);
    REQUIRE(loaded);
    CHECK(loaded->title == QStringLiteral("Short call"));
    CHECK(loaded->startStepId == QStringLiteral("hello"));
    REQUIRE(loaded->steps.size() == 2);
    CHECK(loaded->steps.at(0).title == QStringLiteral("Greeting"));
    REQUIRE(loaded->steps.at(0).answers.size() == 2);
    CHECK(loaded->steps.at(0).answers.at(0).nextStepId == QStringLiteral("pitch"));
    CHECK(loaded->steps.at(0).answers.at(1).outcomeKey == QStringLiteral("refused"));
    CHECK(loaded->steps.at(1).answers.at(0).outcomeKey == QStringLiteral("meeting_booked"));

    loaded->language = QStringLiteral("ru");
    loaded->steps[1].answers.append(toOutcome(QStringLiteral("Перезвоните"), QStringLiteral("callback")));
    scripts.update(*loaded);
    CHECK(loaded->version == 2);
    const auto again = scripts.load(script.id);
    CHECK(again->language == QStringLiteral("ru"));
    REQUIRE(again->steps.at(1).answers.size() == 2);
    CHECK(again->steps.at(1).answers.at(1).text == QStringLiteral("Перезвоните"));
    CHECK(again->version == 2);

    scripts.remove(*again);
    CHECK_FALSE(scripts.load(script.id));
    CHECK(scripts.list().size() == 2);
}

TEST_CASE("A script a caller could not follow is refused with the reason", "[storage][scripts][bad-input]")
{
    TestDatabase base;
    CallScriptRepository scripts(base.context());

    CallScript dangling = smallScript();
    dangling.steps[1].answers.append(toStep(QStringLiteral("Too expensive"), QStringLiteral("price")));
    CHECK(refusal(scripts, dangling)
          == QStringLiteral("Answer 2 of step \"pitch\" leads to step \"price\", which is not in the script."));

    CallScript noStart = smallScript();
    noStart.startStepId = QStringLiteral("greeting");
    CHECK(refusal(scripts, noStart) == QStringLiteral("The start step \"greeting\" is not in the script."));
    noStart.startStepId.clear();
    CHECK(refusal(scripts, noStart) == QStringLiteral("The script has no start step."));

    CallScript nowhere = smallScript();
    nowhere.steps[0].answers[0].nextStepId.clear();
    CHECK(refusal(scripts, nowhere)
          == QStringLiteral("Answer 1 of step \"hello\" must lead either to a step or to an outcome."));

    CallScript unknownOutcome = smallScript();
    unknownOutcome.steps[1].answers[0].outcomeKey = QStringLiteral("sold");
    CHECK(refusal(scripts, unknownOutcome)
          == QStringLiteral("Answer 1 of step \"pitch\" ends in an unknown outcome \"sold\"."));

    CallScript deadEnd = smallScript();
    deadEnd.steps[1].answers.clear();
    CHECK(refusal(scripts, deadEnd) == QStringLiteral("Step \"pitch\" has no answers: the call could not go on."));

    CallScript twice = smallScript();
    twice.steps.append(twice.steps.at(1));
    twice.steps.last().id = QStringLiteral("hello");
    CHECK(refusal(scripts, twice) == QStringLiteral("Two steps are named \"hello\"."));

    CallScript untitled = smallScript(QStringLiteral("   "));
    CHECK(refusal(scripts, untitled) == QStringLiteral("A script needs a title."));

    CallScript repeated = smallScript(QStringLiteral("cold call: a MEETING with the decision maker"));
    CHECK(refusal(scripts, repeated).contains(QStringLiteral("already a script called")));

    CHECK(scripts.list().size() == 2);
}

TEST_CASE("A step no answer reaches is only a warning", "[storage][scripts]")
{
    TestDatabase base;
    CallScriptRepository scripts(base.context());
    CallScript script = smallScript();
    script.steps.append(CallScriptStep{QStringLiteral("draft"),
                                       QString(),
                                       QStringLiteral("Not finished yet"),
                                       {toOutcome(QStringLiteral("Fine"), QStringLiteral("not_now"))}});
    const CallScriptCheck check = CallScriptRepository::check(script);
    CHECK(check.errors.isEmpty());
    CHECK(check.warnings == QStringList{QStringLiteral("No answer leads to step \"draft\" from the start.")});
    scripts.create(script);
    CHECK(scripts.load(script.id)->steps.size() == 3);
}

TEST_CASE("A stale script update or delete is refused and changes nothing", "[storage][scripts][bad-input]")
{
    TestDatabase base;
    CallScriptRepository scripts(base.context());
    CallScript script = smallScript();
    scripts.create(script);

    CallScript mine = *scripts.load(script.id);
    CallScript theirs = mine;
    theirs.steps[0].text = QStringLiteral("Hello there!");
    scripts.update(theirs);

    mine.steps[0].text = QStringLiteral("Hi!");
    try {
        scripts.update(mine);
        FAIL("a stale update was saved");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::StaleVersion);
        CHECK(error.message().contains(QStringLiteral("since you opened it")));
    }
    CHECK(mine.version == 1);
    CHECK(scripts.load(script.id)->steps.at(0).text == QStringLiteral("Hello there!"));
    CHECK_THROWS_AS(scripts.remove(mine), StorageError);
    CHECK(scripts.load(script.id));

    // An invalid update is refused before the version is even compared: the stored script stays as it was.
    CallScript broken = *scripts.load(script.id);
    broken.startStepId = QStringLiteral("nowhere");
    CHECK_THROWS_AS(scripts.update(broken), StorageError);
    CHECK(scripts.load(script.id)->startStepId == QStringLiteral("hello"));
}

TEST_CASE("A damaged script document is reported, not half-read", "[storage][scripts][bad-input]")
{
    CallScript script;
    script.title = QStringLiteral("Broken");
    try {
        CallScriptRepository::fromDocument(QStringLiteral("{\"start\": "), script);
        FAIL("a broken document was read");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Damaged);
        CHECK(error.message().startsWith(QStringLiteral("The steps of script \"Broken\" cannot be read")));
    }
}
