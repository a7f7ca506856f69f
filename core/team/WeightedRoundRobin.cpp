#include "WeightedRoundRobin.h"

#include "TeamError.h"

#include <QCoreApplication>

namespace voronka {

WeightedRoundRobin::WeightedRoundRobin(QList<int> weights)
    : m_weights(std::move(weights))
    , m_current(m_weights.size(), 0)
{
    if (m_weights.isEmpty())
        throw TeamError(TeamError::Kind::BadInput,
                        QCoreApplication::translate("WeightedRoundRobin", "Nobody to give the companies to."));
    for (const int weight : std::as_const(m_weights)) {
        if (weight <= 0)
            throw TeamError(
                TeamError::Kind::BadInput,
                QCoreApplication::translate("WeightedRoundRobin", "Weights must be positive whole numbers."));
        m_total += weight;
    }
}

int WeightedRoundRobin::next()
{
    int best = 0;
    for (int i = 0; i < m_weights.size(); ++i) {
        m_current[i] += m_weights.at(i);
        if (m_current.at(i) > m_current.at(best))
            best = i;
    }
    m_current[best] -= m_total;
    return best;
}

QList<qint64> WeightedRoundRobin::shares(qint64 items, const QList<int> &weights)
{
    WeightedRoundRobin dealer(weights);
    QList<qint64> counts(weights.size(), 0);
    // One cycle deals exactly `total` items by weight; only the remainder needs dealing one by one.
    const qint64 cycles = items / dealer.m_total;
    for (int i = 0; i < weights.size(); ++i)
        counts[i] = cycles * weights.at(i);
    for (qint64 i = 0; i < items % dealer.m_total; ++i)
        ++counts[dealer.next()];
    return counts;
}

} // namespace voronka
