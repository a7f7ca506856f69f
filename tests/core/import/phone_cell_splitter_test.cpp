#include "import/PhoneCellSplitter.h"

#include "domain/PhoneNormalizer.h"

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList out;
    for (const char16_t *item : items)
        out.append(QString::fromUtf16(item));
    return out;
}

QStringList split(const char16_t *cell)
{
    return PhoneCellSplitter::split(QString::fromUtf16(cell));
}

// "+74951234567" or "+74951234567 ext 12" for each part, as the import will store them.
QStringList normalised(const QStringList &parts)
{
    const PhoneNormalizer normalizer;
    QStringList out;
    for (const QString &part : parts) {
        const NormalizedPhone phone = normalizer.normalize(part);
        out.append(phone.extension.isEmpty() ? phone.e164 : phone.e164 + QStringLiteral(" ext ") + phone.extension);
    }
    return out;
}

} // namespace

TEST_CASE("Numbers separated by commas and semicolons are split", "[import][phone]")
{
    const QStringList parts = split(u"8 495 123-45-67, 8 916 765-43-21");
    CHECK(parts == list({u"8 495 123-45-67", u"8 916 765-43-21"}));
    CHECK(normalised(parts) == list({u"+74951234567", u"+79167654321"}));

    const QStringList semicolon = split(u"+7(495)1234567; 89161234567");
    CHECK(semicolon == list({u"+7(495)1234567", u"89161234567"}));
    CHECK(normalised(semicolon) == list({u"+74951234567", u"+79161234567"}));
}

TEST_CASE("A slash splits and the extension stays with its number", "[import][phone]")
{
    const QStringList parts = split(u"8-800-555-35-35 доб. 123 / 8 (812) 111-22-33");
    CHECK(parts == list({u"8-800-555-35-35 доб. 123", u"8 (812) 111-22-33"}));
    CHECK(normalised(parts) == list({u"+78005553535 ext 123", u"+78121112233"}));
}

TEST_CASE("Words between numbers split, labels stay with their number", "[import][phone]")
{
    const QStringList parts = split(u"тел. 8 495 1234567 или моб. 8 916 1234567");
    CHECK(parts == list({u"тел. 8 495 1234567", u"моб. 8 916 1234567"}));
    CHECK(normalised(parts) == list({u"+74951234567", u"+79161234567"}));

    // A label after a number starts the next one even without a comma.
    const QStringList labels = split(u"тел.: 8 (495) 123-45-67 факс: 8 (495) 123-45-68");
    CHECK(labels == list({u"тел.: 8 (495) 123-45-67", u"факс: 8 (495) 123-45-68"}));
    CHECK(normalised(labels) == list({u"+74951234567", u"+74951234568"}));

    CHECK(split(u"8 495 1234567 and 8 916 1234567") == list({u"8 495 1234567", u"8 916 1234567"}));
    CHECK(split(u"8 495 1234567 либо 8 916 1234567") == list({u"8 495 1234567", u"8 916 1234567"}));
    CHECK(split(u"8 495 1234567 Mobile: +7 916 1234567") == list({u"8 495 1234567", u"Mobile: +7 916 1234567"}));
}

TEST_CASE("Line breaks inside a cell split", "[import][phone]")
{
    const QStringList parts = split(u"8 495 123-45-67\r\n8 916 765-43-21\n+7 812 111-22-33");
    CHECK(parts == list({u"8 495 123-45-67", u"8 916 765-43-21", u"+7 812 111-22-33"}));
    CHECK(normalised(parts) == list({u"+74951234567", u"+79167654321", u"+78121112233"}));
}

TEST_CASE("A comma without a space still splits", "[import][phone]")
{
    const QStringList parts = split(u"84951234567,89167654321");
    CHECK(parts == list({u"84951234567", u"89167654321"}));
    CHECK(normalised(parts) == list({u"+74951234567", u"+79167654321"}));
    CHECK(split(u"+7 (495) 123-45-67,+7 (916) 765-43-21") == list({u"+7 (495) 123-45-67", u"+7 (916) 765-43-21"}));
}

TEST_CASE("Spaces never split", "[import][phone]")
{
    CHECK(split(u"8 495 123 45 67") == list({u"8 495 123 45 67"}));
    CHECK(normalised(split(u"8 495 123 45 67")) == list({u"+74951234567"}));
    // Two numbers with only spaces between are one text: the normaliser flags it and a person splits it.
    const QStringList glued = split(u"8 495 123 45 67 8 916 123 45 67");
    CHECK(glued == list({u"8 495 123 45 67 8 916 123 45 67"}));
    CHECK(normalised(glued) == list({u""}));
}

