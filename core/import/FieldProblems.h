#pragma once

#include <QCoreApplication>
#include <QString>

namespace voronka {

// What is wrong with an INN, a phone or an e-mail address as a person or a list wrote it, in words for the user; an
// empty string when nothing is (an empty value is not a problem: the field is optional). One place for the
// import's report and the company card, so both check the same way and say the same thing.
class FieldProblems
{
    Q_DECLARE_TR_FUNCTIONS(FieldProblems)

public:
    // InnValidator: 10 or 12 digits with the check digits of the tax service.
    static QString inn(const QString &inn);
    // PhoneNormalizer (libphonenumber): a number it cannot read is "not recognised".
    static QString phone(const QString &raw);
    // The same for a number already normalised (e164 empty: not recognised), without reading it again.
    static QString phone(const QString &raw, const QString &e164);
    // EmailAddress: every address of the text (several may be separated by commas), each checked.
    static QString emails(const QString &text);
    // One address as written.
    static QString email(const QString &address);
};

} // namespace voronka
