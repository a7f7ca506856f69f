#include "import/CsvReader.h"

#include "import/CsvDialect.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace voronka {

namespace {

// How much decoded text the delimiter vote may pull in when the first lines are very long.
constexpr qsizetype maxSniffChars = 1 << 20;

struct Signature
{
    const char *bytes;
    qsizetype length;
    const char *what;
};

// Files people rename to .csv or pick by mistake. Detected on the raw bytes, before any decoding.
constexpr Signature signatures[] = {
    {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("CsvReader", "an Excel workbook (.xlsx) or another ZIP archive")},
    {"PK\x05\x06", 4, QT_TRANSLATE_NOOP("CsvReader", "an Excel workbook (.xlsx) or another ZIP archive")},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, QT_TRANSLATE_NOOP("CsvReader", "an old Excel workbook (.xls)")},
    {"\x89PNG\r\n\x1A\n", 8, QT_TRANSLATE_NOOP("CsvReader", "a PNG image")},
    {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("CsvReader", "a JPEG image")},
    {"GIF8", 4, QT_TRANSLATE_NOOP("CsvReader", "a GIF image")},
    {"%PDF-", 5, QT_TRANSLATE_NOOP("CsvReader", "a PDF document")},
    {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("CsvReader", "a gzip archive")},
    {"7z\xBC\xAF\x27\x1C", 6, QT_TRANSLATE_NOOP("CsvReader", "a 7-Zip archive")},
    {"Rar!\x1A\x07", 6, QT_TRANSLATE_NOOP("CsvReader", "a RAR archive")},
    {"SQLite format 3\0", 16, QT_TRANSLATE_NOOP("CsvReader", "a SQLite database")},
    {"\x7F"
     "ELF",
     4, QT_TRANSLATE_NOOP("CsvReader", "a program")},
};

const Signature *binarySignature(const QByteArray &head)
{
    for (const Signature &signature : signatures) {
        if (head.size() >= signature.length && memcmp(head.constData(), signature.bytes, size_t(signature.length)) == 0)
            return &signature;
    }
    return nullptr;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!isBlank(QStringView(field)))
            return false;
    }
    return true;
}

// Text has no control characters besides tab, line breaks and form feeds; a few stray ones happen, many mean
// binary data. NUL alone is judged more leniently: a block of zeros in a text file is damage worth a line number.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    qsizetype nuls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            ++nuls;
        else if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x0B && u != 0x0C)
            ++controls;
    }
    return (controls >= 4 && controls * 100 > text.size()) || (nuls >= 8 && nuls * 10 > text.size());
}

} // namespace

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_device(device)
    , m_options(std::move(options))
{
    // A BOM needs 3 bytes to be seen, and a read of nothing would look like the end of the file.
    m_options.headBytes = qMax<qint64>(m_options.headBytes, 4);
    m_options.chunkBytes = qMax<qint64>(m_options.chunkBytes, 1);
    m_options.maxFields = qMax(m_options.maxFields, 1);
    m_options.sniffLines = qMax(m_options.sniffLines, 1);
}

bool CsvReader::fail(CsvError::Kind kind, qint64 line, const QString &message)
{
    m_error = {kind, line, message};
    return false;
}

