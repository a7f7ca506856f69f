#pragma once

#include <QList>
#include <QStringList>

class QIODevice;

namespace voronka {

class CsvWriter;

// Where an import tells, row by row, what it left out or could not understand.
class ImportReport
{
public:
    enum class Status { Rejected, Duplicate, Flagged };
    struct Entry
    {
        qint64 line = 0;
        Status status = Status::Rejected;
        QString reason;
        QStringList fields;
    };

    virtual ~ImportReport() = default;
    virtual void add(const Entry &entry) = 0;
    static QString statusTitle(Status status);
};

// Writes the report as CSV (line, status, reason, then the row's own cells) as it goes.
class CsvImportReport : public ImportReport
{
public:
    explicit CsvImportReport(QIODevice *device);
    ~CsvImportReport() override;
    void add(const Entry &entry) override;
    // False when writing failed (disk full); call at the end.
    bool finish();

private:
    CsvWriter *m_writer;
    bool m_ok = true;
};

// Keeps the report in memory for the window, up to a limit; counts everything.
class MemoryImportReport : public ImportReport
{
public:
    explicit MemoryImportReport(int limit = 100000);
    void add(const Entry &entry) override;
    const QList<Entry> &entries() const { return m_entries; }
    qint64 total() const { return m_total; }
    // Writes the kept entries as CSV; false when the device refused them.
    bool save(QIODevice *device) const;

private:
    int m_limit;
    qint64 m_total = 0;
    QList<Entry> m_entries;
};

} // namespace voronka
