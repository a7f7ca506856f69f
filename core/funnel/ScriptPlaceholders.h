#pragma once

#include <QList>
#include <QString>

namespace voronka {

// What a call script's placeholders can be filled from during a call.
struct ScriptPlaceholderValues
{
    QString contactFullName; // the person the caller asks for, as stored ("Анна Петровна Иванова")
    QString callerFullName; // the signed-in user making the call ("Ирина Звонова")
    QString ourCompany; // the seller's own company; empty when not set
};

// A piece of a script step's text as call mode shows it.
struct ScriptSegment
{
    enum class Kind {
        Plain, // the script's own words
        Filled, // a placeholder replaced by what the base knows
        Blank, // a placeholder nothing fills: a gap for the caller to fill in aloud; text is the placeholder's hint
    };
    Kind kind = Kind::Plain;
    QString text;

    bool operator==(const ScriptSegment &) const = default;
};

// Fills the placeholders of a call script step ("[Имя Отчество], добрый день! Меня зовут [имя]…") from the
// company's contact and the caller, so the caller reads a sentence instead of a template:
// - [Имя Отчество], [Name]: the contact's first name and patronymic, as a Russian business call addresses a person
//   (found whichever way round the name is stored: "Анна Петровна Иванова" or "Иванова Анна Петровна");
// - [имя], [name]: the caller's first name; but after "специалист"/"specialist" it names the closer who will come
//   to the meeting, unknown during the call, so it stays a blank;
// - [наша компания], [our company]: the seller's company, when set.
// Everything else ([направление], [день], [должность] — which a sentence needs in another case than the stored
// position) and whatever cannot be told for sure stays a visible Blank with the placeholder's own words as its
// hint: a wrong guess read aloud is worse than a gap.
class ScriptPlaceholders
{
public:
    static QList<ScriptSegment> fill(const QString &text, const ScriptPlaceholderValues &values);
    // "Анна Петровна" from "Анна Петровна Иванова" or "Иванова Анна Петровна"; empty when the name has no
    // recognisable patronymic.
    static QString nameAndPatronymic(const QString &fullName);
    // The first word of a user's name ("Ирина" of "Ирина Звонова"): users are entered first name first.
    static QString firstName(const QString &fullName);
};

} // namespace voronka