bool CsvReader::start()
{
    if (m_started)
        return m_error.kind == CsvError::Kind::None;
    m_started = true;
    if (!m_device || !m_device->isReadable())
        return fail(CsvError::Kind::Io, 0,
                    QCoreApplication::translate("CsvReader", "The file is not open for reading."));

    QByteArray head;
    if (!readHead(head))
        return false;
    if (head.isEmpty())
        return fail(CsvError::Kind::Empty, 0, QCoreApplication::translate("CsvReader", "The file is empty."));
    if (const Signature *signature = binarySignature(head)) {
        return fail(
            CsvError::Kind::NotText, 0,
            QCoreApplication::translate(
                "CsvReader",
                "The file is %1, not a text file: save a spreadsheet (.xlsx) as CSV in Excel and import the CSV.")
                .arg(QCoreApplication::translate("CsvReader", signature->what)));
    }
    if (!chooseEncoding(head))
        return false;
    m_decoder->appendTo(m_text, QByteArrayView(head).sliced(m_encoding.bomLength));
    if (m_atEnd && isBlank(QStringView(m_text)))
        return fail(CsvError::Kind::Empty, 0, QCoreApplication::translate("CsvReader", "The file is empty."));
    if (looksBinary(QStringView(m_text))) {
        return fail(CsvError::Kind::NotText, 0,
                    QCoreApplication::translate(
                        "CsvReader",
                        "The file is not a text file: save a spreadsheet (.xlsx) as CSV in Excel and import the CSV."));
    }

    if (!m_options.delimiter.isNull()) {
        m_delimiter = m_options.delimiter;
    } else {
        // Enough lines for the vote even when the first ones are very long (a title, a header of many columns).
        qsizetype counted = 0;
        qint64 lineBreaks = 0;
        for (;;) {
            for (; counted < m_text.size(); ++counted)
                lineBreaks += m_text.at(counted) == u'\n' || m_text.at(counted) == u'\r';
            if (m_atEnd || lineBreaks > 2 * qint64(m_options.sniffLines) || m_text.size() >= maxSniffChars)
                break;
            if (!readMore(m_options.chunkBytes))
                return false;
        }
        m_delimiter = CsvDialect::sniffDelimiter(QStringView(m_text), m_options.sniffLines, m_atEnd);
    }
    m_special.fill(false);
    m_special[u'\n'] = true;
    m_special[u'\r'] = true;
    m_special[0] = true;
    if (m_delimiter.unicode() < 128)
        m_special[m_delimiter.unicode()] = true;
    return true;
}

bool CsvReader::readHead(QByteArray &head)
{
    head.resize(m_options.headBytes);
    qsizetype got = 0;
    while (got < head.size()) {
        const qint64 n = m_device->read(head.data() + got, head.size() - got);
        if (n < 0) {
            return fail(
                CsvError::Kind::Io, 0,
                QCoreApplication::translate("CsvReader", "Reading the file failed: %1").arg(m_device->errorString()));
        }
        if (n == 0) {
            m_atEnd = true;
            break;
        }
        got += n;
    }
    head.resize(got);
    m_bytesRead = got;
    return true;
}

bool CsvReader::chooseEncoding(const QByteArray &head)
{
    const QString requested = m_options.encoding.isEmpty() ? QStringLiteral("auto") : m_options.encoding;
    const std::optional<QString> name = TextEncoding::canonicalName(requested);
    if (!name)
        return fail(CsvError::Kind::UnknownEncoding, 0,
                    QCoreApplication::translate("CsvReader", "The encoding \"%1\" is unknown.").arg(requested));
    if (*name == QLatin1String("auto")) {
        m_encoding = TextEncoding::detect(head);
        m_asciiSoFar = m_encoding.reason == QLatin1String("ASCII");
    } else {
        m_encoding = {*name, 0, QStringLiteral("override")};
        if (m_encoding.name == QLatin1String("UTF-16"))
            m_encoding.name = head.startsWith("\xFE\xFF") ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
        // The mark of the encoding the user chose is still a mark, not text.
        const TextEncodingGuess bom = TextEncoding::detect(head.left(3));
        if (bom.reason == QLatin1String("BOM") && bom.name == m_encoding.name)
            m_encoding.bomLength = bom.bomLength;
    }
    m_decoder.emplace(m_encoding.name);
    if (!m_decoder->isValid()) {
        return fail(CsvError::Kind::UnknownEncoding, 0,
                    QCoreApplication::translate("CsvReader", "The encoding \"%1\" cannot be read on this computer.")
                        .arg(m_encoding.name));
    }
    return true;
}

bool CsvReader::readFailed()
{
    return fail(CsvError::Kind::Io, m_line,
                QCoreApplication::translate("CsvReader", "Reading the file failed near line %1: %2")
                    .arg(m_line)
                    .arg(m_device->errorString()));
}

