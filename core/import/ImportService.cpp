#include "ImportService.h"

#include "ColumnMapper.h"
#include "CsvReader.h"
#include "DuplicateIndex.h"
#include "ImportError.h"
#include "ImportReport.h"
#include "ParallelRowReader.h"
#include "RowInterpreter.h"
#include "domain/Clock.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/CompanyRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DuplicateKeyReader.h"
#include "storage/EmailRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace voronka {

namespace {
constexpr int progressEvery = 2000;
constexpr int waitPollMs = 500;
constexpr qint64 typicalRowBytes = 150;

// The lines of this file the companies it added came from, to name a duplicate's twin by its line. Ids grow with
// the rows (a colleague's company written between two steps only takes an id in between), so the pairs stay
// sorted: 16 bytes a company, no hash.
class ImportedLines
{
public:
    void add(qint64 companyId, qint64 line) { m_lines.emplace_back(companyId, line); }
    // 0: the company was in the base before this import.
    qint64 lineOf(qint64 companyId) const
    {
        const auto found = std::lower_bound(m_lines.cbegin(), m_lines.cend(), std::pair(companyId, qint64(0)));
        return found != m_lines.cend() && found->first == companyId ? found->second : 0;
    }

private:
    std::vector<std::pair<qint64, qint64>> m_lines;
};

// Adds to a company already stored what a duplicate row knows and it does not.
class Merger
{
public:
    Merger(DataContext context, CompanyBulkWriter &writer, DuplicateIndex &index, qint64 batchId)
        : m_context(context)
        , m_writer(writer)
        , m_index(index)
        , m_batches(context)
        , m_batchId(batchId)
    {
    }

    void merge(qint64 companyId, InterpretedRow &row)
    {
        const Company &incoming = row.record.company;
        bool searchChanged = false;
        const QList<QPair<QString, QString>> fields
            = {{QStringLiteral("inn"), incoming.inn},         {QStringLiteral("city"), incoming.city},
               {QStringLiteral("region"), incoming.region},   {QStringLiteral("address"), incoming.address},
               {QStringLiteral("website"), incoming.website}, {QStringLiteral("industry"), incoming.industry}};
        for (const auto &[field, value] : fields) {
            if (!value.isEmpty() && m_batches.fillEmptyField(m_batchId, companyId, field, value))
                searchChanged = searchChanged || field == QLatin1String("inn") || field == QLatin1String("city");
        }

        const QList<Phone> phones = PhoneRepository(m_context).listForCompany(companyId);
        int position = int(phones.size());
        for (Phone phone : std::as_const(row.record.phones)) {
            bool known = false;
            for (const Phone &existing : phones)
                known = known || (phone.isValid() ? existing.e164 == phone.e164 : existing.raw == phone.raw);
            if (known)
                continue;
            phone.companyId = companyId;
            phone.position = position++;
            m_writer.insertPhone(phone, m_batchId);
            m_index.addPhone(phone.e164, companyId);
            searchChanged = true;
        }

        const QList<Contact> contacts = ContactRepository(m_context).listForCompany(companyId);
        for (Contact contact : std::as_const(row.record.contacts)) {
            bool known = false;
            for (const Contact &existing : contacts)
                known = known || existing.fullName.compare(contact.fullName, Qt::CaseInsensitive) == 0;
            if (known)
                continue;
            contact.companyId = companyId;
            m_writer.insertContact(contact, m_batchId);
        }

        const QList<Email> emails = EmailRepository(m_context).listForCompany(companyId);
        for (Email email : std::as_const(row.record.emails)) {
            bool known = false;
            for (const Email &existing : emails)
                known = known || existing.address == email.address;
            if (known)
                continue;
            email.companyId = companyId;
            m_writer.insertEmail(email, m_batchId);
            m_index.addEmail(email.address, companyId);
        }
        if (!row.note.isEmpty())
            m_writer.insertNote(companyId, row.note, m_batchId);
        if (searchChanged)
            m_writer.refreshSearch(companyId);
    }

private:
    DataContext m_context;
    CompanyBulkWriter &m_writer;
    DuplicateIndex &m_index;
    ImportBatchRepository m_batches;
    qint64 m_batchId;
};
} // namespace

