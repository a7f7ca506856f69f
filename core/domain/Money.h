#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace voronka {

// An amount of money: integer kopecks (hundredths of the currency's unit, exact at any size a business meets) and
// the currency's ISO 4217 code. The one way money is written for people and read back from what they type.
class Money
{
public:
    Money() = default;
    explicit Money(qint64 kopecks, QString currency = QStringLiteral("RUB"))
        : m_kopecks(kopecks)
        , m_currency(std::move(currency))
    {
    }

    qint64 kopecks() const { return m_kopecks; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_kopecks == 0; }

    // The amount as the locale writes money: its digits, grouping and decimal separator, always two decimals, and
    // the currency's symbol where the locale puts it: "200 000,00 ₽" (ru_RU), "₽200,000.00" (en_US),
    // "-1 500,50 ₽", "(₽1,500.50)" (a negative amount in en_US). A currency without a known symbol is written by
    // its code.
    QString format(const QLocale &locale) const;

    // What a user types for an amount: "1 500,50", "1500.5", "1 500 ₽", "1,500.50", "-200 руб.", with the
    // locale's separators or the common others; the currency's symbol or code may follow or lead. Empty when the
    // text is not an amount, has more than two decimals, or is too large to hold.
    static std::optional<Money> parse(const QString &text, const QLocale &locale,
                                      const QString &currency = QStringLiteral("RUB"));

    // "₽" for RUB, "$" for USD…; the code itself for a currency without a well-known sign.
    static QString symbol(const QString &currency);

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_kopecks = 0;
    QString m_currency = QStringLiteral("RUB");
};

} // namespace voronka
