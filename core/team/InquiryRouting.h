#pragma once

#include "domain/CompanySize.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace voronka {

// Who takes an inquiry (seed 004), by the rule the head chose.
enum class RoutingRule {
    OnDuty, // the person on duty today (DutyRosterRepository)
    MostQualified, // the first of an ordered list who is active and has room, else the next
    RoundRobin, // the active closers in turn
};

QString routingRuleKey(RoutingRule rule); // "duty", "qualified", "round_robin"

struct RoutingChoice
{
    qint64 userId = 0;
    QString why; // for the person taking the call and the history ("on duty today", "next in turn" ...)
    QString warning; // the chosen person is over their limit (everybody was), or nobody was on duty
};

class InquiryRouting
{
    Q_DECLARE_TR_FUNCTIONS(InquiryRouting)

public:
    explicit InquiryRouting(DataContext context);

    RoutingRule rule() const;
    QList<qint64> qualifiedOrder() const;
    // Throws TeamError BadInput for an order naming nobody, someone unknown or someone twice, InactiveUser for a
    // deactivated person in it.
    void setRule(RoutingRule rule, const QList<qint64> &qualifiedOrder = {});

    // Chooses, and for round robin remembers whose turn it was (within the caller's transaction). Nobody on duty, or
    // an empty list: the first active head, with a warning saying why.
    RoutingChoice choose(CompanySize size, const QDate &today);

private:
    RoutingChoice firstWithRoom(const QList<qint64> &candidates, CompanySize size, const QString &why) const;
    RoutingChoice toHead(const QString &warning) const;

    DataContext m_context;
};

} // namespace voronka