bool CsvReader::readMore(qint64 maxBytes)
{
    if (m_atEnd)
        return true;
    m_chunk.resize(maxBytes);
    const qint64 got = m_device->read(m_chunk.data(), maxBytes);
    if (got < 0) {
        return readFailed();
    }
    if (got == 0) {
        m_atEnd = true;
        return true;
    }
    m_bytesRead += got;
    m_chunk.resize(got);
    if (m_asciiSoFar) {
        // Everything so far was ASCII, which every candidate encoding reads alike: decide now, on a sample that
        // starts at the first other byte and is as long as the head would have been.
        qsizetype firstHigh = 0;
        while (firstHigh < m_chunk.size() && uchar(m_chunk.at(firstHigh)) < 0x80)
            ++firstHigh;
        if (firstHigh < m_chunk.size()) {
            while (!m_atEnd && m_chunk.size() - firstHigh < m_options.headBytes) {
                const qsizetype old = m_chunk.size();
                const qint64 want = m_options.headBytes - (old - firstHigh);
                m_chunk.resize(old + want);
                const qint64 n = m_device->read(m_chunk.data() + old, want);
                m_chunk.resize(old + qMax<qint64>(n, 0));
                if (n < 0) {
                    return readFailed();
                }
                m_atEnd = n == 0;
                m_bytesRead += n;
            }
            m_asciiSoFar = false;
            const TextEncodingGuess guess = TextEncoding::detect(m_chunk.sliced(firstHigh));
            // UTF-16 cannot follow ASCII in one file; such a guess is noise, and UTF-8 stays.
            if (!guess.name.startsWith(QLatin1String("UTF-16"))) {
                m_encoding = {guess.name, 0, guess.reason};
                m_decoder.emplace(guess.name);
            }
        }
    }
    m_decoder->appendTo(m_text, m_chunk);
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started || m_error.kind != CsvError::Kind::None)
        return false;
    for (;;) {
        switch (parseRecord(record)) {
        case Parsed::Record:
            ++m_records;
            return true;
        case Parsed::Blank:
            break;
        case Parsed::NeedMore:
            m_text.remove(0, m_pos);
            m_pos = 0;
            // Read at least as much as is pending, so a record longer than a chunk is re-parsed only a few times.
            if (!readMore(qMax<qint64>(m_options.chunkBytes, m_text.size())))
                return false;
            break;
        case Parsed::End:
            if (m_records == 0)
                fail(CsvError::Kind::Empty, 0,
                     QCoreApplication::translate("CsvReader", "The file has no rows, only blank lines."));
            return false;
        case Parsed::Failed:
            return false;
        }
    }
}

CsvReader::Parsed CsvReader::fieldTooLong(qint64 line, bool unclosedQuote)
{
    if (unclosedQuote) {
        fail(CsvError::Kind::UnclosedQuote, line,
             QCoreApplication::translate("CsvReader",
                                         "The quote that opens a field on line %1 is not closed within %L2 characters.")
                 .arg(line)
                 .arg(m_options.maxFieldChars));
    } else {
        fail(CsvError::Kind::FieldTooLong, line,
             QCoreApplication::translate("CsvReader", "A field on line %1 is longer than %L2 characters.")
                 .arg(line)
                 .arg(m_options.maxFieldChars));
    }
    return Parsed::Failed;
}

CsvReader::Parsed CsvReader::recordTooLong()
{
    fail(CsvError::Kind::RecordTooLong, m_line,
         QCoreApplication::translate("CsvReader", "The record on line %1 is longer than %L2 characters.")
             .arg(m_line)
             .arg(m_options.maxRecordChars));
    return Parsed::Failed;
}

CsvReader::Parsed CsvReader::nulCharacter(qint64 line)
{
    fail(CsvError::Kind::NulByte, line,
         QCoreApplication::translate(
             "CsvReader",
             "Line %1 contains a NUL character, which text never does: the file is damaged or in another encoding.")
             .arg(line));
    return Parsed::Failed;
}

// A quoted value that runs over several lines and past the limit is taken for a quote that was never closed: every
// later record has become part of it.
CsvReader::Parsed CsvReader::needMore(const char16_t *recordStart, const char16_t *end, qint64 fieldChars,
                                      qint64 fieldLine, bool openMultiLineQuote)
{
    if (fieldChars > m_options.maxFieldChars)
        return fieldTooLong(fieldLine, openMultiLineQuote);
    if (end - recordStart > m_options.maxRecordChars)
        return recordTooLong();
    return Parsed::NeedMore;
}

