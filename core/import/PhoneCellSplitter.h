#pragma once

#include <QString>
#include <QStringList>

namespace voronka {

// Splits a phone cell that holds several numbers into one raw text per number, for PhoneNormalizer to read.
//
// Where it may cut: at "," ";" "/" "\" "|" and line breaks, at the words "или", "либо", "or", "and", "и", and
// just before a phone label ("тел.", "моб.", "факс", "tel", "mobile" ...) that follows a number. A cut is made
// only when the text on both sides is a number on its own: at least five digits and not starting with an
// extension marker ("доб.", "вн.", "ext", "x", "#" ...). Otherwise the pieces stay together as written, so
//  - "+7 (495) 123-45-67, доб. 12" stays one number and keeps its extension;
//  - "123-45-67/68" stays one raw text: expanding "67/68" into two numbers would guess whether the writer meant
//    a second line, a fax or an extension, and a wrong guess stores a number nobody wrote; kept whole, the
//    normaliser flags it and a person decides;
//  - "8 495 123-45-67, секретарь" stays one text: a part without digits is not a number, and dropping it would
//    lose what the list said (the normaliser then flags the whole text rather than storing half of it).
// Spaces never cut: "8 495 123 45 67" is one number. Labels and notes are kept in the raw text (libphonenumber
// skips leading words such as "тел." or "WhatsApp:"); only the separators between numbers are removed.
class PhoneCellSplitter
{
public:
    // Each number's raw text, cleaned by TextCleaner; the whole cleaned cell when there is no cut; nothing for a
    // cell that is empty, a placeholder dash or separators only.
    static QStringList split(const QString &cell);
};

} // namespace voronka
