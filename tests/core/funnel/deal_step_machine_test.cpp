#include "funnel/DealStepMachine.h"
#include "support/CatchQt.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("The deal step table follows the seven steps of a sale", "[funnel][deal-machine]")
{
    using D = DealStep;
    const QList<D> path{D::Needs, D::Presentation, D::OfferSent, D::Objections, D::Contract, D::InvoiceIssued, D::Paid};
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        CAPTURE(dealStepKey(path.at(i)));
        CHECK(DealStepMachine::isAllowed(path.at(i), path.at(i + 1)));
    }
    for (D step : path.mid(0, path.size() - 1)) {
        CAPTURE(dealStepKey(step));
        CHECK(DealStepMachine::isAllowed(step, D::Lost));
    }
    CHECK(DealStepMachine::isAllowed(D::Objections, D::OfferSent)); // a revised offer
}

TEST_CASE("Forbidden deal moves are refused with a reason", "[funnel][deal-machine][bad-input]")
{
    using D = DealStep;
    CHECK_FALSE(DealStepMachine::isAllowed(D::Needs, D::InvoiceIssued));
    CHECK_FALSE(DealStepMachine::isAllowed(D::OfferSent, D::Paid));
    CHECK(DealStepMachine::refusal(D::Needs, D::Paid)
          == QStringLiteral("A deal cannot go from \"Needs\" to \"Paid\"; from \"Needs\" it can go to: Presentation, "
                            "Offer sent, Lost."));
    CHECK(DealStepMachine::allowedFrom(D::Paid).isEmpty());
    CHECK(DealStepMachine::allowedFrom(D::Lost).isEmpty());
    CHECK(DealStepMachine::refusal(D::Paid, D::Needs)
          == QStringLiteral("The deal is closed (\"Paid\"); start a new deal instead."));
    CHECK(DealStepMachine::refusal(D::Contract, D::Contract)
          == QStringLiteral("The deal is already at the step \"Contract\"."));
}
