#include "calls/ScriptAnswerTable.h"
#include "calls/ScriptCheckPanel.h"
#include "calls/ScriptEditorDialog.h"
#include "common/MessageBox.h"
#include "funnel/ScriptRunner.h"
#include "storage/CallScriptRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

using namespace voronka;
using namespace voronka::test;

namespace {
const QString russianTitle = QStringLiteral("Холодный звонок: встреча с ЛПР");
const QString englishTitle = QStringLiteral("Cold call: a meeting with the decision maker");

// The seam answers one dialog; a second one in the same action (a refusal after a question) is closed once shown.
void closeNextMessageBox()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        box->accept();
    });
}

// The editor open on a fresh base (with the two default scripts), driven through its widgets.
struct Editor
{
    Editor()
    {
        dialog = std::make_unique<ScriptEditorDialog>(base.context());
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->activateWindow(); // for the keyboard shortcuts
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }

    template<typename T>
    T *get(const char *name)
    {
        return child<T>(*dialog, name);
    }

    void click(const char *buttonName) { QTest::mouseClick(get<QPushButton>(buttonName), Qt::LeftButton); }

    void chooseScript(const QString &title)
    {
        auto *list = get<QListWidget>("scriptList");
        const auto found = list->findItems(title, Qt::MatchStartsWith);
        REQUIRE(found.size() == 1);
        list->setCurrentItem(found.first());
    }

    void chooseStep(int row) { get<QListWidget>("stepList")->setCurrentRow(row); }

    void type(const char *lineEditName, const QString &text)
    {
        auto *edit = get<QLineEdit>(lineEditName);
        edit->selectAll();
        typeText(edit, text);
    }

    // Types a step id and confirms it with Return, as renaming waits for the user to finish.
    void renameStep(const QString &id)
    {
        type("stepIdEdit", id);
        QTest::keyClick(get<QLineEdit>("stepIdEdit"), Qt::Key_Return);
    }

    void setStepText(const QString &text) { get<QPlainTextEdit>("stepTextEdit")->setPlainText(text); }

    // Adds an answer to the step shown and sets its text and where it leads (as the combo lists it).
    void addAnswer(const QString &text, const QString &leadsTo)
    {
        click("addAnswerButton");
        auto *table = get<ScriptAnswerTable>("answerTable");
        const int row = table->rowCount() - 1;
        table->item(row, ScriptAnswerTable::TextColumn)->setText(text);
        QComboBox *combo = table->leadsToCombo(row);
        const int index = combo->findText(leadsTo);
        INFO("leads to " << leadsTo.toStdString());
        REQUIRE(index > 0);
        combo->setCurrentIndex(index);
    }

    QStringList checkErrors()
    {
        QStringList errors;
        auto *panel = get<ScriptCheckPanel>("checkPanel");
        for (int row = 0; row < panel->count(); ++row) {
            if (panel->item(row)->data(ScriptCheckPanel::IsErrorRole).toBool())
                errors.append(panel->item(row)->text());
        }
        return errors;
    }

    QStringList storedTitles()
    {
        QStringList titles;
        for (const auto &script : CallScriptRepository(base.context()).list())
            titles.append(script.title);
        return titles;
    }

    CallScript stored(const QString &title)
    {
        CallScriptRepository scripts(base.context());
        for (const auto &script : scripts.list()) {
            if (script.title == title)
                return *scripts.load(script.id);
        }
        FAIL("no script titled " << title.toStdString());
        return {};
    }

    TestDatabase base;
    std::unique_ptr<ScriptEditorDialog> dialog;
};
} // namespace

