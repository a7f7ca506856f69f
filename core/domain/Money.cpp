#include "Money.h"

#include <QHash>
#include <QStringList>

namespace voronka {

namespace {
// How a person may write the currency beside the amount, longest first so "руб." goes before "р".
QStringList currencyMarkers(const QString &currency)
{
    QStringList markers{Money::symbol(currency), currency};
    if (currency == QLatin1String("RUB"))
        markers += {QStringLiteral("руб."), QStringLiteral("руб"), QStringLiteral("р."), QStringLiteral("р")};
    std::stable_sort(markers.begin(), markers.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return markers;
}

// Takes the currency off either end of the text, once.
QString withoutCurrency(QString text, const QString &currency)
{
    for (const QString &marker : currencyMarkers(currency)) {
        if (text.endsWith(marker, Qt::CaseInsensitive)) {
            text.chop(marker.size());
            return text.trimmed();
        }
        if (text.startsWith(marker, Qt::CaseInsensitive))
            return text.mid(marker.size()).trimmed();
    }
    return text;
}

bool isSpace(QChar c)
{
    // Ordinary, no-break, narrow no-break and thin spaces: what grouping uses in Russian text and Qt's locales.
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == QLatin1Char('\'');
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

QString Money::symbol(const QString &currency)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("RUB"), QStringLiteral("₽")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},   {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("CNY"), QStringLiteral("¥")},   {QStringLiteral("KZT"), QStringLiteral("₸")},
        {QStringLiteral("UAH"), QStringLiteral("₴")},   {QStringLiteral("BYN"), QStringLiteral("Br")},
    };
    return symbols.value(currency, currency);
}

QString Money::format(const QLocale &locale) const
{
    const bool negative = m_kopecks < 0;
    // Unsigned, so that even the most negative amount has a magnitude.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_kopecks) : quint64(m_kopecks);
    QString cents = locale.toString(int(magnitude % 100));
    if (magnitude % 100 < 10)
        cents.prepend(locale.zeroDigit());
    const QString number = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint() + cents;
    // Where the locale puts the symbol and the sign, learnt from its own writing of one unit; our number goes in
    // its place (QLocale's currency format of a double would lose kopecks on large amounts).
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), symbol(m_currency));
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0) // not expected from any locale; still write the amount
        return (negative ? locale.negativeSign() : QString()) + number + QChar(0x00A0) + symbol(m_currency);
    return pattern.replace(at, one.size(), number);
}

std::optional<Money> Money::parse(const QString &text, const QLocale &locale, const QString &currency)
{
    QString rest = text.trimmed();
    // Accounting brackets, as the American locale writes a negative amount: "(₽1,500.50)".
    bool negative = rest.size() > 2 && rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'));
    if (negative)
        rest = rest.mid(1, rest.size() - 2).trimmed();
    rest = withoutCurrency(rest, currency);
    if (!negative
        && (rest.startsWith(QLatin1Char('-')) || rest.startsWith(QChar(0x2212))
            || rest.startsWith(locale.negativeSign()))) {
        negative = true;
        rest = withoutCurrency(rest.mid(1).trimmed(), currency);
    }
    QString digits;
    for (const QChar c : std::as_const(rest)) {
        if (!isSpace(c))
            digits.append(c);
    }
    if (digits.isEmpty())
        return std::nullopt;

    // Which of ',' and '.' separates the kopecks: the last one when both appear; one that appears once unless
    // exactly three digits follow it and the locale does not use it for decimals ("1,500" in English is 1500;
    // in Russian it has three decimals and is refused); one that appears more than once groups thousands.
    const qsizetype lastComma = digits.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = digits.lastIndexOf(QLatin1Char('.'));
    qsizetype decimalAt = -1;
    if (lastComma >= 0 && lastDot >= 0) {
        decimalAt = std::max(lastComma, lastDot);
    } else if (lastComma >= 0 || lastDot >= 0) {
        const QChar separator = lastComma >= 0 ? QLatin1Char(',') : QLatin1Char('.');
        const qsizetype at = std::max(lastComma, lastDot);
        const bool once = digits.count(separator) == 1;
        const bool threeAfter = digits.size() - at - 1 == 3;
        if (once && (!threeAfter || locale.decimalPoint() == QString(separator)))
            decimalAt = at;
    }
    QString whole = decimalAt >= 0 ? digits.left(decimalAt) : digits;
    const QString fraction = decimalAt >= 0 ? digits.mid(decimalAt + 1) : QString();
    whole.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
    if (!allDigits(whole) || !allDigits(fraction) || fraction.size() > 2 || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    // Sixteen digits of roubles still fit in qint64 kopecks.
    if (whole.size() > 16)
        return std::nullopt;
    qint64 kopecks = (whole.isEmpty() ? 0 : whole.toLongLong()) * 100;
    if (!fraction.isEmpty())
        kopecks += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return Money(negative ? -kopecks : kopecks, currency);
}

} // namespace voronka
