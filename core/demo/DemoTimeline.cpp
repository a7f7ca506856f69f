#include "DemoTimeline.h"

#include "storage/WriteSteps.h"
#include "storage/WriteTransaction.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>

namespace voronka {

void DemoTimeline::add(const QDateTime &at, Step step)
{
    m_entries.append({at.toUTC(), m_entries.size(), std::move(step)});
}

int DemoTimeline::size() const
{
    return int(m_entries.size());
}

void DemoTimeline::run(Database &db, SettableClock &clock, int maxStepMs)
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    // Where the commits fall depends on the machine's speed, never what is written: every row comes from the
    // steps and their times alone.
    std::optional<WriteTransaction> transaction;
    QElapsedTimer open;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!transaction) {
            transaction.emplace(db);
            open.start();
        }
        clock.set(entry.at);
        entry.step();
        if (open.elapsed() >= maxStepMs) {
            transaction->commit();
            transaction.reset();
            WriteSteps::letWaitersIn(); // a colleague's save waiting meanwhile goes first
        }
    }
    if (transaction)
        transaction->commit();
}

} // namespace voronka
