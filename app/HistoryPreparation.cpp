#include "HistoryPreparation.h"

#include "CommandLineOutput.h"
#include "storage/ActivityHoursFill.h"
#include "storage/FunnelSpanBackfill.h"

namespace voronka {

bool HistoryPreparation::run(Database &db)
{
    // The calls counted by the hour: a few seconds on the biggest base, and the reports read the calls themselves
    // until then, so no word about it.
    ActivityHoursFill hours(db);
    const bool hoursLeft = !hours.isFinished();
    if (hoursLeft)
        hours.run();
    FunnelSpanBackfill backfill(db);
    if (backfill.isFinished())
        return hoursLeft;
    int told = -1;
    backfill.run([&told](int percent) {
        // A line for every tenth: a million companies take a minute or two of one-second steps.
        if (percent / 10 != told / 10 || told < 0) {
            printError(tr("Preparing the history for reports: %1%.").arg(percent));
            told = percent;
        }
        return true;
    });
    printError(tr("The history is ready for reports."));
    return true;
}

} // namespace voronka
