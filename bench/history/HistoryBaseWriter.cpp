#include "HistoryBaseWriter.h"

#include "demo/DemoCompanyGenerator.h"
#include "domain/CallOutcome.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"
#include "domain/SettableClock.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/Database.h"
#include "storage/LostReasonRepository.h"
#include "storage/SearchBacklog.h"
#include "storage/SqlStatement.h"
#include "storage/SqliteHandle.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

#include <memory>

namespace voronka::bench {

namespace {

constexpr qint64 rowsPerCommit = 50000;

// One prepared statement on SQLite's handle, reused for every row. Text is copied when bound.
class RawStatement
{
public:
    RawStatement(sqlite3 *handle, const char *sql)
        : m_handle(handle)
    {
        if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    RawStatement &integer(int index, qint64 value)
    {
        sqlite3_bind_int64(m_statement, index, value);
        return *this;
    }
    // NULL for a negative id or time.
    RawStatement &integerOrNull(int index, qint64 value) { return value < 0 ? null(index) : integer(index, value); }
    RawStatement &text(int index, const QByteArray &value)
    {
        sqlite3_bind_text(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    RawStatement &textOrNull(int index, const QByteArray &value)
    {
        return value.isEmpty() ? null(index) : text(index, value);
    }
    RawStatement &time(int index, qint64 ms)
    {
        return ms < 0 ? null(index) : text(index, HistoryStories::storedTime(ms));
    }
    RawStatement &null(int index)
    {
        sqlite3_bind_null(m_statement, index);
        return *this;
    }
    qint64 run()
    {
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (result != SQLITE_DONE)
            fail();
        return sqlite3_last_insert_rowid(m_handle);
    }

private:
    [[noreturn]] void fail()
    {
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(m_handle)));
        throw StorageError::fromSqlError(error, QStringLiteral("write the history base"));
    }

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
};

sqlite3 *handleOf(Database &db)
{
    sqlite3 *handle = sqliteHandleOf(db.connection());
    if (!handle)
        throw StorageError(StorageError::Kind::Io,
                           QStringLiteral("The history base is written on SQLite's own handle, and Qt's driver runs "
                                          "another SQLite library than the one Voronka links."));
    return handle;
}

QByteArray key(const QString &text)
{
    return text.toUtf8();
}

// Titles of deals, by the company's place in the list.
const QList<QByteArray> &dealTitles()
{
    static const QList<QByteArray> titles{
        QByteArrayLiteral("Поставка оборудования"), QByteArrayLiteral("Сервисный договор на год"),
        QByteArrayLiteral("Пилотный проект"), QByteArrayLiteral("Расширение лицензий"),
        QByteArrayLiteral("Комплексное внедрение")};
    return titles;
}

} // namespace

HistoryBaseWriter::HistoryBaseWriter(Database &db, const HistoryStories &stories)
    : m_db(db)
    , m_stories(stories)
{
}

HistoryPeople HistoryBaseWriter::department(const DataContext &context, int callerCount)
{
    HistoryPeople people;
    for (const User &user : UserRepository(context).list()) {
        if (user.role == UserRole::Head && people.head == 0) {
            people.head = user.id;
        } else if (user.role == UserRole::Collector && people.collector == 0) {
            people.collector = user.id;
        } else if (user.role == UserRole::Caller && people.callers.size() < callerCount) {
            people.callers.append(user.id);
        } else if (user.role == UserRole::Closer) {
            people.closers.append(user.id);
        } else if (user.role == UserRole::AccountManager && people.accountManager == 0) {
            people.accountManager = user.id;
            people.accountManagerName = user.fullName;
        }
    }
    for (const LostReason &reason : LostReasonRepository(context).list())
        people.lostReasons.append(reason.title);
    return people;
}

HistoryCounts HistoryBaseWriter::write(const Progress &progress)
{
    const QSqlDatabase connection = m_db.connection();
    const QVariant cacheSize = SqlStatement::scalar(connection, QStringLiteral("PRAGMA cache_size"));
    // The indexes of stage_history and activities take rows in time order, not company order: a large page cache
    // keeps them from being written out and read back within a transaction.
    SqlStatement::run(connection, QStringLiteral("PRAGMA cache_size = -1048576"));
    HistoryCounts counts;
    QElapsedTimer timer;
    timer.start();
    const auto report = [&](const QString &what) {
        if (progress)
            progress(QStringLiteral("%1 (%2 s)\n").arg(what).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    };
    writeBatches(counts);
    writeCompanies(counts, progress);
    report(QStringLiteral("%1 companies in %2 import batches").arg(counts.companies).arg(counts.batches));
    writeDeals(counts);
    report(QStringLiteral("%1 deals").arg(counts.deals));
    writeEvents(counts, progress);
    report(QStringLiteral("%1 company moves, %2 deal steps, %3 activities, %4 payments")
               .arg(counts.companyMoves)
               .arg(counts.dealSteps)
               .arg(counts.activities)
               .arg(counts.payments));
    // The imported companies' search text waits in the backlog, as after a real import; the index takes it now.
    const qint64 indexed = SearchBacklog(m_db).fill();
    report(QStringLiteral("%1 companies moved from the search backlog into the index").arg(indexed));
    SqlStatement::run(connection, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return counts;
}

void HistoryBaseWriter::writeBatches(HistoryCounts &counts)
{
    RawStatement insert(handleOf(m_db),
                        "INSERT INTO import_batches (file_name, user_id, owner_id, started_at, finished_at, rows_read, "
                        "imported, created_at, state, heartbeat_at, encoding, delimiter, duplicate_policy) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'done', ?, 'UTF-8', ';', 'skip')");
    const QList<qint64> &users = m_stories.users();
    WriteTransaction transaction(m_db);
    int number = 0;
    for (const PlannedBatch &batch : m_stories.batches()) {
        const QByteArray started = HistoryStories::storedTime(batch.startedAt);
        const QByteArray finished = HistoryStories::storedTime(batch.finishedAt);
        insert.text(1, QByteArrayLiteral("list-") + QByteArray::number(++number) + QByteArrayLiteral(".csv"))
            .integer(2, users.at(batch.importer))
            .integerOrNull(3, batch.owner < 0 ? -1 : users.at(batch.owner))
            .text(4, started)
            .text(5, finished)
            .integer(6, batch.companies)
            .integer(7, batch.companies)
            .text(8, started)
            .text(9, finished);
        m_batchIds.push_back(insert.run());
        ++counts.batches;
    }
    transaction.commit();
}

void HistoryBaseWriter::writeCompanies(HistoryCounts &counts, const Progress &progress)
{
    RawStatement state(handleOf(m_db),
                       "UPDATE companies SET lost_reason = ?, confirmed_at = ?, brought_by = ?, client_since = ?, "
                       "call_attempts = ?, parked_at = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    const QList<qint64> &users = m_stories.users();
    QList<QByteArray> reasons;
    for (const QString &title : m_stories.people().lostReasons)
        reasons.append(title.toUtf8());

    DemoCompanyGenerator generator(m_stories.options().seed);
    SettableClock batchClock;
    SettableClock handClock;
    std::unique_ptr<CompanyBulkWriter> batchWriter;
    qint32 writerBatch = -1;
    const std::vector<PlannedCompany> &companies = m_stories.companies();
    m_companyIds.reserve(companies.size());
    size_t index = 0;
    while (index < companies.size()) {
        WriteTransaction transaction(m_db);
        const size_t end = std::min(companies.size(), index + size_t(rowsPerCommit));
        for (; index < end; ++index) {
            const PlannedCompany &planned = companies[index];
            CompanyRecord record = generator.next();
            record.company.stage = CompanyStage(planned.stage);
            record.company.ownerId = planned.owner < 0 ? 0 : users.at(planned.owner);
            record.company.collectedBy = users.at(planned.collectedBy);
            if (planned.batch >= 0) {
                // One writer for a batch: its companies carry its one time, as an import's do.
                if (writerBatch != planned.batch) {
                    if (batchWriter)
                        batchWriter->finishBatch();
                    batchClock.set(QDateTime::fromMSecsSinceEpoch(planned.createdAt, QTimeZone::utc()));
                    batchWriter = std::make_unique<CompanyBulkWriter>(
                        DataContext{m_db, batchClock, users.at(planned.collectedBy)});
                    batchWriter->beginBatch(m_stories.batches()[size_t(planned.batch)].companies);
                    writerBatch = planned.batch;
                }
                batchWriter->insert(record, m_batchIds[size_t(planned.batch)]);
            } else {
                handClock.set(QDateTime::fromMSecsSinceEpoch(planned.createdAt, QTimeZone::utc()));
                CompanyBulkWriter(DataContext{m_db, handClock, users.at(planned.collectedBy)}).insert(record);
            }
            m_companyIds.push_back(record.company.id);
            ++counts.companies;
            if (planned.version == 1)
                continue;
            // What its story changed beyond the stage and the owner (CompanyFunnelRepository::save,
            // ClientHandoverRepository, the confirmation of a collected contact).
            state.textOrNull(1, planned.reason < 0 ? QByteArray() : reasons.at(planned.reason))
                .time(2, planned.confirmedAt)
                .integerOrNull(3, planned.broughtBy < 0 ? -1 : users.at(planned.broughtBy))
                .time(4, planned.clientSince)
                .integer(5, planned.callAttempts)
                .time(6, planned.parkedAt)
                .integer(7, planned.version)
                .time(8, planned.updatedAt)
                .integer(9, users.at(planned.updatedBy))
                .integer(10, record.company.id)
                .run();
        }
        if (batchWriter && (index == companies.size() || companies[index].batch != writerBatch)) {
            batchWriter->finishBatch();
            batchWriter.reset();
            writerBatch = -1;
        }
        transaction.commit();
        if (progress)
            progress(QStringLiteral("%1 / %2 companies\n").arg(index).arg(companies.size()));
    }
}

void HistoryBaseWriter::writeDeals(HistoryCounts &counts)
{
    RawStatement insert(handleOf(m_db),
                        "INSERT INTO deals (company_id, owner_id, title, step, amount_kopecks, margin_kopecks, "
                        "currency, invoice_number, invoice_date, lost_reason, version, created_at, updated_at, "
                        "updated_by) VALUES (?, ?, ?, ?, ?, ?, 'RUB', ?, ?, ?, ?, ?, ?, ?)");
    const QList<qint64> &users = m_stories.users();
    QList<QByteArray> steps;
    for (const DealStep step : allDealSteps())
        steps.append(key(dealStepKey(step)));
    const std::vector<PlannedDeal> &deals = m_stories.deals();
    m_dealIds.reserve(deals.size());
    size_t index = 0;
    while (index < deals.size()) {
        WriteTransaction transaction(m_db);
        const size_t end = std::min(deals.size(), index + size_t(rowsPerCommit));
        for (; index < end; ++index) {
            const PlannedDeal &deal = deals[index];
            const qint64 id = qint64(index) + 1;
            insert.integer(1, m_companyIds[size_t(deal.company)])
                .integer(2, users.at(deal.owner))
                .text(3, dealTitles().at(int(deal.company % dealTitles().size())))
                .text(4, steps.at(deal.step))
                .integer(5, deal.amount)
                .integer(6, deal.margin);
            if (deal.invoiceAt >= 0) {
                const QDate day = HistoryStories::officeDay(deal.invoiceAt);
                insert.text(7, QByteArray::number(day.year()) + '-' + QByteArray::number(id))
                    .text(8, day.toString(Qt::ISODate).toLatin1());
            } else {
                insert.null(7).null(8);
            }
            insert
                .textOrNull(9, deal.reason < 0 ? QByteArray() : m_stories.people().lostReasons.at(deal.reason).toUtf8())
                .integer(10, deal.version)
                .time(11, deal.createdAt)
                .time(12, deal.updatedAt)
                .integer(13, users.at(deal.updatedBy));
            m_dealIds.push_back(insert.run());
            ++counts.deals;
        }
        transaction.commit();
    }
}

void HistoryBaseWriter::writeEvents(HistoryCounts &counts, const Progress &progress)
{
    sqlite3 *handle = handleOf(m_db);
    RawStatement history(handle,
                         "INSERT INTO stage_history (company_id, deal_id, user_id, from_stage, to_stage, changed_at, "
                         "comment, left_at, left_to, cohort_at, opens, lost_reason) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement activity(handle,
                          "INSERT INTO activities (company_id, deal_id, user_id, kind, occurred_at, outcome, note, "
                          "created_at, amount_kopecks, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement payment(handle,
                         "INSERT INTO payments (deal_id, company_id, amount_kopecks, currency, paid_at, created_at, "
                         "updated_at, updated_by) VALUES (?, ?, ?, 'RUB', ?, ?, ?, ?)");
    const QList<qint64> &users = m_stories.users();
    QList<QByteArray> stages;
    for (int stage = 0; stage <= int(CompanyStage::Reactivation); ++stage)
        stages.append(key(companyStageKey(CompanyStage(stage))));
    QList<QByteArray> steps;
    for (const DealStep step : allDealSteps())
        steps.append(key(dealStepKey(step)));
    QList<QByteArray> callOutcomes;
    for (const CallOutcome outcome : allCallOutcomes())
        callOutcomes.append(key(callOutcomeKey(outcome)));
    QList<QByteArray> meetingOutcomes;
    for (const QString &outcome : HistoryStories::meetingOutcomeKeys())
        meetingOutcomes.append(key(outcome));
    QList<QByteArray> reasons;
    for (const QString &title : m_stories.people().lostReasons)
        reasons.append(title.toUtf8());
    // PaymentRecorder's words, untranslated as a program without a translator writes them.
    const QByteArray handover
        = QByteArrayLiteral("First payment: handed over to ") + m_stories.people().accountManagerName.toUtf8();

    const std::vector<HistoryEvent> &events = m_stories.events();
    const std::vector<PlannedCompany> &companies = m_stories.companies();
    const std::vector<PlannedDeal> &deals = m_stories.deals();
    size_t index = 0;
    while (index < events.size()) {
        WriteTransaction transaction(m_db);
        const size_t end = std::min(events.size(), index + size_t(rowsPerCommit));
        for (; index < end; ++index) {
            const HistoryEvent &event = events[index];
            const qint64 companyId = m_companyIds[size_t(event.company)];
            const qint64 dealId = event.deal < 0 ? -1 : m_dealIds[size_t(event.deal)];
            const qint64 userId = users.at(event.user);
            const QByteArray at = HistoryStories::storedTime(event.at);
            activity.integer(1, companyId).integerOrNull(2, dealId).integer(3, userId).text(5, at).text(8, at);
            activity.null(7).null(9).null(10);
            switch (event.kind) {
            case HistoryEventKind::CompanyMove:
            case HistoryEventKind::DealStep: {
                const bool dealStep = event.kind == HistoryEventKind::DealStep;
                const QList<QByteArray> &names = dealStep ? steps : stages;
                const QByteArray reason = event.reason < 0 ? QByteArray() : reasons.at(event.reason);
                const QByteArray comment = event.handover ? handover : reason;
                history.integer(1, companyId)
                    .integerOrNull(2, dealId)
                    .integer(3, userId)
                    .textOrNull(4, event.from < 0 ? QByteArray() : names.at(event.from))
                    .text(5, names.at(event.to))
                    .text(6, at)
                    .textOrNull(7, comment)
                    .time(8, event.leftAt)
                    .textOrNull(9, event.leftTo < 0 ? QByteArray() : names.at(event.leftTo))
                    .time(10,
                          dealStep ? deals[size_t(event.deal)].createdAt : companies[size_t(event.company)].createdAt)
                    .integer(11, event.opens ? 1 : 0)
                    .textOrNull(12, reason)
                    .run();
                activity.text(4, dealStep ? QByteArrayLiteral("deal_step") : QByteArrayLiteral("stage_change"))
                    .text(6, names.at(event.to))
                    .textOrNull(7, comment);
                ++(dealStep ? counts.dealSteps : counts.companyMoves);
                break;
            }
            case HistoryEventKind::Call:
                activity.text(4, QByteArrayLiteral("call")).text(6, callOutcomes.at(event.outcome));
                break;
            case HistoryEventKind::Meeting:
                activity.text(4, QByteArrayLiteral("meeting")).text(6, meetingOutcomes.at(event.outcome));
                break;
            case HistoryEventKind::Payment:
                payment.integer(1, dealId)
                    .integer(2, companyId)
                    .integer(3, event.amount)
                    .text(4, HistoryStories::storedPaymentDay(event.at))
                    .text(5, at)
                    .text(6, at)
                    .integer(7, userId)
                    .run();
                ++counts.payments;
                activity.text(4, QByteArrayLiteral("payment"))
                    .text(6, event.outcome == 1 ? QByteArrayLiteral("paid") : QByteArrayLiteral("part_paid"))
                    .integer(9, event.amount)
                    .text(10, QByteArrayLiteral("RUB"));
                break;
            }
            activity.run();
            ++counts.activities;
        }
        transaction.commit();
        if (progress && (index / size_t(rowsPerCommit)) % 20 == 0)
            progress(QStringLiteral("%1 / %2 events\n").arg(index).arg(events.size()));
    }
}

} // namespace voronka::bench
