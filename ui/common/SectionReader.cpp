#include "SectionReader.h"

#include "storage/Database.h"

namespace voronka {

SectionReader::SectionReader(QObject *receiver, DataContext context)
    : m_receiver(receiver)
    , m_context(context)
{
}

SectionReader::~SectionReader() = default;

BackgroundReader &SectionReader::worker()
{
    // Made on the first big read: a small base never starts a thread.
    if (!m_worker)
        m_worker = std::make_unique<BackgroundReader>(m_context.db.path(), m_context.db.viewer());
    return *m_worker;
}

} // namespace voronka
