#include "PayRates.h"

#include "domain/Money.h"

#include <array>

namespace voronka {

namespace {

struct Rate
{
    const char *key;
    const char *title;
    bool percent;
};

constexpr std::array<Rate, 10> rates{{
    {"collector_per_confirmed_contact", QT_TRANSLATE_NOOP("PayRates", "Collector: per confirmed contact"), false},
    {"caller_per_meeting_held", QT_TRANSLATE_NOOP("PayRates", "Caller: per meeting held"), false},
    {"caller_team_bonus", QT_TRANSLATE_NOOP("PayRates", "Caller: bonus when the department's plan is met"), false},
    {"closer_fixed", QT_TRANSLATE_NOOP("PayRates", "Closer: fixed part"), false},
    {"closer_new_clients_margin_percent",
     QT_TRANSLATE_NOOP("PayRates", "Closer: % of the margin of new clients' payments"), true},
    {"closer_plan_bonus", QT_TRANSLATE_NOOP("PayRates", "Closer: bonus for the personal plan"), false},
    {"closer_earlier_clients_percent", QT_TRANSLATE_NOOP("PayRates", "Closer: % of earlier clients' payments"), true},
    {"account_manager_fixed", QT_TRANSLATE_NOOP("PayRates", "Account manager: fixed part"), false},
    {"account_manager_bonus_percent", QT_TRANSLATE_NOOP("PayRates", "Account managers: % of payments above break-even"),
     true},
    {"client_department_breakeven", QT_TRANSLATE_NOOP("PayRates", "Client department: break-even a month"), false},
}};

const Rate *find(const QString &key)
{
    for (const Rate &rate : rates) {
        if (key == QLatin1String(rate.key))
            return &rate;
    }
    return nullptr;
}

} // namespace

PayRates::PayRates(QList<StoredPayRate> history)
    : m_history(std::move(history))
{
}

QStringList PayRates::keys()
{
    QStringList keys;
    for (const Rate &rate : rates)
        keys.append(QString::fromLatin1(rate.key));
    return keys;
}

bool PayRates::isKnown(const QString &key)
{
    return find(key) != nullptr;
}

QString PayRates::title(const QString &key)
{
    const Rate *rate = find(key);
    return rate ? tr(rate->title) : key;
}

bool PayRates::isPercent(const QString &key)
{
    const Rate *rate = find(key);
    return rate && rate->percent;
}

QString PayRates::text(const QString &key, qint64 value, const QLocale &locale)
{
    if (!isPercent(key))
        return Money(value).format(locale);
    // Hundredths of a percent: as many decimals as it has, none for a whole percent.
    const int decimals = value % 100 == 0 ? 0 : value % 10 == 0 ? 1 : 2;
    return QStringLiteral("%1 %").arg(locale.toString(double(value) / 100.0, 'f', decimals));
}

std::optional<qint64> PayRates::parse(const QString &key, const QString &text, const QLocale &locale)
{
    QString typed = text.trimmed();
    if (isPercent(key)) {
        if (typed.endsWith(QLatin1Char('%')))
            typed = typed.chopped(1).trimmed();
        // A percentage has no currency: only digits, signs and separators.
        for (const QChar c : typed) {
            if (!c.isDigit() && !c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char(','))
                return std::nullopt;
        }
    }
    if (typed.isEmpty())
        return std::nullopt;
    // Two decimals at most either way: kopecks, or hundredths of a percent.
    const std::optional<Money> money = Money::parse(typed, locale);
    if (!money)
        return std::nullopt;
    return money->kopecks();
}

qint64 PayRates::at(const QString &key, const QDateTime &time) const
{
    qint64 value = 0;
    for (const StoredPayRate &stored : m_history) {
        if (stored.rate == key && stored.validFrom <= time)
            value = stored.value;
    }
    return value;
}

QList<PayRates::Piece> PayRates::pieces(const QString &key, const QDateTime &start, const QDateTime &end) const
{
    QList<Piece> pieces{{start, end, at(key, start)}};
    for (const StoredPayRate &stored : m_history) {
        if (stored.rate != key || stored.validFrom <= start || stored.validFrom >= end)
            continue;
        pieces.last().end = stored.validFrom;
        pieces.append({stored.validFrom, end, stored.value});
    }
    return pieces;
}

} // namespace voronka
