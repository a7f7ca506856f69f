#pragma once

#include <QString>

#include <stdexcept>

namespace voronka {

// A failure a person can be told about: message() says what happened in the user's words, kind() decides how the
// code reacts (the command line's exit code, whether a window offers another try). Each layer that fails in its own
// ways (StorageError, FunnelError, ImportError) is this class over its own list of kinds, so a catch names the layer
// that refused and a switch over kind() covers exactly that layer's cases. what() is the message in UTF-8, for a
// catch that only knows std::exception.
template<typename KindEnum>
class VoronkaError : public std::runtime_error
{
public:
    using Kind = KindEnum;

    VoronkaError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace voronka