TEST_CASE("A new script with two steps is saved as written", "[ui][scripts]")
{
    Editor editor;
    QSignalSpy changed(editor.dialog.get(), &ScriptEditorDialog::scriptsChanged);
    QTest::keyClick(editor.dialog.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(editor.dialog->draft().id == 0);
    CHECK(editor.get<QListWidget>("scriptList")->currentItem()->text() == QStringLiteral("New script (not saved)"));
    editor.type("scriptTitleEdit", QStringLiteral("Demo call"));
    auto *language = editor.get<QComboBox>("scriptLanguageCombo");
    language->setCurrentIndex(language->findText(QStringLiteral("en")));

    editor.renameStep(QStringLiteral("hello"));
    editor.type("stepTitleEdit", QStringLiteral("Hello"));
    editor.setStepText(QStringLiteral("Good afternoon!"));

    editor.click("addStepButton");
    CHECK(editor.get<QListWidget>("stepList")->currentRow() == 1);
    editor.renameStep(QStringLiteral("book"));
    editor.type("stepTitleEdit", QStringLiteral("Booking"));
    editor.setStepText(QStringLiteral("Thursday or Friday?"));
    editor.addAnswer(QStringLiteral("Agrees"), QStringLiteral("ends the call: Meeting booked"));

    editor.chooseStep(0);
    editor.addAnswer(QStringLiteral("Listens"), QStringLiteral("→ Booking"));
    editor.addAnswer(QStringLiteral("Hangs up"), QStringLiteral("ends the call: Refused"));
    CHECK(editor.checkErrors().isEmpty());
    CHECK(editor.get<QComboBox>("startStepCombo")->currentText() == QStringLiteral("hello"));
    CHECK(editor.dialog->isWindowModified());

    editor.click("saveScriptButton");
    CHECK(changed.count() == 1);
    CHECK_FALSE(editor.dialog->isWindowModified());
    CHECK(editor.storedTitles() == QStringList{englishTitle, QStringLiteral("Demo call"), russianTitle});
    const CallScript script = editor.stored(QStringLiteral("Demo call"));
    CHECK(editor.dialog->draft().id == script.id);
    CHECK(script.language == QStringLiteral("en"));
    CHECK(script.startStepId == QStringLiteral("hello"));
    REQUIRE(script.steps.size() == 2);
    const CallScriptStep &hello = script.steps.at(0);
    CHECK(hello.id == QStringLiteral("hello"));
    CHECK(hello.title == QStringLiteral("Hello"));
    CHECK(hello.text == QStringLiteral("Good afternoon!"));
    REQUIRE(hello.answers.size() == 2);
    CHECK(hello.answers.at(0).text == QStringLiteral("Listens"));
    CHECK(hello.answers.at(0).nextStepId == QStringLiteral("book"));
    CHECK(hello.answers.at(0).outcomeKey.isEmpty());
    CHECK(hello.answers.at(1).outcomeKey == QStringLiteral("refused"));
    const CallScriptStep &book = script.steps.at(1);
    CHECK(book.id == QStringLiteral("book"));
    REQUIRE(book.answers.size() == 1);
    CHECK(book.answers.at(0).text == QStringLiteral("Agrees"));
    CHECK(book.answers.at(0).outcomeKey == QStringLiteral("meeting_booked"));
    CHECK(book.answers.at(0).nextStepId.isEmpty());

    // Saved, the script is one a caller can follow.
    ScriptRunner runner(script);
    CHECK_FALSE(runner.choose(0));
    CHECK(runner.choose(0) == CallOutcome::MeetingBooked);
}

TEST_CASE("A script with an answer leading nowhere is refused and nothing is stored", "[ui][scripts]")
{
    Editor editor;
    editor.click("newScriptButton");
    editor.type("scriptTitleEdit", QStringLiteral("Broken"));
    editor.setStepText(QStringLiteral("Hello!"));
    editor.click("addAnswerButton");
    auto *table = editor.get<ScriptAnswerTable>("answerTable");
    table->item(0, ScriptAnswerTable::TextColumn)->setText(QStringLiteral("Listens"));
    const QString error = QStringLiteral("Answer 1 of step \"step_1\" must lead either to a step or to an outcome.");
    CHECK(editor.checkErrors() == QStringList{QStringLiteral("Error: ") + error});

    MessageBox::setNextAnswer(QMessageBox::Ok);
    editor.click("saveScriptButton");
    CHECK(MessageBox::lastText() == QStringLiteral("The script cannot be saved yet: ") + error);
    CHECK(editor.storedTitles() == QStringList{englishTitle, russianTitle});
    CHECK(editor.dialog->draft().id == 0);
    CHECK(editor.dialog->hasUnsavedChanges());

    // Closing asks; Discard drops the draft without writing it.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor.dialog->close();
    CHECK(MessageBox::lastText() == QStringLiteral("Save the changes to the script \"Broken\"?"));
    CHECK_FALSE(editor.dialog->isVisible());
    CHECK(editor.storedTitles() == QStringList{englishTitle, russianTitle});
}

TEST_CASE("A step cannot be renamed to the name of another step", "[ui][scripts]")
{
    Editor editor;
    editor.chooseScript(russianTitle);
    editor.chooseStep(1);
    CHECK(editor.get<QLineEdit>("stepIdEdit")->text() == QStringLiteral("secretary_reason"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    editor.renameStep(QStringLiteral("pitch"));
    CHECK(MessageBox::lastText() == QStringLiteral("There is already a step named \"pitch\"."));
    CHECK(editor.get<QLineEdit>("stepIdEdit")->text() == QStringLiteral("secretary_reason"));
    CHECK_FALSE(editor.dialog->hasUnsavedChanges());
}

TEST_CASE("Renaming a step of the Russian script keeps the answers leading to it", "[ui][scripts]")
{
    Editor editor;
    editor.chooseScript(russianTitle);
    auto *steps = editor.get<QListWidget>("stepList");
    const auto pitch = steps->findItems(QStringLiteral("pitch"), Qt::MatchStartsWith);
    REQUIRE(pitch.size() == 1);
    steps->setCurrentItem(pitch.first());
    editor.renameStep(QStringLiteral("presentation"));
    CHECK(steps->currentItem()->text().startsWith(QStringLiteral("presentation — ")));
    CHECK(editor.checkErrors().isEmpty());
    editor.click("saveScriptButton");

    const CallScript script = editor.stored(russianTitle);
    CHECK(script.step(QStringLiteral("pitch")) == nullptr);
    REQUIRE(script.step(QStringLiteral("presentation")) != nullptr);
    CHECK(script.step(QStringLiteral("decision_maker"))->answers.at(0).nextStepId == QStringLiteral("presentation"));
    CHECK(script.step(QStringLiteral("objection_no_time"))->answers.at(0).nextStepId == QStringLiteral("presentation"));
    CHECK(CallScriptRepository::check(script).warnings.isEmpty());
}

TEST_CASE("An edited text of the default Russian script is stored", "[ui][scripts]")
{
    Editor editor;
    editor.chooseScript(russianTitle);
    const qint64 versionBefore = editor.stored(russianTitle).version;
    CHECK(editor.get<QLineEdit>("scriptTitleEdit")->text() == russianTitle);
    CHECK(editor.get<QLineEdit>("stepIdEdit")->text() == QStringLiteral("secretary"));
    const QString text = QStringLiteral("Здравствуйте! Меня зовут [имя]. Кто у вас отвечает за закупки?");
    editor.setStepText(text);
    CHECK(editor.dialog->isWindowModified());
    // An answer still being typed in its cell is saved too.
    auto *table = editor.get<ScriptAnswerTable>("answerTable");
    table->setCurrentCell(1, ScriptAnswerTable::TextColumn);
    table->editItem(table->item(1, ScriptAnswerTable::TextColumn));
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(cellEditor != nullptr);
    cellEditor->selectAll();
    typeText(cellEditor, QStringLiteral("«А вы кто?»"));
    QTest::keyClick(editor.dialog.get(), Qt::Key_S, Qt::ControlModifier);

    const CallScript script = editor.stored(russianTitle);
    CHECK(script.version == versionBefore + 1);
    CHECK(script.steps.at(0).text == text);
    CHECK(script.steps.at(0).answers.size() == 5);
    CHECK(script.steps.at(0).answers.at(1).text == QStringLiteral("«А вы кто?»"));
    CHECK(script.steps.at(0).answers.at(1).nextStepId == QStringLiteral("secretary_reason"));
    CHECK(script.steps.size() == 14);
    CHECK_FALSE(editor.dialog->hasUnsavedChanges());
}

TEST_CASE("Leaving a changed script asks to save, discard or stay", "[ui][scripts]")
{
    Editor editor;
    editor.chooseScript(russianTitle);
    editor.setStepText(QStringLiteral("Первая версия"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    editor.chooseScript(englishTitle);
    CHECK(MessageBox::lastText() == QStringLiteral("Save the changes to the script \"%1\"?").arg(russianTitle));
    CHECK(editor.dialog->draft().title == russianTitle);
    CHECK(editor.get<QListWidget>("scriptList")->currentItem()->text().startsWith(russianTitle));
    CHECK(editor.get<QPlainTextEdit>("stepTextEdit")->toPlainText() == QStringLiteral("Первая версия"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    editor.chooseScript(englishTitle);
    CHECK(editor.dialog->draft().title == englishTitle);
    CHECK(editor.stored(russianTitle).steps.at(0).text == QStringLiteral("Первая версия"));

    editor.setStepText(QStringLiteral("A draft never kept"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    editor.chooseScript(russianTitle);
    CHECK(editor.dialog->draft().title == russianTitle);
    CHECK(editor.stored(englishTitle).steps.at(0).text.startsWith(QStringLiteral("Good afternoon!")));
}

TEST_CASE("Deleting a script asks first and removes it", "[ui][scripts]")
{
    Editor editor;
    QSignalSpy changed(editor.dialog.get(), &ScriptEditorDialog::scriptsChanged);
    editor.chooseScript(russianTitle);

    MessageBox::setNextAnswer(QMessageBox::No);
    editor.click("deleteScriptButton");
    CHECK(
        MessageBox::lastText()
        == QStringLiteral("Delete the script \"%1\"? Callers will no longer be able to follow it.").arg(russianTitle));
    CHECK(editor.storedTitles() == QStringList{englishTitle, russianTitle});

    MessageBox::setNextAnswer(QMessageBox::Yes);
    editor.click("deleteScriptButton");
    CHECK(editor.storedTitles() == QStringList{englishTitle});
    CHECK(changed.count() == 1);
    CHECK(editor.dialog->draft().title == englishTitle);
    CHECK(editor.get<QListWidget>("scriptList")->count() == 1);
}

TEST_CASE("A script a colleague changed meanwhile is not overwritten", "[ui][scripts]")
{
    Editor editor;
    editor.chooseScript(russianTitle);
    editor.setStepText(QStringLiteral("Моя версия"));

    CallScriptRepository colleague(editor.base.context());
    CallScript theirs = editor.stored(russianTitle);
    theirs.steps[0].text = QStringLiteral("Версия коллеги");
    colleague.update(theirs);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    editor.click("saveScriptButton");
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("The script was changed by")));
    CHECK(MessageBox::lastText().endsWith(QStringLiteral("Duplicate keeps them as a new script.")));
    CHECK(editor.stored(russianTitle).steps.at(0).text == QStringLiteral("Версия коллеги"));
    CHECK(editor.get<QPlainTextEdit>("stepTextEdit")->toPlainText() == QStringLiteral("Моя версия"));
    CHECK(editor.dialog->hasUnsavedChanges());

    // Deleting the stale version is refused too (the question is answered, then the refusal closed).
    MessageBox::setNextAnswer(QMessageBox::Yes);
    closeNextMessageBox();
    editor.click("deleteScriptButton");
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("The script was changed by")));
    CHECK(editor.storedTitles() == QStringList{englishTitle, russianTitle});

    // Duplicate keeps the user's edits as a new script.
    editor.click("duplicateScriptButton");
    CHECK(editor.get<QLineEdit>("scriptTitleEdit")->text() == russianTitle + QStringLiteral(" (copy)"));
    editor.click("saveScriptButton");
    CHECK(editor.stored(russianTitle + QStringLiteral(" (copy)")).steps.at(0).text == QStringLiteral("Моя версия"));
    CHECK(editor.stored(russianTitle).steps.at(0).text == QStringLiteral("Версия коллеги"));
}
