#include "DealStep.h"

#include "domain/EnumNames.h"

namespace voronka {

namespace {
// One table row per line, as in domain/CompanyStage.cpp.
// clang-format off
constexpr EnumNames<DealStep, 8> stepNames("DealStep",
    {{
        {DealStep::Needs, "needs", QT_TRANSLATE_NOOP("DealStep", "Needs")},
        {DealStep::Presentation, "presentation", QT_TRANSLATE_NOOP("DealStep", "Presentation")},
        {DealStep::OfferSent, "offer_sent", QT_TRANSLATE_NOOP("DealStep", "Offer sent")},
        {DealStep::Objections, "objections", QT_TRANSLATE_NOOP("DealStep", "Objections")},
        {DealStep::Contract, "contract", QT_TRANSLATE_NOOP("DealStep", "Contract")},
        {DealStep::InvoiceIssued, "invoice_issued", QT_TRANSLATE_NOOP("DealStep", "Invoice issued")},
        {DealStep::Paid, "paid", QT_TRANSLATE_NOOP("DealStep", "Paid")},
        {DealStep::Lost, "lost", QT_TRANSLATE_NOOP("DealStep", "Lost")},
    }});
// clang-format on
} // namespace

// clang-format off
QList<DealStep> allDealSteps() { return stepNames.all(); }
QString dealStepKey(DealStep step) { return stepNames.key(step); }
std::optional<DealStep> dealStepFromKey(const QString &key) { return stepNames.fromKey(key); }
QString dealStepTitle(DealStep step) { return stepNames.title(step); }
// clang-format on

} // namespace voronka
