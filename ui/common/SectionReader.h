#pragma once

#include "storage/BackgroundReader.h"
#include "storage/DataContext.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace voronka {

// Reads the whole list a section shows (the Today tasks, the clients) so that showing the section never keeps the
// window waiting on a big base. A read whose size (an upper bound of the rows it goes through, such as the highest
// task id: cheap to know) is below backgroundFrom() runs at once, as before; from it on, it runs on a worker with its
// own read-only connection (BackgroundReader, as CompanyListModel::load reads the cold base) and its result is
// handed to the section on the window's thread. Meanwhile the section keeps its old rows and says it is loading. A
// newer read supersedes an older one: the older one is skipped if it has not started, and its result is dropped.
class SectionReader
{
public:
    static constexpr qint64 defaultBackgroundFrom = 20000;

    // receiver: the section, on the window's thread; a result that comes after it is gone is dropped.
    SectionReader(QObject *receiver, DataContext context);
    // Waits for a read running on the worker (its result is dropped).
    ~SectionReader();
    SectionReader(const SectionReader &) = delete;
    SectionReader &operator=(const SectionReader &) = delete;

    qint64 backgroundFrom() const { return m_backgroundFrom; }
    // Test seam: a small base counts as big from this size on.
    void setBackgroundFrom(qint64 size) { m_backgroundFrom = size; }
    // A read is running on the worker; its result has not been shown yet.
    bool isReading() const { return m_reading != 0; }
    // The thread the last shown result was read on (tests: the window's own thread or the worker's).
    const QThread *lastReadThread() const { return m_lastReadThread; }

    // Runs read(DataContext) now or on the worker by size; then show(result) or failed(error) on the receiver's
    // thread. On the worker the context is the worker's read-only base with this context's clock and user.
    template<typename Read, typename Show, typename Failed>
    void read(qint64 size, Read read, Show show, Failed failed)
    {
        using Result = std::invoke_result_t<Read, const DataContext &>;
        const quint64 generation = ++*m_generation;
        if (size < m_backgroundFrom) {
            m_reading = 0;
            m_lastReadThread = QThread::currentThread();
            std::optional<Result> result;
            try {
                result.emplace(read(m_context));
            } catch (const StorageError &error) {
                failed(error);
                return;
            }
            show(*result);
            return;
        }
        m_reading = generation;
        const auto latest = m_generation;
        const Clock &clock = m_context.clock;
        const qint64 userId = m_context.userId;
        // Delivered on the receiver's thread, and only if no newer read was asked for meanwhile.
        const auto deliver = [this, generation](auto &&handOver) {
            QMetaObject::invokeMethod(
                m_receiver,
                [this, generation, handOver = std::forward<decltype(handOver)>(handOver),
                 thread = QThread::currentThread()] {
                    if (generation != m_reading)
                        return;
                    m_reading = 0;
                    m_lastReadThread = thread;
                    handOver();
                },
                Qt::QueuedConnection);
        };
        worker().post(
            [generation, latest, &clock, userId, read = std::move(read), show, deliver](Database &db) {
                if (generation < latest->load())
                    return; // a newer read is queued behind this one
                const DataContext context{db, clock, userId};
                deliver([show, result = read(context)] { show(result); });
            },
            [deliver, failed](const StorageError &error) { deliver([failed, error] { failed(error); }); });
    }

private:
    BackgroundReader &worker();

    QObject *m_receiver;
    DataContext m_context;
    qint64 m_backgroundFrom = defaultBackgroundFrom;
    // Of the last read asked for; the worker skips reads older than it.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_reading = 0; // the read running on the worker, 0: none
    const QThread *m_lastReadThread = nullptr;
    std::unique_ptr<BackgroundReader> m_worker; // last: destroyed (waiting for its read) first
};

} // namespace voronka
