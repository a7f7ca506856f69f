#include "domain/PhoneNormalizer.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Russian spellings of one number give one E.164", "[domain][phone]")
{
    const PhoneNormalizer normalizer;
    const QString expected = QStringLiteral("+74951234567");
    for (const char16_t *raw : {u"8 (495) 123-45-67", u"+7 495 123 45 67", u"7-495-123-45-67", u"(495) 1234567",
                                u"84951234567"}) {
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
