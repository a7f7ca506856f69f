#include "funnel/CallScriptEditing.h"
#include "storage/CallScriptRepository.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

CallScriptAnswer toStep(const QString &text, const QString &stepId)
{
    return CallScriptAnswer{text, stepId, QString()};
}

CallScriptAnswer toOutcome(const QString &text, const QString &outcomeKey)
{
    return CallScriptAnswer{text, QString(), outcomeKey};
}

// greeting -> pitch -> meeting_booked, with a way back from pitch to greeting.
CallScript threeSteps()
{
    CallScript script;
    script.title = QStringLiteral("Cold call");
    script.language = QStringLiteral("en");
    script.startStepId = QStringLiteral("greeting");
    script.steps = {
        CallScriptStep{QStringLiteral("greeting"),
                       QStringLiteral("Greeting"),
                       QStringLiteral("Hello!"),
                       {toStep(QStringLiteral("Listens"), QStringLiteral("pitch")),
                        toOutcome(QStringLiteral("Hangs up"), QStringLiteral("refused"))}},
        CallScriptStep{QStringLiteral("pitch"),
                       QStringLiteral("Pitch"),
                       QStringLiteral("We help."),
                       {toStep(QStringLiteral("Agrees"), QStringLiteral("book")),
                        toStep(QStringLiteral("Who are you?"), QStringLiteral("greeting"))}},
        CallScriptStep{QStringLiteral("book"),
                       QStringLiteral("Booking"),
                       QStringLiteral("Thursday?"),
                       {toOutcome(QStringLiteral("Yes"), QStringLiteral("meeting_booked"))}},
    };
    REQUIRE(CallScriptRepository::check(script).isValid());
    REQUIRE(CallScriptRepository::check(script).warnings.isEmpty());
    return script;
}

} // namespace

TEST_CASE("Renaming a step renames the answers and the start that led to it", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    CHECK(CallScriptEditing::renameStep(script, 0, QStringLiteral("  hello ")).isEmpty());
    CHECK(script.steps.at(0).id == QStringLiteral("hello"));
    CHECK(script.startStepId == QStringLiteral("hello"));
    CHECK(script.steps.at(1).answers.at(1).nextStepId == QStringLiteral("hello"));
    CHECK(script.steps.at(1).answers.at(0).nextStepId == QStringLiteral("book"));
    CHECK(script.steps.at(0).answers.at(1).outcomeKey == QStringLiteral("refused"));
    CHECK(CallScriptRepository::check(script).isValid());
    CHECK(CallScriptRepository::check(script).warnings.isEmpty());

    CHECK(CallScriptEditing::renameStep(script, 2, QStringLiteral("meeting")).isEmpty());
    CHECK(script.steps.at(1).answers.at(0).nextStepId == QStringLiteral("meeting"));
    CHECK(script.startStepId == QStringLiteral("hello"));
    CHECK(CallScriptRepository::check(script).isValid());
}

TEST_CASE("A step cannot be renamed to nothing or to another step's name", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    const CallScript before = script;
    CHECK(CallScriptEditing::renameStep(script, 1, QStringLiteral("   ")) == QStringLiteral("A step needs a name."));
    CHECK(CallScriptEditing::renameStep(script, 1, QStringLiteral("book"))
          == QStringLiteral("There is already a step named \"book\"."));
    CHECK(CallScriptEditing::sameContent(script, before));
    // Its own name again is no change, not a clash.
    CHECK(CallScriptEditing::renameStep(script, 1, QStringLiteral("pitch")).isEmpty());
    CHECK(CallScriptEditing::sameContent(script, before));
}

TEST_CASE("Naming a step that had no name links nothing to it", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    script.steps[2].id.clear();
    script.steps[0].answers[0].nextStepId.clear(); // an answer not pointed anywhere yet
    CHECK(CallScriptEditing::renameStep(script, 2, QStringLiteral("book")).isEmpty());
    CHECK(script.steps.at(0).answers.at(0).nextStepId.isEmpty());
    CHECK(script.steps.at(1).answers.at(0).nextStepId == QStringLiteral("book"));
}

