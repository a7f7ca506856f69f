#pragma once

#include <QString>

namespace voronka {

// Why reading a list stopped.
struct CsvError
{
    enum class Kind {
        None,
        NotText,
        UnclosedQuote,
        FieldTooLong,
        NulByte,
        Io,
        UnknownEncoding,
        Empty,
        RecordTooLong, // more fields or characters in one record than CsvReader::Options allows
    };
    Kind kind = Kind::None;
    qint64 line = 0; // 1-based; 0 when no line applies (an empty or binary file, an unknown encoding)
    QString message; // one sentence for the user, translated, with the line number where it helps
};

} // namespace voronka
