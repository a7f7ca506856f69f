#pragma once

#include <QString>

#include <stdexcept>

namespace voronka {

// Why an import did not happen at all. Whatever the kind, nothing of it was written.
class ImportError : public std::runtime_error
{
public:
    enum class Kind {
        Unreadable, // the file cannot be opened or read, or vanished mid-read
        NotText, // binary, empty, or in an encoding we cannot decode
        Malformed, // broken CSV (a quote never closed, a field far too long, NUL bytes)
        NoRows, // a header and nothing else
        NoUsableColumn, // no column holds a company name or a phone
        Cancelled,
        Storage, // the base refused the write (read-only, locked, disk full)
    };

    ImportError(Kind kind, const QString &message)
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
