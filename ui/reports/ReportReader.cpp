#include "ReportReader.h"

#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace voronka {

namespace {
WorkerTestGate testGate;
} // namespace

ReportReader::ReportReader(QObject *receiver, DataContext context)
    : m_receiver(receiver)
    , m_context(context)
{
}

ReportReader::~ReportReader()
{
    // A read under way stops at its next look and its result, if any, finds no receiver.
    m_generation->fetch_add(1);
}

void ReportReader::setGateForTest(WorkerTestGate::Gate gate)
{
    testGate.set(std::move(gate));
}

void ReportReader::read(const ReportRequest &request, Show show, Failed failed)
{
    if (!m_worker)
        m_worker = std::make_unique<BackgroundReader>(m_context.db.path(), m_context.db.viewer());
    const quint64 generation = m_generation->fetch_add(1) + 1;
    m_reading = generation;
    const auto latest = m_generation;
    const auto stale = [latest, generation] { return latest->load() != generation; };
    const Clock &clock = m_context.clock;
    const qint64 userId = m_context.userId;
    // Delivered on the receiver's thread, and only if no newer read was asked for meanwhile.
    const auto deliver = [this, generation, receiver = m_receiver](std::function<void()> handOver) {
        QMetaObject::invokeMethod(
            receiver,
            [this, generation, handOver = std::move(handOver)] {
                if (generation != m_reading)
                    return;
                m_reading = 0;
                handOver();
            },
            Qt::QueuedConnection);
    };
    m_worker->post(
        [stale, &clock, userId, request, show = std::move(show), deliver](Database &db) {
            if (stale())
                return; // a newer read is queued behind this one
            testGate.pass(stale);
            if (stale())
                return;
            const ReportFigures figures = ReportFigures::compute(DataContext{db, clock, userId}, request, stale);
            if (stale())
                return;
            deliver([show, figures] { show(figures); });
        },
        [failed = std::move(failed), deliver](const StorageError &error) {
            deliver([failed, message = error.message()] { failed(message); });
        });
}

} // namespace voronka
