#pragma once

#include <QList>

namespace voronka {

// Deals items out to people by weight, interleaved rather than in blocks (so that nobody gets all the companies of
// one town or one page of the list): smooth weighted round robin. With weights 2 and 1 the order is A B A A B A ...;
// after any number of items each person's count is within one of their exact share.
class WeightedRoundRobin
{
public:
    // Weights must be positive (TeamError BadInput otherwise); equal weights deal evenly.
    explicit WeightedRoundRobin(QList<int> weights);

    // The index of the person who gets the next item.
    int next();
    // How many of `items` each person gets, in the order next() would deal them.
    static QList<qint64> shares(qint64 items, const QList<int> &weights);

private:
    QList<int> m_weights;
    QList<qint64> m_current;
    qint64 m_total = 0;
};

} // namespace voronka
