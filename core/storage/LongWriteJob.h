#pragma once

namespace voronka {

// What a long write job (an import, its undo, a bulk change, the demo base's fill) owes the colleagues who share the
// file: it commits at least every ~250 ms-1 s of writing, and after each commit but the last it calls
// letWaitersIn() before it begins its next step (docs/shared-database.md).
class LongWriteJob
{
public:
    // A pause just longer than the longest between two lock attempts of a waiting connection (BusyWaiter), so that a
    // colleague's waiting save takes the lock before the job's next step does: a job that begins again at once
    // would win nearly every time.
    static void letWaitersIn();
};

} // namespace voronka
