#pragma once

#include <QString>

namespace voronka {

// Russian taxpayer number (ИНН): 10 digits for a legal entity, 12 for a person or sole trader (ИП),
// each with the check digits of the Federal Tax Service algorithm.
class InnValidator
{
public:
    // Digits and spaces only (spaces of any kind, as people group digits); any letter or other sign makes it
    // invalid. Numbers starting with "00" are refused too: the first two digits are the region of the issuing
    // tax office (01..99), so no INN starts with 00, and "0000000000", which passes the checksum, is the usual
    // filler typed into a required field.
    static bool isValid(const QString &inn);
    // The ASCII digits of the text in order, whatever else it holds ("77 07 083893" -> "7707083893").
    static QString digits(const QString &inn);
    // A legal entity's ten-digit INN: the nine given digits and their check digit ("770708389" -> "7707083893").
    // For made-up numbers that must still pass the check (the demo base). Empty unless given nine ASCII digits.
    static QString legalEntityWithCheckDigit(const QString &nineDigits);
};

} // namespace voronka
