#pragma once

#include "DuplicateIndex.h"

#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace voronka {

class CsvWriter;

// Where an import tells, row by row, what it left out or could not understand.
class ImportReport
{
public:
    enum class Status { Rejected, Duplicate, Flagged };
    // The company a duplicate row matched, as people know it: by name, and by its line when it came from the same
    // file (a company already in the base has no line).
    struct DuplicateOf
    {
        DuplicateIndex::KeyKind key = DuplicateIndex::KeyKind::Phone;
        QString value; // the phone, INN or e-mail both have
        qint64 companyId = 0;
        QString companyName;
        qint64 line = 0; // the line of this file the company was imported from; 0: it was in the base before
    };
    struct Entry
    {
        qint64 line = 0;
        Status status = Status::Rejected;
        QString reason;
        QStringList fields;
        std::optional<DuplicateOf> duplicateOf; // for a duplicate: what it duplicates (reason says it in words)
    };

    virtual ~ImportReport() = default;
    virtual void add(const Entry &entry) = 0;
    static QString statusTitle(Status status);
    // The status as a stable, untranslated key ("rejected", "duplicate", "flagged").
    static QString statusKey(Status status);
    // "the same phone +74951234567 as «ООО Ромашка» (line 15)", "… as «ООО Ромашка», already in the base":
    // the one place a duplicate's reason is put in words.
    static QString duplicateReason(const DuplicateOf &duplicate);
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
