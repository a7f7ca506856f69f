#include "import/TextEncoding.h"

#include <QFile>
#include <QStringDecoder>

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(VORONKA_FIXTURES "/csv-encodings/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string str(const QString &text)
{
    return text.toStdString();
}

} // namespace

TEST_CASE("TextEncoding takes a byte-order mark first", "[import][encoding]")
{
    const TextEncodingGuess utf8 = TextEncoding::detect(QByteArray("\xEF\xBB\xBF"
                                                                   "a;b\r\n"));
    CHECK(str(utf8.name) == "UTF-8");
    CHECK(utf8.bomLength == 3);
    CHECK(str(utf8.reason) == "BOM");

    const TextEncodingGuess le = TextEncoding::detect(QByteArray("\xFF\xFE"
                                                                 "a\0;\0",
                                                                 6));
    CHECK(str(le.name) == "UTF-16LE");
    CHECK(le.bomLength == 2);
    const TextEncodingGuess be = TextEncoding::detect(QByteArray("\xFE\xFF\0a\0;", 6));
    CHECK(str(be.name) == "UTF-16BE");
    CHECK(be.bomLength == 2);
    CHECK(str(be.reason) == "BOM");
}

TEST_CASE("TextEncoding finds every encoding of the Russian company list", "[import][encoding]")
{
    struct Case
    {
        const char *file;
        const char *name;
        int bomLength;
    };
    const Case cases[] = {
        {"companies.utf8.csv", "UTF-8", 0},
        {"companies.utf8-bom.csv", "UTF-8", 3},
        {"companies.utf16le.tsv", "UTF-16LE", 2},
        {"companies.utf16be.tsv", "UTF-16BE", 2},
        {"companies.cp1251.csv", "windows-1251", 0},
        {"companies-plain.cp1251.csv", "windows-1251", 0},
        {"companies.koi8r.csv", "KOI8-R", 0},
        // uchardet 0.0.7 calls these KOI8-R and ISO-8859-7: upper-case names fool its models.
        {"caps.cp1251.csv", "windows-1251", 0},
        {"caps.koi8r.csv", "KOI8-R", 0},
        {"short.cp1251.csv", "windows-1251", 0},
        {"short.koi8r.csv", "KOI8-R", 0},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const TextEncodingGuess guess = TextEncoding::detect(fixture(c.file));
        CHECK(str(guess.name) == c.name);
        CHECK(guess.bomLength == c.bomLength);
    }
    // The report tells which of them uchardet got wrong.
    CHECK(str(TextEncoding::detect(fixture("caps.cp1251.csv")).reason) == "letter statistics");
    CHECK(str(TextEncoding::detect(fixture("companies.cp1251.csv")).reason) == "uchardet");
    CHECK(str(TextEncoding::detect(fixture("companies.utf8.csv")).reason) == "valid UTF-8");
}

TEST_CASE("TextEncoding finds Cyrillic encodings from a few words", "[import][encoding]")
{
    const QString text = QStringLiteral("ООО Ромашка;Москва\r\nИП Сидоров;Тула\r\n");
    QStringEncoder toKoi8("KOI8-R");
    QStringEncoder toCp1251("windows-1251");
    if (toKoi8.isValid() && toCp1251.isValid()) {
        CHECK(str(TextEncoding::detect(toCp1251.encode(text)).name) == "windows-1251");
        CHECK(str(TextEncoding::detect(toKoi8.encode(text)).name) == "KOI8-R");
    }
    // The same bytes written out, for Qt builds without ICU.
    CHECK(str(TextEncoding::detect(QByteArray("\xCE\xCE\xCE \xD0\xEE\xEC\xE0\xF8\xEA\xE0;\xCC\xEE\xF1\xEA\xE2\xE0\r\n"))
                  .name)
          == "windows-1251");
    CHECK(str(TextEncoding::detect(QByteArray("\xEF\xEF\xEF \xF2\xCF\xCD\xC1\xDB\xCB\xC1;\xED\xCF\xD3\xCB\xD7\xC1\r\n"))
                  .name)
          == "KOI8-R");
}

TEST_CASE("TextEncoding accepts UTF-8 cut inside a character", "[import][encoding]")
{
    QByteArray bytes = QStringLiteral("Компания;Город\nРомашка;Москва").toUtf8();
    bytes.chop(1); // the head of a file ends in the middle of «а»
    const TextEncodingGuess guess = TextEncoding::detect(bytes);
    CHECK(str(guess.name) == "UTF-8");
    CHECK(str(guess.reason) == "valid UTF-8");
    // A broken sequence inside the sample is not UTF-8.
    CHECK(str(TextEncoding::detect(QByteArray("\xD0\x20\xD0\x20\xCE\xCE\xCE")).name) != "UTF-8");
}

TEST_CASE("TextEncoding calls pure ASCII UTF-8", "[import][encoding]")
{
    const TextEncodingGuess guess = TextEncoding::detect(QByteArray("Name;Phone\r\nAcme;+7 495 123-45-67\r\n"));
    CHECK(str(guess.name) == "UTF-8");
    CHECK(guess.bomLength == 0);
    CHECK(str(guess.reason) == "ASCII");
    CHECK(str(TextEncoding::detect(QByteArray()).name) == "UTF-8");
}

