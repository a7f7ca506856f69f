#include "ParallelRowReader.h"

namespace voronka {

ParallelRowReader::ParallelRowReader(CsvReader &reader, const RowInterpreter &interpreter, int batchRows,
                                     int maxBatches)
    : m_reader(reader)
    , m_interpreter(interpreter)
    , m_batchRows(std::max(1, batchRows))
    , m_maxBatches(std::max(1, maxBatches))
    , m_worker([this] { work(); })
{
}

ParallelRowReader::~ParallelRowReader()
{
    finish();
}

void ParallelRowReader::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void ParallelRowReader::work()
{
    try {
        bool more = true;
        while (more) {
            Batch batch;
            batch.rows.reserve(size_t(m_batchRows));
            CsvRecord record;
            while (int(batch.rows.size()) < m_batchRows && (more = m_reader.next(record))) {
                InterpretedRow interpreted = m_interpreter.interpret(record.fields);
                batch.rows.push_back({std::move(record), std::move(interpreted)});
                record = CsvRecord();
            }
            batch.bytesRead = m_reader.bytesRead();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || int(m_ready.size()) < m_maxBatches; });
            if (m_stop)
                break;
            if (!batch.rows.empty())
                m_ready.push_back(std::move(batch));
            if (!more)
                m_done = true;
            lock.unlock();
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_failure = std::current_exception();
        m_done = true;
    }
    m_changed.notify_all();
}

bool ParallelRowReader::next(Row &row)
{
    if (m_position >= m_current.rows.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done || m_stop; });
        if (m_ready.empty()) {
            if (m_failure)
                std::rethrow_exception(m_failure);
            return false;
        }
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_position = 0;
    }
    row = std::move(m_current.rows[m_position]);
    ++m_position;
    // The batch's count is where its last row ended; within the batch, progress moves by whole batches.
    m_bytesRead = m_current.bytesRead;
    return true;
}

} // namespace voronka
