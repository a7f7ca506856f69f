#include "ReportJson.h"

#include "domain/UserRole.h"

#include <QJsonArray>

#include <cmath>

namespace voronka {

namespace {

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue percent(const std::optional<double> &share)
{
    return share ? QJsonValue(std::round(*share * 1000.0) / 10.0) : QJsonValue();
}

QString sliceKind(ReportSlice::Kind kind)
{
    switch (kind) {
    case ReportSlice::Kind::Everyone:
        return QStringLiteral("everyone");
    case ReportSlice::Kind::Person:
        return QStringLiteral("person");
    case ReportSlice::Kind::Region:
        return QStringLiteral("region");
    case ReportSlice::Kind::Source:
        return QStringLiteral("source");
    case ReportSlice::Kind::ImportBatch:
        return QStringLiteral("batch");
    }
    return {};
}

} // namespace

QJsonObject ReportJson::period(const ReportPeriod &period)
{
    return {{QStringLiteral("from"), period.first().toString(Qt::ISODate)},
            {QStringLiteral("to"), period.last().toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), QString::fromUtf8(period.zone().id())}};
}

QJsonObject ReportJson::figures(const FunnelFigures &figures)
{
    const QList<CompanyStage> conveyor = FunnelFigures::conveyor();
    QJsonArray stages;
    for (const StageFigures &stage : figures.stages) {
        QJsonObject conversions;
        const qsizetype at = conveyor.indexOf(stage.stage);
        for (qsizetype later = at + 1; at >= 0 && later < conveyor.size(); ++later)
            conversions.insert(companyStageKey(conveyor.at(later)),
                               percent(figures.conversion(stage.stage, conveyor.at(later))));
        stages.append(QJsonObject{{QStringLiteral("stage"), companyStageKey(stage.stage)},
                                  {QStringLiteral("entered"), stage.entered},
                                  {QStringLiteral("advanced"), stage.advanced},
                                  {QStringLiteral("lost"), stage.lost},
                                  {QStringLiteral("moved_back"), stage.movedBack},
                                  {QStringLiteral("still_there"), stage.stillThere},
                                  {QStringLiteral("median_days"), optional(stage.medianDays())},
                                  {QStringLiteral("p80_days"), optional(stage.p80Days())},
                                  {QStringLiteral("conversion_percent"), conversions}});
    }
    QJsonArray lost;
    for (const LostReasonFigure &reason : figures.lostReasons)
        lost.append(QJsonObject{{QStringLiteral("from_stage"), companyStageKey(reason.fromStage)},
                                {QStringLiteral("reason"), reason.reason},
                                {QStringLiteral("count"), reason.count}});
    QJsonObject object = period(figures.period);
    object.insert(QStringLiteral("stages"), stages);
    object.insert(QStringLiteral("lost_reasons"), lost);
    object.insert(QStringLiteral("first_payments"), figures.firstPayments());
    object.insert(QStringLiteral("median_days_to_first_payment"), optional(figures.medianDaysToFirstPayment()));
    return object;
}

QJsonObject ReportJson::funnel(const FunnelComparison &comparison)
{
    QJsonObject object = figures(comparison.current);
    object.insert(QStringLiteral("report"), QStringLiteral("funnel"));
    object.insert(QStringLiteral("view"), funnelViewKey(comparison.current.view));
    QJsonObject slice{{QStringLiteral("kind"), sliceKind(comparison.current.slice.kind)}};
    if (comparison.current.slice.userId != 0)
        slice.insert(QStringLiteral("user_id"), comparison.current.slice.userId);
    if (!comparison.current.slice.text.isEmpty())
        slice.insert(QStringLiteral("text"), comparison.current.slice.text);
    if (comparison.current.slice.batchId != 0)
        slice.insert(QStringLiteral("batch"), comparison.current.slice.batchId);
    object.insert(QStringLiteral("slice"), slice);
    object.insert(QStringLiteral("previous"), figures(comparison.previous));
    return object;
}

