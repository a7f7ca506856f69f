#include "FunnelError.h"

namespace voronka {

FunnelError::FunnelError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

} // namespace voronka
