#pragma once

#include "DataContext.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

namespace voronka {

// What one person did in a period, as the activity report and plan against actual count it.
struct PersonActivity
{
    qint64 calls = 0; // call activities they recorded
    qint64 conversations = 0; // of them, those that reached the company (not no answer, busy or a wrong number)
    qint64 meetingsBooked = 0; // calls that booked a meeting
    qint64 meetingsHeld = 0; // meetings they recorded as held
    qint64 bookedMeetingsHeld = 0; // meetings held that they booked (the latest booking call before the meeting)
    qint64 offers = 0; // deals they moved to offer sent
    qint64 contracts = 0; // deals they moved to contract
    qint64 firstPayments = 0; // companies they brought that became clients for the first time
    qint64 paymentsKopecks = 0; // payments on their deals (on their companies for a payment without a deal)
    qint64 collectedContacts = 0; // companies they collected, created in the period
    qint64 confirmedContacts = 0; // companies they collected, confirmed in the period
    qint64 reactivatedClients = 0; // their clients back from reactivation to client
    qint64 vipVisits = 0; // VIP visit tasks they did
    qint64 vipVisitsDue = 0; // VIP visit tasks assigned to them that were due in the period

    bool operator==(const PersonActivity &) const = default;
};

// Each person's activity in a period, in a few set-based statements for everyone (never one per person), each a range
// of an index: activities_period for calls and meetings, stage_history_to for offers, contracts and first payments,
// payments_paid for money, companies_collected for the collected contacts, tasks_vip_visits for VIP visits. Events are
// in the period when their UTC time is in [start, end); a payment, which has a day and no time, when its day is in
// [firstDay, lastDay].
class PersonActivityQuery
{
public:
    explicit PersonActivityQuery(DataContext context);

    // By user id; userId 0: everyone who did something, otherwise that person only. region: the companies of that
    // region only (a regional head), empty for all.
    QHash<qint64, PersonActivity> of(const QDateTime &start, const QDateTime &end, const QDate &firstDay,
                                     const QDate &lastDay, qint64 userId = 0, const QString &region = {}) const;

    // Who booked the meeting under `meeting`: the latest call that booked a meeting with its company at or before it,
    // one look into activities_bookings. With meetingsHeldFrom, for every reader of the meetings held and their
    // bookers.
    static QString bookerOf(const QString &meeting);
    // On activities under `meeting`: a meeting held at or after the first ? and before the second. "kind IN (...)"
    // reads the meetings from activities_period (a partial index serves only a statement that repeats its condition).
    static QString meetingsHeldIn(const QString &meeting);

private:
    DataContext m_context;
};

} // namespace voronka
