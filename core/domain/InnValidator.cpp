#include "InnValidator.h"

#include <array>

namespace voronka {

namespace {

int digitAt(const QString &digits, int index)
{
    return digits.at(index).unicode() - u'0';
}

// The check digit over the first weights.size() digits: weighted sum mod 11, then mod 10.
template<std::size_t N>
int checkDigit(const QString &digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += weights[i] * digitAt(digits, static_cast<int>(i));
    return sum % 11 % 10;
}

constexpr std::array<int, 9> weights10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
constexpr std::array<int, 10> weights12First = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
constexpr std::array<int, 11> weights12Second = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

} // namespace

QString InnValidator::digits(const QString &inn)
{
    QString out;
    out.reserve(12);
    for (const QChar c : inn) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

QString InnValidator::legalEntityWithCheckDigit(const QString &nineDigits)
{
    if (nineDigits.size() != 9 || digits(nineDigits) != nineDigits)
        return {};
    return nineDigits + QChar(u'0' + checkDigit(nineDigits, weights10));
}

bool InnValidator::isValid(const QString &inn)
{
    QString d;
    d.reserve(12);
    for (const QChar c : inn) {
        if (c >= u'0' && c <= u'9')
            d.append(c);
        else if (!c.isSpace())
            return false;
    }
    if (d.startsWith(QLatin1String("00")))
        return false;
    if (d.size() == 10)
        return checkDigit(d, weights10) == digitAt(d, 9);
    if (d.size() == 12)
        return checkDigit(d, weights12First) == digitAt(d, 10) && checkDigit(d, weights12Second) == digitAt(d, 11);
    return false;
}

} // namespace voronka
