#include "HistoryPreparation.h"

#include "CommandLineOutput.h"
#include "storage/FunnelSpanBackfill.h"

namespace voronka {

bool HistoryPreparation::run(Database &db)
{
    FunnelSpanBackfill backfill(db);
    if (backfill.isFinished())
        return false;
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
