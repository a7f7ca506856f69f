#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace voronka::bench {

// The people of the department whose work the history records (the demo department's, by id).
struct HistoryPeople
{
    qint64 head = 0;
    qint64 collector = 0;
    QList<qint64> callers;
    QList<qint64> closers;
    qint64 accountManager = 0;
    QString accountManagerName; // in the first payment's handover comment
    QStringList lostReasons; // the titles of the lost reasons list, in its order
};

struct HistoryOptions
{
    qint64 companies = 0;
    quint32 seed = 2026;
    QDate until; // the history's last day, in the office's zone (UTC+3, as the demo's)
    int days = 730;
    qint64 perBatch = 50000; // companies per import batch
    qint64 byHand = -1; // companies entered by hand; -1: one in 250
};

// What a history event writes. A company move and a deal step are stage_history rows with their stage_change or
// deal_step activity; a call and a meeting outcome are activities; a payment is a payment row and its activity.
enum class HistoryEventKind : quint8 { CompanyMove, DealStep, Call, Meeting, Payment };

// One event of a company's story. Times are milliseconds since the epoch, UTC. Stages are CompanyStage values,
// steps DealStep values, -1 for none; users are indexes into HistoryStories::users().
struct HistoryEvent
{
    qint64 at = 0;
    qint64 leftAt = -1; // moves and steps: the next move of the company (or step of the deal), -1 while there
    qint64 amount = 0; // payments, in kopecks
    qint32 company = 0; // index into companies()
    qint32 deal = -1; // index into deals()
    quint16 seq = 0; // its place in the company's story: events at one time are written in this order
    HistoryEventKind kind = HistoryEventKind::Call;
    qint8 from = -1;
    qint8 to = -1;
    qint8 leftTo = -1;
    quint8 user = 0;
    qint8 reason = -1; // a move to lost: index into HistoryPeople::lostReasons
    qint8 outcome = -1; // a call: CallOutcome; a meeting: index into meetingOutcomeKeys(); a payment: 1 paid in full
    bool opens = false; // the company's first move, the deal's first step
    bool handover = false; // the move to client of the first payment (its comment names the account manager)
};

struct PlannedBatch
{
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 companies = 0;
    quint8 importer = 0;
    qint16 owner = -1; // the caller the batch's companies were given to; -1: the pool
};

// A company as its story leaves it.
struct PlannedCompany
{
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 confirmedAt = -1;
    qint64 clientSince = -1;
    qint64 parkedAt = -1;
    qint32 batch = -1; // index into batches(); -1: entered by hand
    qint32 version = 1;
    qint32 payments = 0;
    qint8 stage = 0;
    qint8 reason = -1; // while lost
    qint16 owner = -1;
    qint16 broughtBy = -1;
    quint8 collectedBy = 0;
    quint8 updatedBy = 0;
    quint8 callAttempts = 0;
};

struct PlannedDeal
{
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 amount = 0;
    qint64 margin = 0;
    qint64 paid = 0;
    qint64 invoiceAt = -1;
    qint64 lastEvent = -1; // while planning: the index of its last step in events()
    qint32 company = 0;
    qint32 version = 1;
    quint8 owner = 0;
    quint8 updatedBy = 0;
    qint8 step = 0;
    qint8 reason = -1;
};

// Two years of a sales department's work over a base of companies, planned in memory, the same for the same seed
// and last day: companies created in import batches and by hand, each one's story along the conveyor by the
// funnel's own rules (the moves CompanyStageMachine and DealStepMachine allow, by the person who makes each in the
// product: callers, closers, the account manager, the collector, the head), and the derived columns of every
// stage_history row exactly as StageHistoryRepository::record writes them. HistoryBaseWriter stores it.
class HistoryStories
{
public:
    HistoryStories(const HistoryOptions &options, const HistoryPeople &people);

    // Plans every company's story; events() come out in the order they happened (then by company and story).
    void plan();

    const HistoryOptions &options() const { return m_options; }
    const HistoryPeople &people() const { return m_people; }
    // User ids by the index events and plans hold.
    const QList<qint64> &users() const { return m_users; }
    // Companies in the order they were created, deals in the order they were opened.
    const std::vector<PlannedBatch> &batches() const { return m_batches; }
    const std::vector<PlannedCompany> &companies() const { return m_companies; }
    const std::vector<PlannedDeal> &deals() const { return m_deals; }
    const std::vector<HistoryEvent> &events() const { return m_events; }
    // The first moment after the history: the next day's midnight in the office's zone.
    qint64 horizon() const { return m_horizon; }

    static const QStringList &meetingOutcomeKeys();
    // A time as Voronka stores it (Timestamps: ISO 8601, UTC, milliseconds), from milliseconds since the epoch.
    static QByteArray storedTime(qint64 ms);
    // A payment's day as PaymentRepository stores it: the office's day at that time, at midnight UTC.
    static QByteArray storedPaymentDay(qint64 ms);
    // The office's day at that time (for invoice dates).
    static QDate officeDay(qint64 ms);

private:
    friend class HistoryStory;
    void layOutCompanies();

    HistoryOptions m_options;
    HistoryPeople m_people;
    QList<qint64> m_users;
    qint64 m_horizon = 0;
    qint64 m_start = 0;
    std::vector<PlannedBatch> m_batches;
    std::vector<PlannedCompany> m_companies;
    std::vector<PlannedDeal> m_deals;
    std::vector<HistoryEvent> m_events;
};

} // namespace voronka::bench
