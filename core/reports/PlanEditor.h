#pragma once

#include "storage/DataContext.h"
#include "storage/PlanRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace voronka {

// One role's monthly norm of one figure.
struct RoleNorm
{
    UserRole role = UserRole::Collector;
    QString metric; // a PlanMetrics key
    qint64 monthly = 0; // kopecks for money (PlanMetrics::isMoney), a count otherwise

    bool operator==(const RoleNorm &) const = default;
};

// The head's changes to plans: a person's targets for a month (by hand, or the funnel calculator's result for next
// month) and a role's norm. Each checks everything first and writes in one transaction; a refusal throws ReportError
// (NotAllowed for anyone but the head on a base with sign-in, BadInput for an unknown metric, a negative target, a
// month that is not YYYY-MM or a person who does not exist) and writes nothing.
class PlanEditor
{
    Q_DECLARE_TR_FUNCTIONS(PlanEditor)

public:
    explicit PlanEditor(DataContext context);

    void setPlans(const QList<PlanTarget> &targets);
    void setNorm(UserRole role, const QString &metric, qint64 monthly);
    // Several norms at once: all checked first, then written in one transaction (nothing on a refusal). Norms have no
    // dates: a new one is the plan of every month without a plan of its own, past and closed months included.
    void setNorms(const QList<RoleNorm> &norms);
    // What setNorms refuses, without writing: ReportError with the message to show.
    void checkNorms(const QList<RoleNorm> &norms) const;
    // Every role's norms (anyone may read them): the roles in their order, each role's figures in PlanMetrics order.
    QList<RoleNorm> norms() const;

    // A target as the head reads and types it: a count ("500"), money in roubles ("1 000 000,00 ₽").
    static QString targetText(const QString &metric, qint64 target, const QLocale &locale);
    // What the head typed, back in a count or kopecks ("-3" too: refusing a negative target is setNorms'); empty when
    // it is not a number (a count with decimals is not).
    static std::optional<qint64> parseTarget(const QString &metric, const QString &text, const QLocale &locale);

private:
    void requireHead() const;
    void check(const QString &metric, qint64 target) const;

    DataContext m_context;
};

} // namespace voronka
