#include "team/TeamError.h"
#include "team/WeightedRoundRobin.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Weighted round robin: interleaves by weight and matches its shares", "[team][assign]")
{
    WeightedRoundRobin dealer({2, 1});
    QList<int> order;
    for (int i = 0; i < 6; ++i)
        order.append(dealer.next());
    CHECK(order == QList<int>{0, 1, 0, 0, 1, 0});

    // Any number of items: each gets its share within one, and shares() says exactly what dealing gives.
    for (const qint64 items : {0, 1, 7, 100, 1001}) {
        const QList<int> weights{3, 1, 2};
        WeightedRoundRobin counting(weights);
        QList<qint64> dealt(3, 0);
        for (qint64 i = 0; i < items; ++i)
            ++dealt[counting.next()];
        CHECK(WeightedRoundRobin::shares(items, weights) == dealt);
        for (int person = 0; person < 3; ++person)
            CHECK(std::abs(double(dealt.at(person)) - double(items) * weights.at(person) / 6.0) < 1.0);
    }
    CHECK(WeightedRoundRobin::shares(10, {1, 1, 1}) == QList<qint64>{4, 3, 3});
}

TEST_CASE("Weighted round robin: refuses nobody and weights that are not positive", "[team][assign]")
{
    CHECK_THROWS_AS(WeightedRoundRobin(QList<int>{}), TeamError);
    CHECK_THROWS_AS(WeightedRoundRobin(QList<int>{2, 0}), TeamError);
    CHECK_THROWS_AS(WeightedRoundRobin(QList<int>{-1}), TeamError);
}
