#include "FunnelFigures.h"

#include <algorithm>
#include <cmath>

namespace voronka {

QString funnelViewKey(FunnelView view)
{
    return view == FunnelView::Cohort ? QStringLiteral("cohort") : QStringLiteral("period");
}

std::optional<FunnelView> funnelViewFromKey(const QString &key)
{
    if (key == QLatin1String("cohort"))
        return FunnelView::Cohort;
    if (key == QLatin1String("period"))
        return FunnelView::Period;
    return std::nullopt;
}

QString funnelViewTitle(FunnelView view)
{
    return view == FunnelView::Cohort ? QCoreApplication::translate("FunnelView", "Cohort")
                                      : QCoreApplication::translate("FunnelView", "Period activity");
}

QString funnelViewExplanation(FunnelView view)
{
    return view == FunnelView::Cohort
        ? QCoreApplication::translate("FunnelView",
                                      "Companies that entered the cold base in the period, followed to today.")
        : QCoreApplication::translate("FunnelView",
                                      "Everything that happened in the period, whenever the company started; what "
                                      "was not decided by the period's end is still there.");
}

std::optional<qint64> StageFigures::daysPercentile(double share) const
{
    qint64 total = 0;
    for (qint64 count : daysSpent)
        total += count;
    if (total == 0)
        return std::nullopt;
    const auto rank = qint64(std::ceil(share * double(total)));
    qint64 seen = 0;
    for (auto it = daysSpent.cbegin(); it != daysSpent.cend(); ++it) {
        seen += it.value();
        if (seen >= std::max<qint64>(rank, 1))
            return it.key();
    }
    return daysSpent.lastKey();
}

QList<CompanyStage> FunnelFigures::reportedStages()
{
    using S = CompanyStage;
    return {S::Cold, S::Calling, S::Meeting, S::Deal, S::Client, S::Reactivation};
}

QList<CompanyStage> FunnelFigures::conveyor()
{
    using S = CompanyStage;
    return {S::Cold, S::Calling, S::Meeting, S::Deal, S::Client};
}

std::optional<CompanyStage> FunnelFigures::nextOnConveyor(CompanyStage stage)
{
    const QList<CompanyStage> stages = conveyor();
    const qsizetype at = stages.indexOf(stage);
    if (at < 0 || at + 1 >= stages.size())
        return std::nullopt;
    return stages.at(at + 1);
}

const StageFigures &FunnelFigures::stage(CompanyStage stage) const
{
    static const StageFigures none;
    const auto found = std::find_if(stages.cbegin(), stages.cend(),
                                    [stage](const StageFigures &figures) { return figures.stage == stage; });
    return found == stages.cend() ? none : *found;
}

std::optional<double> FunnelFigures::conversion(CompanyStage from, CompanyStage to) const
{
    if (stage(from).entered == 0)
        return std::nullopt;
    if (view == FunnelView::Cohort)
        return double(stage(to).entered) / double(stage(from).entered);
    // In a period the entries of a later stage come from companies that started before it: the rates of the stages
    // between, each the share of its entries that advanced, multiplied.
    const QList<CompanyStage> steps = conveyor();
    double share = 1.0;
    for (qsizetype at = steps.indexOf(from); at >= 0 && at < steps.indexOf(to); ++at) {
        const StageFigures &passed = stage(steps.at(at));
        share *= passed.entered == 0 ? 0.0 : double(passed.advanced) / double(passed.entered);
    }
    return share;
}

std::optional<qint64> FunnelFigures::medianDaysToFirstPayment() const
{
    if (daysToFirstPayment.isEmpty())
        return std::nullopt;
    QList<qint64> sorted = daysToFirstPayment;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at((sorted.size() - 1) / 2);
}

} // namespace voronka
