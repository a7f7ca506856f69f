#include "PlanEditor.h"

#include "PlanMetrics.h"
#include "ReportError.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QDate>

namespace voronka {

PlanEditor::PlanEditor(DataContext context)
    : m_context(context)
{
}

void PlanEditor::requireHead() const
{
    // On a base without sign-in everybody is the head, as for every other setting.
    if (!m_context.db.viewer().seesEverything())
        throw ReportError(ReportError::Kind::NotAllowed, tr("Only the head of sales sets plans."));
}

void PlanEditor::check(const QString &metric, qint64 target) const
{
    if (!PlanMetrics::isKnown(metric))
        throw ReportError(ReportError::Kind::BadInput, tr("Unknown plan figure \"%1\".").arg(metric));
    if (target < 0)
        throw ReportError(ReportError::Kind::BadInput,
                          tr("A plan cannot be below zero (%1: %2).").arg(PlanMetrics::title(metric)).arg(target));
}

void PlanEditor::setPlans(const QList<PlanTarget> &targets)
{
    requireHead();
    const UserRepository users(m_context);
    for (const PlanTarget &target : targets) {
        check(target.metric, target.target);
        const QDate month = QDate::fromString(target.month + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid() || target.month.size() != 7)
            throw ReportError(ReportError::Kind::BadInput,
                              tr("A plan's month is written YYYY-MM, not \"%1\".").arg(target.month));
        if (!users.find(target.userId))
            throw ReportError(ReportError::Kind::BadInput, tr("There is no person %1.").arg(target.userId));
    }
    WriteTransaction transaction(m_context.db);
    PlanRepository(m_context).setPlans(targets);
    transaction.commit();
}

void PlanEditor::setNorm(UserRole role, const QString &metric, qint64 monthly)
{
    requireHead();
    check(metric, monthly);
    WriteTransaction transaction(m_context.db);
    PlanRepository(m_context).setNorm(role, metric, monthly);
    transaction.commit();
}

} // namespace voronka