ImportService::ImportService(DataContext context, StepPacing pacing)
    : m_context(context)
    , m_pacing(pacing)
{
}

QString ImportService::savedMappingKey(const QStringList &header)
{
    return QStringLiteral("import/mapping/") + ColumnMapper::headerSignature(header);
}

void ImportService::throwReaderError(const CsvReader &reader)
{
    const CsvError &error = reader.error();
    switch (error.kind) {
    case CsvError::Kind::None:
        return;
    case CsvError::Kind::Io:
        throw ImportError(ImportError::Kind::Unreadable, error.message);
    case CsvError::Kind::NotText:
    case CsvError::Kind::Empty:
    case CsvError::Kind::UnknownEncoding:
        throw ImportError(ImportError::Kind::NotText, error.message);
    default:
        throw ImportError(ImportError::Kind::Malformed, error.message);
    }
}

ImportService::Head ImportService::readHead(CsvReader &reader, const ImportOptions &options, int rows)
{
    if (!reader.start())
        throwReaderError(reader);
    Head head;
    CsvRecord record;
    while (head.records.size() < rows && reader.next(record))
        head.records.append(record);
    throwReaderError(reader);
    if (head.records.isEmpty())
        throw ImportError(ImportError::Kind::NotText, tr("The file holds no rows."));

    QList<QStringList> cells;
    int columns = 0;
    for (const CsvRecord &each : std::as_const(head.records)) {
        cells.append(each.fields);
        columns = std::max(columns, int(each.fields.size()));
    }
    const ColumnGuess guess = ColumnMapper::guess(cells);
    head.mapping = guess.fields;
    head.headerFound = options.hasHeader.value_or(guess.headerFound);
    if (head.headerFound) {
        const QString saved = SettingsRepository(m_context.db).value(savedMappingKey(head.records.first().fields));
        if (!saved.isEmpty()) {
            QList<ImportField> remembered;
            for (const QString &key : saved.split(QLatin1Char(',')))
                remembered.append(importFieldFromKey(key).value_or(ImportField::Ignore));
            if (remembered.size() == head.records.first().fields.size()) {
                head.mapping = remembered;
                head.mappingRemembered = true;
            }
        }
    }
    if (!options.mapping.isEmpty())
        head.mapping = options.mapping;
    while (head.mapping.size() < columns)
        head.mapping.append(ImportField::Ignore);
    return head;
}

ImportPreview ImportService::preview(QIODevice *device, const ImportOptions &options, int rows)
{
    CsvReader reader(device, {options.encoding, options.delimiter});
    const Head head = readHead(reader, options, rows);
    ImportPreview preview;
    preview.encoding = reader.encoding().name;
    preview.encodingReason = reader.encoding().reason;
    preview.delimiter = reader.delimiter();
    for (const CsvRecord &record : head.records) {
        preview.rows.append(record.fields);
        preview.lines.append(record.line);
        preview.columnCount = std::max(preview.columnCount, int(record.fields.size()));
    }
    preview.mapping = head.mapping;
    preview.headerFound = head.headerFound;
    preview.mappingRemembered = head.mappingRemembered;
    return preview;
}

