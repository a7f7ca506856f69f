#pragma once

#include "CsvReader.h"
#include "RowInterpreter.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace voronka {

// Reads, decodes and interprets a list's rows on a worker thread while the caller's thread writes the rows before
// them: reading and cleaning (CSV parsing, phones, INNs, e-mails) then cost the import no time of its own on a
// machine with a second core. Rows come back in file order, exactly as reading and interpreting them one by one
// would give them; the caller keeps everything that depends on the base (duplicates, the writes, the report).
//
// The worker runs at most a bounded number of batches ahead, so memory stays small whatever the file's size. The
// reader and the interpreter belong to the worker until finish() or the destructor: the caller must not touch them
// (nor the device under the reader) in between. The destructor stops the worker and waits for it, so a cancelled or
// failed import leaves no thread reading the file.
class ParallelRowReader
{
public:
    struct Row
    {
        CsvRecord record;
        InterpretedRow interpreted;
    };

    ParallelRowReader(CsvReader &reader, const RowInterpreter &interpreter, int batchRows = 512, int maxBatches = 8);
    ~ParallelRowReader();
    ParallelRowReader(const ParallelRowReader &) = delete;
    ParallelRowReader &operator=(const ParallelRowReader &) = delete;

    // The next row; false at the end of the file or at a read error (the reader's error() says which, after
    // finish()). Rethrows what the worker threw.
    bool next(Row &row);
    // The reader's byte count when it had read the row next() returned last (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    // Stops the worker and waits for it; the reader may be used again afterwards.
    void finish();

private:
    struct Batch
    {
        std::vector<Row> rows;
        qint64 bytesRead = 0;
    };

    void work();

    CsvReader &m_reader;
    const RowInterpreter &m_interpreter;
    const int m_batchRows;
    const int m_maxBatches;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; // guarded by m_mutex, as are the three below
    bool m_done = false; // the worker has queued its last batch
    bool m_stop = false; // the caller wants no more rows
    std::exception_ptr m_failure;

    Batch m_current; // the caller's batch being handed out
    size_t m_position = 0;
    qint64 m_bytesRead = 0;
    std::thread m_worker;
};

} // namespace voronka
