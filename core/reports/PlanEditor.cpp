#include "PlanEditor.h"

#include "PlanMetrics.h"
#include "ReportError.h"
#include "domain/Money.h"
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
    setNorms({{role, metric, monthly}});
}

void PlanEditor::checkNorms(const QList<RoleNorm> &norms) const
{
    requireHead();
    for (const RoleNorm &norm : norms) {
        if (norm.role == UserRole::Head)
            throw ReportError(ReportError::Kind::BadInput, tr("The head of sales has no norm."));
        check(norm.metric, norm.monthly);
    }
}

void PlanEditor::setNorms(const QList<RoleNorm> &norms)
{
    checkNorms(norms);
    WriteTransaction transaction(m_context.db);
    PlanRepository repository(m_context);
    for (const RoleNorm &norm : norms)
        repository.setNorm(norm.role, norm.metric, norm.monthly);
    transaction.commit();
}

QList<RoleNorm> PlanEditor::norms() const
{
    const PlanRepository repository(m_context);
    QList<RoleNorm> norms;
    for (const UserRole role : allUserRoles()) {
        if (role == UserRole::Head)
            continue;
        const QHash<QString, qint64> ofRole = repository.norms(role);
        for (const QString &metric : PlanMetrics::all()) {
            if (ofRole.contains(metric))
                norms.append({role, metric, ofRole.value(metric)});
        }
    }
    return norms;
}

QString PlanEditor::targetText(const QString &metric, qint64 target, const QLocale &locale)
{
    return PlanMetrics::isMoney(metric) ? Money(target).format(locale) : locale.toString(target);
}

std::optional<qint64> PlanEditor::parseTarget(const QString &metric, const QString &text, const QLocale &locale)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    if (PlanMetrics::isMoney(metric)) {
        const std::optional<Money> money = Money::parse(typed, locale);
        return money ? std::optional<qint64>(money->kopecks()) : std::nullopt;
    }
    bool number = false;
    qint64 count = locale.toLongLong(typed, &number);
    if (!number) // typed with the C locale's digits, or with spaces for thousands
        count = QLocale::c().toLongLong(QString(typed).remove(QLatin1Char(' ')).remove(QChar(0x00a0)), &number);
    return number ? std::optional<qint64>(count) : std::nullopt;
}

} // namespace voronka
