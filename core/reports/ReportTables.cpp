#include "ReportTables.h"

#include "PlanMetrics.h"
#include "domain/Money.h"
#include "domain/UserRole.h"

namespace voronka {

namespace {

QVariant optionalDays(const std::optional<qint64> &days)
{
    return days ? QVariant(*days) : QVariant();
}

QVariant percent(const std::optional<double> &share)
{
    return share ? QVariant(*share * 100.0) : QVariant();
}

} // namespace

ReportTable ReportTables::stages(const FunnelComparison &comparison)
{
    ReportTable table;
    table.title = tr("Funnel: %1").arg(funnelViewTitle(comparison.current.view));
    table.columns = {tr("Stage"),       tr("Entered"),          tr("Advanced"),    tr("Lost"),     tr("Moved back"),
                     tr("Still there"), tr("To next stage, %"), tr("Median days"), tr("80% days"), tr("Entered before"),
                     tr("Change")};
    for (const StageFigures &stage : comparison.current.stages) {
        const std::optional<CompanyStage> next = FunnelFigures::nextOnConveyor(stage.stage);
        const qint64 before = comparison.previous.stage(stage.stage).entered;
        table.rows.append(
            {companyStageTitle(stage.stage), stage.entered, stage.advanced, stage.lost, stage.movedBack,
             stage.stillThere, next ? percent(comparison.current.conversion(stage.stage, *next)) : QVariant(),
             optionalDays(stage.medianDays()), optionalDays(stage.p80Days()), before, stage.entered - before});
    }
    return table;
}

ReportTable ReportTables::lostReasons(const FunnelFigures &figures)
{
    ReportTable table;
    table.title = tr("Lost reasons");
    table.columns = {tr("Stage left"), tr("Reason"), tr("Lost")};
    for (const LostReasonFigure &lost : figures.lostReasons)
        table.rows.append(
            {companyStageTitle(lost.fromStage), lost.reason.isEmpty() ? tr("(not given)") : lost.reason, lost.count});
    return table;
}

ReportTable ReportTables::conversions(const FunnelFigures &figures)
{
    const QList<CompanyStage> conveyor = FunnelFigures::conveyor();
    ReportTable table;
    table.title = tr("Conversion between stages, %");
    table.columns.append(tr("From \\ to"));
    for (qsizetype to = 1; to < conveyor.size(); ++to)
        table.columns.append(companyStageTitle(conveyor.at(to)));
    for (qsizetype from = 0; from + 1 < conveyor.size(); ++from) {
        QVariantList row{companyStageTitle(conveyor.at(from))};
        for (qsizetype to = 1; to < conveyor.size(); ++to)
            row.append(to > from ? percent(figures.conversion(conveyor.at(from), conveyor.at(to))) : QVariant());
        table.rows.append(row);
    }
    return table;
}

QString ReportTables::weekTitle(const QList<WeekTrend> &weeks, const WeekTrend &week)
{
    // Day and month, short as a column wants it; the year too when the weeks reach into another.
    const bool oneYear = weeks.isEmpty() || weeks.first().first.year() == weeks.last().last.year();
    const QString format = oneYear ? QStringLiteral("dd.MM") : QStringLiteral("dd.MM.yy");
    if (week.first == week.last)
        return week.first.toString(format);
    return QStringLiteral("%1–%2").arg(week.first.toString(format), week.last.toString(format));
}

ReportTable ReportTables::trends(const QList<WeekTrend> &weeks)
{
    ReportTable table;
    table.title = tr("Weekly trends");
    table.columns
        = {tr("Week"), tr("Calls"), tr("Conversations"), tr("Meetings held"), tr("Contracts"), tr("First payments")};
    for (const WeekTrend &week : weeks) {
        table.rows.append({weekTitle(weeks, week), week.counts.calls, week.counts.conversations,
                           week.counts.meetingsHeld, week.counts.contracts, week.counts.firstPayments});
    }
    return table;
}

ReportTable ReportTables::activity(const QList<PersonActuals> &lines)
{
    ReportTable table;
    table.title = tr("Activity by person");
    table.columns = {tr("Person"),
                     tr("Role"),
                     tr("Calls"),
                     tr("Conversations"),
                     tr("Meetings booked"),
                     tr("Booked meetings held"),
                     tr("Meetings held"),
                     tr("Offers"),
                     tr("Contracts"),
                     tr("First payments"),
                     tr("Payments"),
                     tr("Contacts collected"),
                     tr("Contacts confirmed")};
    for (const PersonActuals &line : lines) {
        const PersonActivity &work = line.work;
        table.rows.append({line.person.fullName, userRoleTitle(line.person.role), work.calls, work.conversations,
                           work.meetingsBooked, work.bookedMeetingsHeld, work.meetingsHeld, work.offers, work.contracts,
                           work.firstPayments, QVariant::fromValue(Money(work.paymentsKopecks)), work.collectedContacts,
                           work.confirmedContacts});
    }
    return table;
}

ReportTable ReportTables::plan(const QList<PersonPlan> &plans)
{
    ReportTable table;
    table.title = tr("Plan against actual");
    table.columns
        = {tr("Person"), tr("Figure"), tr("Plan"), tr("Actual"), tr("Pace"), tr("Behind the pace"), tr("Done, %")};
    for (const PersonPlan &person : plans) {
        for (const PlanLine &line : person.lines) {
            const auto value = [&](qint64 amount) {
                return PlanMetrics::isMoney(line.metric) ? QVariant::fromValue(Money(amount)) : QVariant(amount);
            };
            table.rows.append({person.person.fullName,
                               PlanMetrics::title(line.metric) + (line.ownPlan ? QString() : tr(" (norm)")),
                               value(line.plan), value(line.actual), value(line.pace),
                               value(std::max<qint64>(0, line.pace - line.actual)),
                               line.plan > 0 ? QVariant(100.0 * double(line.actual) / double(line.plan)) : QVariant()});
        }
    }
    return table;
}

ReportTable ReportTables::payroll(const PayrollStatement &statement, const QHash<qint64, QString> &names)
{
    ReportTable table;
    table.title
        = statement.closed ? tr("Pay for %1 (closed)").arg(statement.month) : tr("Pay for %1").arg(statement.month);
    table.columns = {tr("Person"), tr("For"), tr("Count"), tr("Base"), tr("Amount")};
    for (qsizetype at = 0; at < statement.lines.size(); ++at) {
        const PayrollLine &line = statement.lines.at(at);
        QString what = PayrollReport::kindTitle(line.kind);
        if (!line.correctsMonth.isEmpty())
            what += QStringLiteral(" (%1, %2)").arg(line.correctsMonth, PayrollReport::kindTitle(line.correctsKind));
        // The base is money on every line (the rate, what a percentage was taken of, the fixed part or the bonus);
        // a correction has none, only the difference.
        const bool correction = line.kind == QLatin1String("correction");
        table.rows.append({names.value(line.userId), what, correction ? QVariant() : QVariant(line.count),
                           correction ? QVariant() : QVariant::fromValue(Money(line.baseKopecks)),
                           QVariant::fromValue(Money(line.amountKopecks))});
        const bool lastOfPerson = at + 1 == statement.lines.size() || statement.lines.at(at + 1).userId != line.userId;
        if (lastOfPerson)
            table.rows.append({names.value(line.userId), tr("Total"), QVariant(), QVariant(),
                               QVariant::fromValue(Money(statement.total(line.userId)))});
    }
    return table;
}

} // namespace voronka