TEST_CASE("Removing a step leaves the answers that led to it leading nowhere", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    CallScriptEditing::removeStep(script, 1);
    REQUIRE(script.steps.size() == 2);
    CHECK(script.steps.at(0).answers.at(0).nextStepId.isEmpty());
    CHECK(script.steps.at(0).answers.at(0).text == QStringLiteral("Listens"));
    CHECK(script.startStepId == QStringLiteral("greeting"));
    const CallScriptCheck check = CallScriptRepository::check(script);
    CHECK(check.errors
          == QStringList{QStringLiteral("Answer 1 of step \"greeting\" must lead either to a step or to an outcome.")});
    CHECK(check.warnings == QStringList{QStringLiteral("No answer leads to step \"book\" from the start.")});
}

TEST_CASE("Removing the start step leaves the script without a start", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    CallScriptEditing::removeStep(script, 0);
    CHECK(script.startStepId.isEmpty());
    CHECK(script.steps.at(0).answers.at(1).nextStepId.isEmpty());
    CHECK(CallScriptRepository::check(script).errors.contains(QStringLiteral("The script has no start step.")));
}

TEST_CASE("Removing one of two steps with the same name keeps the links to the other", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    script.steps.append(script.steps.at(2));
    CallScriptEditing::removeStep(script, 3);
    CHECK(script.steps.at(1).answers.at(0).nextStepId == QStringLiteral("book"));
    CHECK(CallScriptRepository::check(script).isValid());
}

TEST_CASE("Added steps get names no step has and become the start of a script without one", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    CHECK(CallScriptEditing::addStep(script) == 3);
    CHECK(script.steps.at(3).id == QStringLiteral("step_4"));
    CHECK(script.steps.at(3).answers.isEmpty());
    CHECK(script.startStepId == QStringLiteral("greeting"));
    REQUIRE(CallScriptEditing::renameStep(script, 0, QStringLiteral("step_5")).isEmpty());
    CHECK(CallScriptEditing::addStep(script) == 4);
    CHECK(script.steps.at(4).id == QStringLiteral("step_6"));

    CallScript empty;
    CHECK(CallScriptEditing::addStep(empty) == 0);
    CHECK(empty.steps.at(0).id == QStringLiteral("step_1"));
    CHECK(empty.startStepId == QStringLiteral("step_1"));
}

TEST_CASE("Moving a step changes only the order", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    CallScriptEditing::moveStep(script, 2, 0);
    CHECK(script.steps.at(0).id == QStringLiteral("book"));
    CHECK(script.steps.at(1).id == QStringLiteral("greeting"));
    CHECK(script.startStepId == QStringLiteral("greeting"));
    CHECK(CallScriptRepository::check(script).isValid());
}

TEST_CASE("A duplicate is a new script with a title not yet taken", "[funnel][scripts]")
{
    CallScript script = threeSteps();
    script.id = 7;
    script.version = 3;
    CallScript copy = CallScriptEditing::duplicate(script, {QStringLiteral("Cold call")});
    CHECK(copy.id == 0);
    CHECK(copy.version == 0);
    CHECK(copy.title == QStringLiteral("Cold call (copy)"));
    CHECK(copy.language == QStringLiteral("en"));
    CHECK(CallScriptRepository::toDocument(copy) == CallScriptRepository::toDocument(script));

    copy = CallScriptEditing::duplicate(
        script,
        {QStringLiteral("Cold call"), QStringLiteral("COLD CALL (copy)"), QStringLiteral("Cold call (copy 2)")});
    CHECK(copy.title == QStringLiteral("Cold call (copy 3)"));
}

TEST_CASE("Two versions of a script are the same when they say the same", "[funnel][scripts]")
{
    const CallScript script = threeSteps();
    CallScript other = script;
    other.id = 4;
    other.version = 9;
    CHECK(CallScriptEditing::sameContent(script, other));
    other.steps[1].answers[0].text = QStringLiteral("Agrees at once");
    CHECK_FALSE(CallScriptEditing::sameContent(script, other));
    other = script;
    other.language = QStringLiteral("ru");
    CHECK_FALSE(CallScriptEditing::sameContent(script, other));
    other = script;
    other.startStepId = QStringLiteral("pitch");
    CHECK_FALSE(CallScriptEditing::sameContent(script, other));
}