ImportResult ImportService::run(QIODevice *device, const ImportOptions &options, ImportReport *report,
                                const ProgressCallback &progress)
{
    CsvReader reader(device, {options.encoding, options.delimiter});
    Head head = readHead(reader, options, 20);
    if (!head.mapping.contains(ImportField::Company) && !head.mapping.contains(ImportField::Phone)) {
        throw ImportError(ImportError::Kind::NoUsableColumn,
                          tr("No column holds a company name or a phone number; choose the columns by hand."));
    }

    ImportResult result;
    result.encoding = reader.encoding().name;
    result.delimiter = reader.delimiter();
    result.headerFound = head.headerFound;
    result.mapping = head.mapping;
    ImportOptions effective = options;
    if (effective.fileName.isEmpty()) {
        const auto *file = qobject_cast<QFile *>(device);
        effective.fileName = file ? QFileInfo(file->fileName()).fileName() : tr("(unnamed list)");
    }
    const RowInterpreter interpreter(head.mapping, effective);
    // The head holds every record up to its size: a header alone is the whole file, refused before anything is
    // written.
    if (head.records.size() == (head.headerFound ? 1 : 0))
        throw ImportError(ImportError::Kind::NoRows, tr("The file has a header but no rows to import."));

    ImportBatchRepository batches(m_context, m_pacing);
    ImportBatch batch;
    batch.fileName = effective.fileName;
    batch.ownerId = options.ownerId;
    batch.tag = options.tag;
    batch.encoding = result.encoding;
    batch.delimiter = delimiterKey(result.delimiter);
    batch.duplicatePolicy = duplicatePolicyKey(options.duplicates);
    try {
        batch.id = beginWhenFree(batches, batch, progress);
    } catch (const StorageError &error) {
        throw ImportError(error, tr("The base refused the import: %1").arg(error.message()));
    }
    result.batchId = batch.id;

    // One step's transaction at a time; empty between two steps.
    std::optional<WriteTransaction> transaction;
    std::unique_ptr<CompanyBulkWriter> writer;
    try {
        DuplicateIndex index;
        ImportedLines importedLines;
        const DuplicateKeyReader baseKeys(m_context.db);
        if (options.duplicates != DuplicatePolicy::Import) {
            baseKeys.readPhones([&index](const QString &key, qint64 id) { index.addPhone(key, id); });
            baseKeys.readInns([&index](const QString &key, qint64 id) { index.addInn(key, id); });
            baseKeys.readEmails([&index](const QString &key, qint64 id) { index.addEmail(key, id); });
        }
        WriteSteps steps(m_context.db, m_pacing);
        transaction.emplace(m_context.db);
        writer = std::make_unique<CompanyBulkWriter>(m_context);
        // The writer prepares differently for a list that outweighs the base; the file's size is a good enough
        // guess at its rows (a cold list's row is 100-200 bytes).
        writer->beginBatch(device->isSequential() ? 0 : device->size() / typicalRowBytes);
        Merger merger(m_context, *writer, index, batch.id);
        // Commits what the step wrote (still hidden: the batch is 'loading'), lets waiting writers in, goes on.
        const auto nextStep = [&] {
            batches.heartbeat(batch.id);
            steps.commit(*transaction);
            transaction.reset();
            steps.pause();
            transaction.emplace(m_context.db);
            steps.restart();
        };

        const auto process = [&](const CsvRecord &record, InterpretedRow row) {
            ++result.rows;
            if (row.isRejected()) {
                ++result.rejected;
                if (report)
                    report->add({record.line, ImportReport::Status::Rejected, row.rejection, record.fields, {}});
                return;
            }
            const QStringList phones = row.e164Phones();
            const QStringList emails = row.emailAddresses();
            const QString &inn = row.validInn;
            if (options.duplicates != DuplicatePolicy::Import) {
                const DuplicateIndex::Match match = index.find(phones, inn, emails);
                if (match.companyId != 0) {
                    if (options.duplicates == DuplicatePolicy::Skip) {
                        ++result.skipped;
                    } else {
                        merger.merge(match.companyId, row);
                        ++result.merged;
                    }
                    if (report) {
                        const ImportReport::DuplicateOf twin{match.kind, match.value, match.companyId,
                                                             baseKeys.companyName(match.companyId),
                                                             importedLines.lineOf(match.companyId)};
                        report->add({record.line, ImportReport::Status::Duplicate, ImportReport::duplicateReason(twin),
                                     record.fields, twin});
                    }
                    return;
                }
            }
            writer->insert(row.record, batch.id);
            const qint64 id = row.record.company.id;
            if (report && options.duplicates != DuplicatePolicy::Import)
                importedLines.add(id, record.line);
            if (!row.note.isEmpty())
                writer->insertNote(id, row.note, 0);
            for (const QString &phone : phones)
                index.addPhone(phone, id);
            index.addInn(inn, id);
            for (const QString &email : emails)
                index.addEmail(email, id);
            ++result.imported;
            if (!row.problems.isEmpty()) {
                ++result.flagged;
                if (report)
                    report->add({record.line,
                                 ImportReport::Status::Flagged,
                                 row.problems.join(QStringLiteral("; ")),
                                 record.fields,
                                 {}});
            }
        };

        for (int i = head.headerFound ? 1 : 0; i < head.records.size(); ++i)
            process(head.records.at(i), interpreter.interpret(head.records.at(i).fields));
        // The rest is read and interpreted on a second thread, ahead of this one (the reader and the device are
        // its own until finish()).
        const qint64 deviceSize = device->size();
        ParallelRowReader rows(reader, interpreter);
        ParallelRowReader::Row next;
        while (rows.next(next)) {
            process(next.record, std::move(next.interpreted));
            if (progress && result.rows % progressEvery == 0
                && !progress({rows.bytesRead(), deviceSize, result.rows, {}}))
                throw ImportError(ImportError::Kind::Cancelled, tr("The import was cancelled; nothing was imported."));
            if (steps.stepIsFull())
                nextStep();
        }
        rows.finish();
        throwReaderError(reader);
        if (result.rows == 0)
            throw ImportError(ImportError::Kind::NoRows, tr("The file has a header but no rows to import."));

        writer->finishBatch();
        // A file whose first 64 KiB are plain ASCII has its encoding decided at the first other byte.
        result.encoding = reader.encoding().name;
        batch.encoding = result.encoding;
        batch.rowsRead = result.rows;
        batch.imported = result.imported;
        batch.merged = result.merged;
        batch.duplicates = result.duplicates();
        batch.rejected = result.rejected;
        // Fails when a cleaner took the batch for abandoned (this process stalled for a minute).
        batches.heartbeat(batch.id);
        batches.finish(batch);
        if (head.headerFound) {
            QStringList keys;
            for (const ImportField field : std::as_const(head.mapping))
                keys.append(importFieldKey(field));
            SettingsRepository(m_context.db)
                .setValue(savedMappingKey(head.records.first().fields), keys.join(QLatin1Char(',')));
        }
        transaction->commit();
        transaction.reset();
        if (progress)
            progress({device->size(), device->size(), result.rows, {}});
    } catch (...) {
        // The step under way rolls back; what earlier steps committed is hidden at once and removed in steps. If
        // that fails too (the disk, the lock), the batch stays 'loading' without a heartbeat and the cleaner
        // removes it later.
        transaction.reset();
        try {
            if (writer) {
                WriteTransaction restore(m_context.db);
                writer->finishBatch();
                restore.commit();
            }
            batches.discard(batch.id);
        } catch (const StorageError &) {
        }
        try {
            throw;
        } catch (const StorageError &error) {
            throw ImportError(error, tr("The base refused the import: %1").arg(error.message()));
        }
    }
    return result;
}

qint64 ImportService::beginWhenFree(ImportBatchRepository &batches, const ImportBatch &batch,
                                    const ProgressCallback &progress)
{
    for (;;) {
        std::optional<ImportBatch> other;
        {
            // The check and the insert in one transaction: two imports starting together cannot both see the
            // other missing.
            WriteTransaction transaction(m_context.db);
            other = batches.liveImport(m_context.clock.nowUtc().addSecs(-ImportBatchRepository::abandonedAfterSeconds));
            if (!other) {
                const qint64 id = batches.begin(batch);
                transaction.commit();
                return id;
            }
        }
        const QString waiting = other->userName.isEmpty()
            ? tr("Waiting for the import of %1 (started %2) to finish…")
                  .arg(other->fileName, other->startedAt.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("Waiting for the import of %1 by %2 to finish…").arg(other->fileName, other->userName);
        if (progress && !progress({0, 0, 0, waiting}))
            throw ImportError(ImportError::Kind::Cancelled, tr("The import was cancelled; nothing was imported."));
        QThread::msleep(waitPollMs);
    }
}

} // namespace voronka
