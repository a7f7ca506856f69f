#include "MoneySpinBox.h"

#include "domain/Money.h"

#include <cmath>

namespace voronka {

namespace {
// A hundred billion in a currency's units: more than any deal, still exact to the kopeck in a double.
constexpr double LargestAmount = 100'000'000'000.0;
} // namespace

MoneySpinBox::MoneySpinBox(const QString &objectName, QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setObjectName(objectName);
    setDecimals(2);
    setRange(0, LargestAmount);
    setGroupSeparatorShown(true);
    setAlignment(Qt::AlignRight);
}

qint64 MoneySpinBox::kopecks() const
{
    return std::llround(value() * 100);
}

void MoneySpinBox::setKopecks(qint64 kopecks)
{
    setValue(double(kopecks) / 100);
}

void MoneySpinBox::setCurrency(const QString &currency)
{
    m_currency = currency;
    setSuffix(currency == QStringLiteral("RUB") ? tr(" ₽") : QLatin1Char(' ') + currency);
}

QValidator::State MoneySpinBox::validate(QString &text, int &position) const
{
    const QValidator::State own = QDoubleSpinBox::validate(text, position);
    if (own == QValidator::Acceptable)
        return own;
    // The spin box knows only the locale's own separators; a point in Russian, a space typed between thousands
    // or the sign typed by hand are still an amount.
    const auto money = Money::parse(text, locale(), m_currency);
    if (money && money->kopecks() >= 0 && double(money->kopecks()) / 100 <= maximum())
        return QValidator::Acceptable;
    return own;
}

double MoneySpinBox::valueFromText(const QString &text) const
{
    if (const auto money = Money::parse(text, locale(), m_currency))
        return double(money->kopecks()) / 100;
    return QDoubleSpinBox::valueFromText(text);
}

} // namespace voronka
