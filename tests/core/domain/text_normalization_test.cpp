#include "domain/TextNormalization.h"

#include "support/CatchQt.h"

using namespace voronka;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}
} // namespace

TEST_CASE("A stored line has one plain space between words and none at its ends", "[domain][text]")
{
    CHECK(normalizedLine(s(u"  ООО   Ромашка  ")) == s(u"ООО Ромашка"));
    CHECK(normalizedLine(s(u"ООО\u00A0Ромашка")) == s(u"ООО Ромашка"));
    CHECK(normalizedLine(s(u"a\t\tb\r\nc\u2028d\u0085e")) == s(u"a b c d e"));
    CHECK(normalizedLine(s(u" \u00A0\t ")).isEmpty());
    CHECK(normalizedLine(QString()).isNull());
}

TEST_CASE("A stored line has no control or invisible characters", "[domain][text]")
{
    CHECK(normalizedLine(s(u"\uFEFFРом\u200Bаш\u00ADка\u200E")) == s(u"Ромашка"));
    CHECK(normalizedLine(s(u"ООО\u0007 Ромашка\u0000")) == s(u"ООО Ромашка"));
    CHECK(normalizedLine(s(u"abc\u007F\u0090def")) == s(u"abcdef"));
    // Cyrillic, Latin, digits and punctuation stay as they are.
    const QString clean = s(u"Ёлкин Ю.Ж., ул. Щорса 7/2 — «Ъ» & Co.");
    CHECK(normalizedLine(clean) == clean);
    CHECK(normalizedLine(clean).constData() == clean.constData()); // no copy of what is already clean
}

TEST_CASE("Stored lines of a note keep their breaks", "[domain][text]")
{
    CHECK(normalizedLines(s(u"первая  строка\r\nвторая\rтретья\nчетвёртая"))
          == s(u"первая строка\nвторая\nтретья\nчетвёртая"));
    CHECK(normalizedLines(s(u"\n \r\n абзац \n\n  второй\u00A0абзац \n\n")) == s(u"абзац\n\nвторой абзац"));
    CHECK(normalizedLines(s(u"одна строка  ")) == s(u"одна строка"));
    CHECK(normalizedLines(s(u" \n\t\n")).isEmpty());
}
