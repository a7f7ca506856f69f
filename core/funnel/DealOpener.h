#pragma once

#include "domain/CompanyFunnelState.h"
#include "domain/Deal.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace voronka {

struct NewDeal
{
    QString title;
    qint64 amountKopecks = 0; // 0: not agreed yet; never negative
    qint64 marginKopecks = 0; // never negative, never above the amount
    QString currency = QStringLiteral("RUB"); // ISO 4217 code
    DealStep step = DealStep::Needs; // a deal opens at needs or, after a meeting, at presentation
    qint64 ownerId = 0; // the closer who carries it; 0: the user opening it
    QString comment;
};

struct OpenedDeal
{
    qint64 dealId = 0;
    qint64 dealVersion = 0;
    qint64 companyVersion = 0;
};

// Opens a deal for a company. A company at meeting (or in reactivation) moves to deal through StageMover; a
// company already at deal or a client (a repeat sale) keeps its stage; any other stage is refused by the
// stage table. The deal's first step is a stage_history row (from nothing) with a deal_step activity.
class DealOpener
{
    Q_DECLARE_TR_FUNCTIONS(DealOpener)

public:
    explicit DealOpener(DataContext context);

    // The steps a new deal may start at, in order.
    static QList<DealStep> firstSteps();
    // Why no deal can be opened for a company at this stage, in words for the user; empty when one can.
    static QString stageRefusal(CompanyStage stage);

    // Checks what needs no lock: title, amounts, currency, first step, owner. Throws FunnelError.
    void validate(const NewDeal &deal) const;
    // Opens the deal in one transaction for the company read at expectedVersion. Throws FunnelError, or
    // StorageError StaleVersion / NotFound; nothing is written then.
    OpenedDeal open(qint64 companyId, qint64 expectedVersion, const NewDeal &deal);
    // For operations that open a deal as part of a larger change (a meeting held), inside their transaction:
    // creates the deal (validate first) and moves state to deal when needed; the caller saves state.
    Deal openFor(CompanyFunnelState &state, const NewDeal &deal);

private:
    // A repeat sale (or a second deal in progress) leaves the company where it is.
    static bool keepsStage(CompanyStage stage);

    DataContext m_context;
};

} // namespace voronka
