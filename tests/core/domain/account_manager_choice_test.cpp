#include "domain/AccountManagerChoice.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("A new client goes to the account manager with the fewest clients, the lowest id among equals",
          "[domain][handover]")
{
    CHECK(leastLoadedAccountManager({}) == std::nullopt);
    CHECK(leastLoadedAccountManager({{7, 40}}) == 7);
    CHECK(leastLoadedAccountManager({{3, 12}, {5, 4}, {9, 30}}) == 5);
    // Equal loads: the lowest id, in whatever order the loads come.
    CHECK(leastLoadedAccountManager({{9, 4}, {5, 4}, {3, 12}}) == 5);
    CHECK(leastLoadedAccountManager({{5, 4}, {9, 4}}) == 5);
    // Nobody's clients yet counts as the lightest load.
    CHECK(leastLoadedAccountManager({{2, 1}, {11, 0}}) == 11);
}