TEST_CASE("TextEncoding recognises UTF-16 without a BOM", "[import][encoding]")
{
    const QString text = QStringLiteral("Name\tPhone\r\nAcme\t+7 495 123-45-67\r\n");
    const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be;
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    CHECK(str(TextEncoding::detect(le).name) == "UTF-16LE");
    CHECK(TextEncoding::detect(le).bomLength == 0);
    CHECK(str(TextEncoding::detect(be).name) == "UTF-16BE");
}

TEST_CASE("TextEncoding leaves Western European text to uchardet", "[import][encoding]")
{
    QByteArray bytes;
    for (int i = 0; i < 20; ++i)
        bytes += "M\xFCller GmbH;M\xFCnchen;Stra\xDF"
                 "e 5;Soci\xE9t\xE9 G\xE9n\xE9rale\r\n";
    const TextEncodingGuess guess = TextEncoding::detect(bytes);
    CHECK(str(guess.name) != "windows-1251");
    CHECK(str(guess.name) != "KOI8-R");
    CHECK(str(guess.reason) == "uchardet");
    TextEncoding::Decoder decoder(guess.name);
    REQUIRE(decoder.isValid());
    QString text;
    decoder.appendTo(text, bytes.left(12));
    CHECK(str(text) == "Müller GmbH;");
}

TEST_CASE("TextEncoding canonicalName accepts what users type", "[import][encoding]")
{
    CHECK(TextEncoding::canonicalName(QStringLiteral("auto")) == QStringLiteral("auto"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("AUTO")) == QStringLiteral("auto"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("utf-8")) == QStringLiteral("UTF-8"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("UTF8")) == QStringLiteral("UTF-8"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("windows-1251")) == QStringLiteral("windows-1251"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("CP1251")) == QStringLiteral("windows-1251"));
    CHECK(TextEncoding::canonicalName(QStringLiteral(" cp1251 ")) == QStringLiteral("windows-1251"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("koi8-r")) == QStringLiteral("KOI8-R"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("KOI8R")) == QStringLiteral("KOI8-R"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("cp866")) == QStringLiteral("IBM866"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("utf-16")) == QStringLiteral("UTF-16"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("UTF-16be")) == QStringLiteral("UTF-16BE"));
    CHECK(TextEncoding::canonicalName(QStringLiteral("WINDOWS-1251")) == QStringLiteral("windows-1251")); // uchardet
    CHECK(TextEncoding::canonicalName(QStringLiteral("ASCII")) == QStringLiteral("UTF-8")); // uchardet
    CHECK_FALSE(TextEncoding::canonicalName(QStringLiteral("klingon")).has_value());
    CHECK_FALSE(TextEncoding::canonicalName(QString()).has_value());
}

TEST_CASE("TextEncoding canDecode knows what it can read", "[import][encoding]")
{
    for (const char *name :
         {"UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "windows-1251", "cp1251", "KOI8-R", "IBM866", "windows-1252"})
        CHECK(TextEncoding::canDecode(QLatin1String(name)));
    CHECK_FALSE(TextEncoding::canDecode(QStringLiteral("auto")));
    CHECK_FALSE(TextEncoding::canDecode(QStringLiteral("klingon")));
}

TEST_CASE("TextEncoding decoder joins characters split between calls", "[import][encoding]")
{
    const QString text = QStringLiteral("Ромашка 😀 «ё»");
    struct Case
    {
        const char *name;
        QByteArray bytes;
    };
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be;
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    const Case cases[] = {{"UTF-8", text.toUtf8()}, {"UTF-16LE", le}, {"UTF-16BE", be}};
    for (const Case &c : cases) {
        INFO(c.name);
        for (qsizetype piece = 1; piece <= 5; ++piece) {
            TextEncoding::Decoder decoder(QLatin1String(c.name));
            QString out;
            for (qsizetype i = 0; i < c.bytes.size(); i += piece)
                decoder.appendTo(out, QByteArrayView(c.bytes).sliced(i, qMin(piece, c.bytes.size() - i)));
            CHECK(str(out) == str(text));
        }
    }
}

TEST_CASE("TextEncoding built-in tables agree with the system converter", "[import][encoding]")
{
    // The tables exist for Qt builds without ICU; where ICU is there, it is the reference.
    for (const char *name : {"windows-1251", "KOI8-R", "IBM866", "windows-1252"}) {
        QStringDecoder reference(name);
        if (!reference.isValid())
            continue;
        INFO(name);
        for (int byte = 0x80; byte <= 0xFF; ++byte) {
            const QByteArray bytes(1, char(byte));
            TextEncoding::Decoder decoder{QLatin1String(name)};
            QString ours;
            decoder.appendTo(ours, bytes);
            REQUIRE(ours.size() == 1);
            if (ours.at(0).unicode() == 0xFFFD)
                continue; // unassigned; converters disagree on how to show it
            const QString theirs = reference.decode(bytes);
            INFO(byte);
            CHECK(ours == theirs);
        }
    }
    // Whole Russian words, against the known bytes.
    TextEncoding::Decoder cp1251(QStringLiteral("windows-1251"));
    QString text;
    cp1251.appendTo(text, QByteArray("\xD0\xEE\xEC\xE0\xF8\xEA\xE0 \xB9 \xAB\xB8\xBB"));
    CHECK(str(text) == "Ромашка № «ё»");
    TextEncoding::Decoder koi8(QStringLiteral("KOI8-R"));
    text.clear();
    koi8.appendTo(text, QByteArray("\xF2\xCF\xCD\xC1\xDB\xCB\xC1 \xA3"));
    CHECK(str(text) == "Ромашка ё");
}
