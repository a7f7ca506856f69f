#pragma once

#include "import/CsvError.h"
#include "import/TextEncoding.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QIODevice;

namespace voronka {

struct CsvRecord
{
    qint64 line = 0; // 1-based line of the file where the record starts
    QStringList fields;
};

// Reads a delimited text file record by record (RFC 4180, plus the leniency Excel exports need), holding no more than a
// chunk and the record in progress. Every record comes back as it is: the header row is the first record, ragged
// rows keep their own field count, fields keep their spaces. Blank lines (also lines of only delimiters or spaces)
// are skipped; a BOM is never part of the text.
class CsvReader
{
public:
    struct Options
    {
        QString encoding = QStringLiteral("auto"); // or a name accepted by TextEncoding::canonicalName
        QChar delimiter; // null = sniff among ';' ',' '\t' '|'
        qint64 maxFieldChars = 1 << 20; // a longer field is an error, never a memory blow-up
        int sniffLines = 50;
        int maxFields = 10000; // per record; more is RecordTooLong (a binary file can look like one huge row)
        qint64 maxRecordChars = 1 << 23; // per record; more is RecordTooLong
        qint64 headBytes = 64 * 1024; // what encoding detection looks at
        qint64 chunkBytes = 256 * 1024; // one read; tests make it tiny to split characters between reads
    };

    CsvReader(QIODevice *device, Options options); // device already open for reading, not owned
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Reads the head, detects encoding and delimiter; false and error() for an empty or binary file, an unknown
    // encoding or a read error.
    bool start();
    // After a head of pure ASCII (reason "ASCII") the guess is made again on the first other byte, so a preview
    // should read this after a few records, not only after start().
    const TextEncodingGuess &encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // False at the end or on an error (then error().kind != None), leaving record as it was. A file without a single
    // record is Empty.
    bool next(CsvRecord &record);
    const CsvError &error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; } // for progress bars: compare with the device's size
    qint64 recordsRead() const { return m_records; }

private:
    enum class Parsed { Record, Blank, NeedMore, End, Failed };

    Parsed parseRecord(CsvRecord &record);
    Parsed needMore(const char16_t *recordStart, const char16_t *end, qint64 fieldChars, qint64 fieldLine,
                    bool openMultiLineQuote);
    Parsed fieldTooLong(qint64 line, bool unclosedQuote);
    Parsed recordTooLong();
    Parsed nulCharacter(qint64 line);
    bool readMore(qint64 maxBytes);
    bool readHead(QByteArray &head);
    bool readFailed();
    bool chooseEncoding(const QByteArray &head);
    bool fail(CsvError::Kind kind, qint64 line, const QString &message);
    // Branch-free: in Cyrillic text ASCII and other characters alternate too irregularly for a branch on c < 128.
    bool isSpecial(char16_t c) const
    {
        return ((unsigned(c < 128) & unsigned(m_special[c & 127])) | unsigned(c == m_delimiter.unicode())) != 0;
    }

    QIODevice *m_device;
    Options m_options;
    TextEncodingGuess m_encoding;
    std::optional<TextEncoding::Decoder> m_decoder;
    QChar m_delimiter;
    CsvError m_error;
    std::array<bool, 128> m_special{}; // ends an unquoted field: the delimiter, CR, LF and NUL
    QByteArray m_chunk;
    QString m_text; // decoded, not yet parsed; m_pos is where the next record starts
    QStringList m_fields; // the record being parsed
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_records = 0;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_asciiSoFar = false; // the encoding is still a guess from ASCII bytes, to be made on the first other byte
};

} // namespace voronka
