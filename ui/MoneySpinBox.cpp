#include "MoneySpinBox.h"

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
    setSuffix(currency == QStringLiteral("RUB") ? tr(" ₽") : QLatin1Char(' ') + currency);
}

} // namespace voronka