// Parses one record from m_pos. When the text ends inside it and the file goes on, it gives up (NeedMore) and
// starts over once more text is there: simpler than a resumable state machine, and cheap, since at most one record
// per chunk is parsed twice and a long one is read in ever larger pieces.
CsvReader::Parsed CsvReader::parseRecord(CsvRecord &record)
{
    const auto *const base = reinterpret_cast<const char16_t *>(m_text.constData());
    const char16_t *const begin = base + m_pos;
    const char16_t *const end = base + m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    const bool atEnd = m_atEnd;
    const qint64 maxFieldChars = m_options.maxFieldChars;
    const char16_t *p = begin;
    qint64 line = m_line;
    // Filled here and swapped into the caller's record only when complete, so a failed next() leaves it alone and
    // the two lists trade their storage instead of allocating anew each record.
    QStringList &fields = m_fields;
    fields.resize(0);

    if (p == end)
        return atEnd ? Parsed::End : Parsed::NeedMore;

    for (;;) {
        if (p < end && *p == u'"') {
            const qint64 quoteLine = line;
            QString value;
            const char16_t *segment = ++p;
            for (;;) {
                while (p < end) {
                    const char16_t c = *p;
                    if (c == u'"')
                        break;
                    if (c == u'\n' || (c == u'\r' && (p + 1 == end || p[1] != u'\n')))
                        ++line;
                    else if (c == 0)
                        return nulCharacter(line);
                    ++p;
                }
                if (p == end) {
                    if (atEnd) {
                        fail(CsvError::Kind::UnclosedQuote, quoteLine,
                             QCoreApplication::translate("CsvReader",
                                                         "The quote that opens a field on line %1 is never closed.")
                                 .arg(quoteLine));
                        return Parsed::Failed;
                    }
                    return needMore(begin, end, value.size() + (p - segment), quoteLine, line > quoteLine);
                }
                if (p + 1 == end && !atEnd)
                    return needMore(begin, end, value.size() + (p - segment), quoteLine, line > quoteLine);
                if (p + 1 < end && p[1] == u'"') {
                    value.append(reinterpret_cast<const QChar *>(segment), p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                if (value.isEmpty())
                    value = QString(reinterpret_cast<const QChar *>(segment), p - segment);
                else
                    value.append(reinterpret_cast<const QChar *>(segment), p - segment);
                ++p;
                break;
            }
            // Text after the closing quote (`"abc" def`) is kept, as Excel does, rather than failing the file.
            const char16_t *tail = p;
            while (p < end && !isSpecial(*p))
                ++p;
            if (p == end && !atEnd)
                return needMore(begin, end, value.size() + (p - tail), quoteLine, false);
            if (p != tail)
                value.append(reinterpret_cast<const QChar *>(tail), p - tail);
            if (value.size() > maxFieldChars)
                return fieldTooLong(quoteLine, false);
            fields.append(std::move(value));
        } else {
            const char16_t *fieldStart = p;
            while (p < end && !isSpecial(*p))
                ++p;
            if (p - fieldStart > maxFieldChars)
                return fieldTooLong(line, false);
            if (p == end && !atEnd)
                return needMore(begin, end, p - fieldStart, line, false);
            fields.emplaceBack(reinterpret_cast<const QChar *>(fieldStart), p - fieldStart);
        }

        if (p == end)
            break;
        const char16_t c = *p;
        if (c == delimiter) {
            ++p;
            if (fields.size() >= m_options.maxFields) {
                fail(CsvError::Kind::RecordTooLong, m_line,
                     QCoreApplication::translate("CsvReader", "Line %1 has more than %L2 fields.")
                         .arg(m_line)
                         .arg(m_options.maxFields));
                return Parsed::Failed;
            }
            continue;
        }
        if (c == u'\n') {
            ++p;
            ++line;
            break;
        }
        if (c == u'\r') {
            if (p + 1 == end && !atEnd)
                return needMore(begin, end, 0, line, false);
            ++p;
            if (p < end && *p == u'\n')
                ++p;
            ++line;
            break;
        }
        return nulCharacter(line);
    }

    if (p - begin > m_options.maxRecordChars)
        return recordTooLong();
    const qint64 startLine = m_line;
    m_pos = p - base;
    m_line = line;
    if (isBlank(fields))
        return Parsed::Blank;
    record.fields.swap(fields);
    record.line = startLine;
    return Parsed::Record;
}

} // namespace voronka