TEST_CASE("An extension after a comma stays attached", "[import][phone]")
{
    CHECK(split(u"+7 (495) 123-45-67, доб. 12") == list({u"+7 (495) 123-45-67, доб. 12"}));
    CHECK(normalised(split(u"+7 (495) 123-45-67, доб. 12")) == list({u"+74951234567 ext 12"}));
    CHECK(split(u"8 495 123-45-67 доб. 123") == list({u"8 495 123-45-67 доб. 123"}));
    CHECK(split(u"8 495 123-45-67; доб.12345") == list({u"8 495 123-45-67; доб.12345"}));
    CHECK(split(u"8 495 123-45-67, (доб. 123)") == list({u"8 495 123-45-67, (доб. 123)"}));
    CHECK(split(u"8 495 123-45-67, ext. 12345") == list({u"8 495 123-45-67, ext. 12345"}));
    CHECK(split(u"8 495 123-45-67, x12345") == list({u"8 495 123-45-67, x12345"}));
    CHECK(split(u"8 495 123-45-67, #12345") == list({u"8 495 123-45-67, #12345"}));
    CHECK(split(u"8 495 123-45-67, вн. 12345") == list({u"8 495 123-45-67, вн. 12345"}));
    CHECK(split(u"8 495 123-45-67, д. 12345") == list({u"8 495 123-45-67, д. 12345"}));
    // Both numbers keep their own extensions.
    const QStringList two = split(u"8 (495) 123-45-67 доб. 12, 8 (495) 765-43-21 доб. 34");
    CHECK(two == list({u"8 (495) 123-45-67 доб. 12", u"8 (495) 765-43-21 доб. 34"}));
    CHECK(normalised(two) == list({u"+74951234567 ext 12", u"+74957654321 ext 34"}));
}

TEST_CASE("A range stays one raw text", "[import][phone]")
{
    // "67/68" may be a second line, a fax or an extension: not guessed, kept whole for a person to decide.
    CHECK(split(u"123-45-67/68") == list({u"123-45-67/68"}));
    CHECK(split(u"8 (495) 123-45-67/68") == list({u"8 (495) 123-45-67/68"}));
    CHECK(normalised(split(u"8 (495) 123-45-67/68")) == list({u""})); // flagged, not half-read
    CHECK(split(u"8 (495) 123-45-67, 68, 69") == list({u"8 (495) 123-45-67, 68, 69"}));
    // A full second number after the slash is a number.
    CHECK(split(u"8 (495) 123-45-67/123-45-68") == list({u"8 (495) 123-45-67", u"123-45-68"}));
}

TEST_CASE("Text without digits is never dropped", "[import][phone]")
{
    CHECK(split(u"8 495 123-45-67, секретарь") == list({u"8 495 123-45-67, секретарь"}));
    CHECK(split(u"звонить секретарю") == list({u"звонить секретарю"}));
    CHECK(split(u"нет") == list({u"нет"}));
    CHECK(split(u"8 495 1234567 или позже") == list({u"8 495 1234567 или позже"}));
    // A digitless piece before a number joins it; libphonenumber skips leading words.
    CHECK(split(u"моб., 8 916 1234567") == list({u"моб., 8 916 1234567"}));
    CHECK(normalised(split(u"моб., 8 916 1234567")) == list({u"+79161234567"}));
    // ... and after the first number, it joins the number before it.
    CHECK(split(u"8 495 1234567, секретарь, 8 916 1234567") == list({u"8 495 1234567, секретарь", u"8 916 1234567"}));
    // A label in brackets after a number is a note on that number, not a new one.
    CHECK(split(u"8 916 1234567 (моб.)") == list({u"8 916 1234567 (моб.)"}));
    CHECK(split(u"8 495 1234567 (факс 8 495 1234568)") == list({u"8 495 1234567", u"(факс 8 495 1234568)"}));
}

TEST_CASE("Empty cells and bare separators give nothing", "[import][phone]")
{
    CHECK(split(u"").isEmpty());
    CHECK(split(u"   ").isEmpty());
    CHECK(split(u"-").isEmpty());
    CHECK(split(u" — ").isEmpty());
    CHECK(split(u", ;/").isEmpty());
    CHECK(split(u"8 495 1234567;") == list({u"8 495 1234567"}));
    CHECK(split(u";8 495 1234567, ,") == list({u"8 495 1234567"}));
    CHECK(split(u"8 495 1234567,, - ,8 916 1234567") == list({u"8 495 1234567", u"8 916 1234567"}));
}

TEST_CASE("Each part is cleaned", "[import][phone]")
{
    CHECK(split(u"  8\u00A0495\u00A0123-45-67 ") == list({u"8 495 123-45-67"}));
    CHECK(split(u"'89161234567") == list({u"89161234567"}));
    CHECK(split(u" +7 473 6701129 ") == list({u"+7 473 6701129"}));
}

TEST_CASE("Every spelling of the sample list is one number that normalises", "[import][phone]")
{
    // Phone cells as they appear in the cp1251 sample list.
    const QStringList cells
        = list({u"88468991880", u"8 473 845 95 03", u"8 (343) 816-62-49", u" +7 473 6701129 ", u"+73511596333",
                u"+7 (342) 301-32-04", u"8(846)369-47-64 доб. 682", u"7-843-489-7434"});
    const QStringList expected = list({u"+78468991880", u"+74738459503", u"+73438166249", u"+74736701129",
                                       u"+73511596333", u"+73423013204", u"+78463694764 ext 682", u"+78434897434"});
    for (qsizetype i = 0; i < cells.size(); ++i) {
        INFO(cells.at(i).toStdString());
        const QStringList parts = PhoneCellSplitter::split(cells.at(i));
        REQUIRE(parts.size() == 1);
        CHECK(normalised(parts) == QStringList{expected.at(i)});
    }
}