QJsonObject ReportJson::activity(const ReportPeriod &reported, const QList<PersonActuals> &lines)
{
    QJsonArray people;
    for (const PersonActuals &line : lines) {
        const PersonActivity &work = line.work;
        people.append(QJsonObject{{QStringLiteral("login"), line.person.login},
                                  {QStringLiteral("name"), line.person.fullName},
                                  {QStringLiteral("role"), userRoleKey(line.person.role)},
                                  {QStringLiteral("active"), line.person.active},
                                  {QStringLiteral("calls"), work.calls},
                                  {QStringLiteral("conversations"), work.conversations},
                                  {QStringLiteral("meetings_booked"), work.meetingsBooked},
                                  {QStringLiteral("meetings_held"), work.meetingsHeld},
                                  {QStringLiteral("booked_meetings_held"), work.bookedMeetingsHeld},
                                  {QStringLiteral("offers"), work.offers},
                                  {QStringLiteral("contracts"), work.contracts},
                                  {QStringLiteral("first_payments"), work.firstPayments},
                                  {QStringLiteral("payments_kopecks"), work.paymentsKopecks},
                                  {QStringLiteral("collected_contacts"), work.collectedContacts},
                                  {QStringLiteral("confirmed_contacts"), work.confirmedContacts},
                                  {QStringLiteral("reactivated_clients"), work.reactivatedClients},
                                  {QStringLiteral("vip_visits"), work.vipVisits},
                                  {QStringLiteral("vip_visits_due"), work.vipVisitsDue}});
    }
    QJsonObject object = period(reported);
    object.insert(QStringLiteral("report"), QStringLiteral("activity"));
    object.insert(QStringLiteral("people"), people);
    return object;
}

QJsonObject ReportJson::plan(const ReportPeriod &reported, const QList<PersonPlan> &plans)
{
    QJsonArray people;
    for (const PersonPlan &person : plans) {
        QJsonArray lines;
        for (const PlanLine &line : person.lines)
            lines.append(QJsonObject{{QStringLiteral("metric"), line.metric},
                                     {QStringLiteral("plan"), line.plan},
                                     {QStringLiteral("own_plan"), line.ownPlan},
                                     {QStringLiteral("actual"), line.actual},
                                     {QStringLiteral("pace"), line.pace},
                                     {QStringLiteral("behind"), line.behind()}});
        people.append(QJsonObject{{QStringLiteral("login"), person.person.login},
                                  {QStringLiteral("name"), person.person.fullName},
                                  {QStringLiteral("role"), userRoleKey(person.person.role)},
                                  {QStringLiteral("lines"), lines}});
    }
    QJsonObject object = period(reported);
    object.insert(QStringLiteral("report"), QStringLiteral("plan"));
    object.insert(QStringLiteral("people"), people);
    return object;
}

QJsonObject ReportJson::payroll(const ReportPeriod &reported, const PayrollStatement &statement,
                                const QHash<qint64, QString> &logins)
{
    QJsonArray lines;
    for (const PayrollLine &line : statement.lines) {
        QJsonObject entry{{QStringLiteral("person"), logins.value(line.userId)},
                          {QStringLiteral("kind"), line.kind},
                          {QStringLiteral("count"), line.count},
                          {QStringLiteral("base_kopecks"), line.baseKopecks},
                          {QStringLiteral("amount_kopecks"), line.amountKopecks}};
        if (!line.correctsMonth.isEmpty()) {
            entry.insert(QStringLiteral("corrects_month"), line.correctsMonth);
            entry.insert(QStringLiteral("corrects_kind"), line.correctsKind);
        }
        lines.append(entry);
    }
    QJsonObject object = period(reported);
    object.insert(QStringLiteral("report"), QStringLiteral("payroll"));
    object.insert(QStringLiteral("month"), statement.month);
    object.insert(QStringLiteral("closed"), statement.closed);
    object.insert(QStringLiteral("lines"), lines);
    return object;
}

} // namespace voronka
