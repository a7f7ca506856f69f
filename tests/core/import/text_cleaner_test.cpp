#include "import/TextCleaner.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {
QString clean(const char16_t *text)
{
    return TextCleaner::clean(QString::fromUtf16(text));
}
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}
} // namespace

TEST_CASE("TextCleaner trims and collapses every kind of space", "[import][text]")
{
    CHECK(clean(u"  ООО Ромашка  ") == s(u"ООО Ромашка"));
    CHECK(clean(u"ООО\u00A0Ромашка") == s(u"ООО Ромашка")); // NBSP from Excel and web pages
    CHECK(clean(u"ООО\u202FРомашка") == s(u"ООО Ромашка")); // narrow NBSP
    CHECK(clean(u"ООО\t\tРомашка") == s(u"ООО Ромашка"));
    CHECK(clean(u"Перезвонить после 15:00;\r\nспросить про склад")
          == s(u"Перезвонить после 15:00; спросить про склад"));
    CHECK(clean(u"строка\u2028вторая\u2029третья\u0085четвёртая") == s(u"строка вторая третья четвёртая"));
    CHECK(clean(u"a  \u00A0 \t b") == s(u"a b"));
    CHECK(clean(u" \u00A0\t\r\n ").isEmpty());
    CHECK(clean(u"").isEmpty());
}

TEST_CASE("TextCleaner drops control and invisible characters", "[import][text]")
{
    CHECK(clean(u"\uFEFFКомпания") == s(u"Компания")); // BOM left on the first header cell
    CHECK(clean(u"Ром\u200Bашка") == s(u"Ромашка")); // zero-width space
    CHECK(clean(u"Ром\u00ADашка") == s(u"Ромашка")); // soft hyphen
    CHECK(clean(u"\u200EООО Ромашка\u200F") == s(u"ООО Ромашка")); // direction marks
    CHECK(clean(u"ООО\u0007 Ромашка\u0000") == s(u"ООО Ромашка")); // BEL, NUL
    CHECK(clean(u"abc\u007F\u0090def") == s(u"abcdef")); // DEL, a C1 control
}

TEST_CASE("TextCleaner drops Excel's text prefix and unwraps its text formula", "[import][text]")
{
    CHECK(clean(u"'89161234567") == s(u"89161234567"));
    CHECK(clean(u"  '0105012345") == s(u"0105012345"));
    CHECK(clean(u"'ООО Ромашка") == s(u"ООО Ромашка"));
    CHECK(clean(u"'").isEmpty());
    // Wrapped in apostrophes is quoting, not the prefix.
    CHECK(clean(u"'Ромашка'") == s(u"'Ромашка'"));
    // Only the first character: an apostrophe inside is text.
    CHECK(clean(u"Д'Артаньян") == s(u"Д'Артаньян"));
    CHECK(clean(u"=\"0105012345\"") == s(u"0105012345"));
    CHECK(clean(u"=\"\"").isEmpty());
    // A formula with more than one quoted piece is not the text wrapper.
    CHECK(clean(u"=\"a\"&\"b\"") == s(u"=\"a\"&\"b\""));
    CHECK(clean(u"=СУММ(A1:A2)") == s(u"=СУММ(A1:A2)"));
}

TEST_CASE("TextCleaner empties dash placeholders and keeps word ones", "[import][text]")
{
    for (const char16_t *dash : {u"-", u"—", u"–", u"−", u"--", u" - ", u"- -", u"\u00A0—\u00A0", u"'-"}) {
        INFO(QString::fromUtf16(dash).toStdString());
        CHECK(clean(dash).isEmpty());
    }
    // Words carry meaning somewhere ("нет" is an answer in a comment); the field's own check flags them.
    CHECK(clean(u"нет") == s(u"нет"));
    CHECK(clean(u"n/a") == s(u"n/a"));
    CHECK(clean(u"NULL") == s(u"NULL"));
    // A dash inside a value stays.
    CHECK(clean(u"Ростов-на-Дону") == s(u"Ростов-на-Дону"));
    CHECK(clean(u"-5") == s(u"-5"));
    CHECK(clean(u"- Ромашка") == s(u"- Ромашка"));
}

TEST_CASE("TextCleaner returns clean text unchanged", "[import][text]")
{
    const QString value = s(u"ООО \"Ромашка\", г. Москва");
    const QString cleaned = TextCleaner::clean(value);
    CHECK(cleaned == value);
    CHECK(cleaned.isSharedWith(value)); // no copy for the common case
    CHECK(clean(u"Ёлка") == s(u"Ёлка")); // no folding: that is for search, not for storing
}

TEST_CASE("TextCleaner knows the dashes", "[import][text]")
{
    for (const char16_t dash : {u'-', u'‐', u'‒', u'–', u'—', u'―', u'−'})
        CHECK(TextCleaner::isDash(QChar(dash)));
    for (const char16_t other : {u'_', u'~', u'.', u'a', u' '})
        CHECK_FALSE(TextCleaner::isDash(QChar(other)));
}
