#pragma once

#include "DataContext.h"
#include "domain/DealStep.h"

#include <QList>
#include <QString>

namespace voronka {

// A deal as the pipeline board shows it: with its company's name, its owner's name and what is paid on it.
struct PipelineDeal
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString companyName;
    qint64 ownerId = 0; // 0: nobody
    QString ownerName;
    QString title;
    DealStep step = DealStep::Needs;
    qint64 amountKopecks = 0;
    QString currency;
    QString invoiceNumber; // empty until an invoice is issued
    qint64 paidKopecks = 0; // recorded payments against the deal
    qint64 version = 0;
};

// One column of the board: the deals at one step, newest change first, with their count and amount sum.
struct PipelineColumn
{
    DealStep step = DealStep::Needs;
    QList<PipelineDeal> deals;
    qint64 amountKopecks = 0;
};

// Reads the deals of the pipeline board. Read-only; the query is drained at once.
class PipelineQuery
{
public:
    explicit PipelineQuery(DataContext context);

    // One column per deal step, in step order (every step, empty ones too); ownerId 0: every owner; region empty:
    // every region (the company's).
    QList<PipelineColumn> columns(qint64 ownerId = 0, const QString &region = QString()) const;

private:
    DataContext m_context;
};

} // namespace voronka
