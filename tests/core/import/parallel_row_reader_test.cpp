#include "import/CsvReader.h"
#include "import/ParallelRowReader.h"
#include "import/RowInterpreter.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace voronka;

namespace {

// Every column of a list mapped to something, so that each fixture's cells go through the cleaning that their
// position gives them (phones, INNs and e-mails among them).
const QList<ImportField> mapping
    = {ImportField::Company,     ImportField::Phone,   ImportField::Inn,     ImportField::Email, ImportField::City,
       ImportField::ContactName, ImportField::Address, ImportField::Comment, ImportField::Phone};

// What a row came to, as text: its place in the file, its cells and everything the interpreter made of them.
QString described(const CsvRecord &record, const InterpretedRow &row)
{
    QStringList parts = {QString::number(record.line),
                         record.fields.join(QLatin1Char('|')),
                         row.rejection,
                         row.problems.join(QLatin1Char('|')),
                         row.note,
                         row.validInn,
                         row.e164Phones().join(QLatin1Char('|')),
                         row.emailAddresses().join(QLatin1Char('|')),
                         row.record.company.name,
                         row.record.company.city,
                         row.record.company.inn};
    for (const Contact &contact : row.record.contacts)
        parts.append(contact.fullName);
    for (const Phone &phone : row.record.phones)
        parts.append(phone.raw + QLatin1Char('/') + phone.e164 + QLatin1Char('/') + phone.extension);
    return parts.join(QLatin1Char('\n'));
}

QStringList readOneByOne(QIODevice &device, CsvReader::Options options)
{
    CsvReader reader(&device, options);
    REQUIRE(reader.start());
    const RowInterpreter interpreter(mapping, {});
    QStringList rows;
    CsvRecord record;
    while (reader.next(record))
        rows.append(described(record, interpreter.interpret(record.fields)));
    CHECK(reader.error().kind == CsvError::Kind::None);
    return rows;
}

QStringList readInParallel(QIODevice &device, CsvReader::Options options, int batchRows, int maxBatches)
{
    CsvReader reader(&device, options);
    REQUIRE(reader.start());
    const RowInterpreter interpreter(mapping, {});
    QStringList rows;
    ParallelRowReader parallel(reader, interpreter, batchRows, maxBatches);
    ParallelRowReader::Row row;
    while (parallel.next(row))
        rows.append(described(row.record, row.interpreted));
    parallel.finish();
    CHECK(reader.error().kind == CsvError::Kind::None);
    return rows;
}

QStringList fixtureLists()
{
    QStringList paths;
    QDirIterator files(QStringLiteral(VORONKA_FIXTURES), {QStringLiteral("*.csv")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    return paths;
}

QByteArray longList(int rows)
{
    QByteArray list = QStringLiteral("Компания;Телефон;ИНН\n").toUtf8();
    for (int i = 0; i < rows; ++i)
        list += QStringLiteral("ООО Компания %1;8 (495) %2;77%3\n").arg(i).arg(1000000 + i).arg(10000000 + i).toUtf8();
    return list;
}

// A list that breaks off after some bytes, as one on a share that was disconnected.
class BreakingDevice : public QBuffer
{
public:
    BreakingDevice(const QByteArray &data, qint64 failAt)
        : m_failAt(failAt)
    {
        setData(data);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        return QBuffer::readData(data, std::min(maxSize, m_failAt - pos()));
    }

private:
    qint64 m_failAt;
};

} // namespace

TEST_CASE("Rows read and interpreted on a second thread are the rows read one by one, in file order",
          "[import][parallel]")
{
    const QStringList lists = fixtureLists();
    REQUIRE(lists.size() >= 10);
    for (const QString &path : lists) {
        INFO(path.toStdString());
        QFile sequentialFile(path);
        REQUIRE(sequentialFile.open(QIODevice::ReadOnly));
        // Small chunks and batches, so that records and characters are split between reads and batches.
        CsvReader::Options options;
        options.chunkBytes = 7;
        const QStringList expected = readOneByOne(sequentialFile, options);
        for (const auto &[batchRows, maxBatches] : {std::pair{1, 1}, std::pair{3, 2}, std::pair{512, 8}}) {
            QFile parallelFile(path);
            REQUIRE(parallelFile.open(QIODevice::ReadOnly));
            CHECK(readInParallel(parallelFile, options, batchRows, maxBatches) == expected);
        }
    }

    QBuffer sequential;
    sequential.setData(longList(5000));
    REQUIRE(sequential.open(QIODevice::ReadOnly));
    const QStringList expected = readOneByOne(sequential, {});
    REQUIRE(expected.size() == 5001);
    QBuffer parallel;
    parallel.setData(longList(5000));
    REQUIRE(parallel.open(QIODevice::ReadOnly));
    CHECK(readInParallel(parallel, {}, 512, 8) == expected);
}

TEST_CASE("A read error mid-file ends the rows after those read before it, with the reader's error",
          "[import][parallel]")
{
    const QByteArray list = longList(3000);
    const qint64 failAt = list.size() / 2;
    BreakingDevice device(list, failAt);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.chunkBytes = 4096;
    CsvReader reader(&device, options);
    REQUIRE(reader.start());
    const RowInterpreter interpreter(mapping, {});
    ParallelRowReader parallel(reader, interpreter, 64, 2);
    ParallelRowReader::Row row;
    qint64 rows = 0;
    qint64 lastLine = 0;
    while (parallel.next(row)) {
        ++rows;
        CHECK(row.record.line == lastLine + 1);
        lastLine = row.record.line;
    }
    parallel.finish();
    CHECK(reader.error().kind == CsvError::Kind::Io);
    CHECK(rows > 100);
    CHECK(rows < 3000);
    CHECK(parallel.bytesRead() <= failAt);
}

TEST_CASE("Stopping early stops the reading thread: it reads only a few batches ahead", "[import][parallel]")
{
    const QByteArray list = longList(100000);
    QBuffer device;
    device.setData(list);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.chunkBytes = 4096;
    CsvReader reader(&device, options);
    REQUIRE(reader.start());
    const RowInterpreter interpreter(mapping, {});
    {
        ParallelRowReader parallel(reader, interpreter, 16, 2);
        ParallelRowReader::Row row;
        REQUIRE(parallel.next(row));
        CHECK(row.record.line == 1);
    }
    // The worker has stopped (the destructor waited for it): the reader is the caller's again and still reads
    // where the worker left it, at most a few batches past the first row, nowhere near the end.
    CHECK(reader.recordsRead() < 200);
    CHECK(device.pos() < list.size() / 10);
    CsvRecord record;
    CHECK(reader.next(record));
}
