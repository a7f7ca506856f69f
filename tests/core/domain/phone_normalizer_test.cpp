#include "domain/PhoneNormalizer.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Russian spellings of one number give one E.164", "[domain][phone]")
{
    const PhoneNormalizer normalizer;
    const QString expected = QStringLiteral("+74951234567");
    for (const char16_t *raw :
         {u"8 (495) 123-45-67", u"+7 495 123 45 67", u"7-495-123-45-67", u"(495) 1234567", u"84951234567"}) {
        INFO(QString::fromUtf16(raw).toStdString());
        CHECK(normalizer.normalize(QString::fromUtf16(raw)).e164 == expected);
    }
}

TEST_CASE("An extension is kept apart from the number", "[domain][phone]")
{
    const NormalizedPhone phone = PhoneNormalizer().normalize(QStringLiteral("8 (495) 123-45-67 доб. 123"));
    CHECK(phone.e164 == QStringLiteral("+74951234567"));
    CHECK(phone.extension == QStringLiteral("123"));
}

TEST_CASE("Numbers that are not phones come back empty", "[domain][phone]")
{
    const PhoneNormalizer normalizer;
    CHECK(normalizer.normalize(QStringLiteral("123")).e164.isEmpty());
    CHECK(normalizer.normalize(QStringLiteral("звонить секретарю")).e164.isEmpty());
    CHECK(normalizer.normalize(QString()).e164.isEmpty());
}

TEST_CASE("The default region decides how a national number is read", "[domain][phone]")
{
    CHECK(PhoneNormalizer(QStringLiteral("DE")).normalize(QStringLiteral("030 1234567")).e164
          == QStringLiteral("+49301234567"));
    CHECK(PhoneNormalizer::formatInternational(QStringLiteral("+74951234567")) == QStringLiteral("+7 495 123-45-67"));
}

TEST_CASE("Extension words libphonenumber does not know are read as доб.", "[domain][phone]")
{
    const PhoneNormalizer normalizer;
    for (const char16_t *raw :
         {u"8 (495) 123-45-67 вн. 123", u"8 (495) 123-45-67 внутр. 123", u"8 (495) 123-45-67 внутренний 123",
          u"8 (495) 123-45-67 добавочный 123", u"8 (495) 123-45-67 доп. 123", u"+7 495 1234567, Вн.123",
          u"84951234567 ДОП 123", u"8 (495) 123-45-67 доб. 123"}) {
        INFO(QString::fromUtf16(raw).toStdString());
        const NormalizedPhone phone = normalizer.normalize(QString::fromUtf16(raw));
        CHECK(phone.e164 == QStringLiteral("+74951234567"));
        CHECK(phone.extension == QStringLiteral("123"));
    }
    // Only whole words: a street or a name that starts like one is not an extension.
    CHECK(PhoneNormalizer::prepared(QStringLiteral("8 495 123-45-67 Внуково"))
          == QStringLiteral("8 495 123-45-67 Внуково"));
    CHECK(PhoneNormalizer::prepared(QStringLiteral("8 495 123-45-67 вн 5"))
          == QStringLiteral("8 495 123-45-67 доб. 5"));
}

TEST_CASE("A trailing note in brackets does not spoil the number", "[domain][phone]")
{
    const PhoneNormalizer normalizer;
    CHECK(normalizer.normalize(QStringLiteral("8 (916) 123-45-67 (моб.)")).e164 == QStringLiteral("+79161234567"));
    CHECK(normalizer.normalize(QStringLiteral("+7 495 123-45-67 (секретарь) (офис)")).e164
          == QStringLiteral("+74951234567"));
    const NormalizedPhone withExtension = normalizer.normalize(QStringLiteral("8 495 123-45-67 доб. 12 (Ирина)"));
    CHECK(withExtension.e164 == QStringLiteral("+74951234567"));
    CHECK(withExtension.extension == QStringLiteral("12"));
    // Brackets with digits are part of the number, and a note alone is no number.
    CHECK(PhoneNormalizer::prepared(QStringLiteral("8 (495) 1234567")) == QStringLiteral("8 (495) 1234567"));
    CHECK(normalizer.normalize(QStringLiteral("(моб.)")).e164.isEmpty());
    CHECK(normalizer.normalize(QStringLiteral("123-45 (моб.)")).e164.isEmpty());
}

TEST_CASE("The fast reading of Russian numbers gives exactly what libphonenumber gives", "[domain][phone]")
{
    // Every ten-digit range that starts with 3, 4, 8 or 9 (the fast reading's), plus Kazakhstan's 7 and 6 and
    // junk prefixes that must fall through to the parser, in every spelling the reading accepts and some it must
    // not. Deterministic, so a failure can be reproduced.
    const PhoneNormalizer normalizer;
    quint64 state = 2026;
    const auto random = [&state](int below) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return int((state >> 33) % quint64(below));
    };
    const auto digits = [&random](int count) {
        QString out;
        for (int i = 0; i < count; ++i)
            out.append(QChar(u'0' + random(10)));
        return out;
    };
    int fast = 0;
    int compared = 0;
    for (int head = 0; head < 1000; ++head) {
        for (int sample = 0; sample < 3; ++sample) {
            const QString n = QStringLiteral("%1").arg(head, 3, 10, QLatin1Char('0')) + digits(7);
            const QString a = n.left(3), b = n.mid(3, 3), c = n.mid(6, 2), d = n.mid(8, 2);
            const QString extension = QString::number(1 + random(99999));
            const QStringList spellings = {
                QStringLiteral("8 (%1) %2-%3-%4").arg(a, b, c, d),
                QStringLiteral("+7 %1 %2-%3-%4").arg(a, b, c, d),
                QStringLiteral("7-%1-%2-%3%4").arg(a, b, c, d),
                QStringLiteral("8") + n,
                QStringLiteral("7") + n,
                QStringLiteral("+7") + n,
                n,
                QStringLiteral("(%1) %2 %3 %4").arg(a, b, c, d),
                QStringLiteral("8(%1)%2-%3-%4 доб. %5").arg(a, b, c, d, extension),
                QStringLiteral("+7 %1 %2%3%4, доб.%5").arg(a, b, c, d, extension),
                QStringLiteral("%1%2доб%3").arg(n, QString(), extension),
                QStringLiteral("8 %1 %2 %3 %4 вн. %5").arg(a, b, c, d, extension),
                QStringLiteral("+8 %1 %2 %3 %4").arg(a, b, c, d),
                QStringLiteral("+7 (%1) %2-%3-%4-").arg(a, b, c, d),
                QStringLiteral("8 8%1%2").arg(a, b),
                QStringLiteral("8 10 %1").arg(n),
                QStringLiteral("%1 доб. ").arg(n),
            };
            for (const QString &raw : spellings) {
                INFO(raw.toStdString());
                const NormalizedPhone ours = normalizer.normalize(raw);
                const NormalizedPhone reference = normalizer.normalizeWithParser(raw);
                CHECK(ours.e164 == reference.e164);
                CHECK(ours.extension == reference.extension);
                fast += ours.e164.isEmpty() ? 0 : 1;
                ++compared;
            }
        }
    }
    // Not vacuous: most of the samples are valid numbers.
    CHECK(compared == 1000 * 3 * 17);
    CHECK(fast > compared / 10);
}
