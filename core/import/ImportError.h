#pragma once

#include "domain/VoronkaError.h"
#include "storage/StorageError.h"

#include <optional>

namespace voronka {

// Why an import did not happen at all (ImportError::Kind).
enum class ImportErrorKind {
    Unreadable, // the file cannot be opened or read, or vanished mid-read
    NotText, // binary, empty, or in an encoding we cannot decode
    Malformed, // broken CSV (a quote never closed, a field far too long, NUL bytes)
    NoRows, // a header and nothing else
    NoUsableColumn, // no column holds a company name or a phone
    Cancelled,
    Storage, // the base refused the write (read-only, locked, disk full): storageKind() says which
};

// Why an import did not happen at all. Whatever the kind, nothing of it was written.
class ImportError : public VoronkaError<ImportErrorKind>
{
public:
    using VoronkaError::VoronkaError;

    // The base refused the write: Kind::Storage, keeping the storage error's kind, so that the command line can exit
    // with the code it gives a locked or read-only base anywhere else.
    ImportError(const StorageError &cause, const QString &message)
        : VoronkaError(Kind::Storage, message)
        , m_storageKind(cause.kind())
    {
    }

    // The storage error's kind for Kind::Storage; nullopt for every other kind.
    std::optional<StorageError::Kind> storageKind() const { return m_storageKind; }

private:
    std::optional<StorageError::Kind> m_storageKind;
};

} // namespace voronka
