#pragma once

#include "DemoDepartment.h"
#include "DemoTimeline.h"
#include "domain/CompanyStage.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <functional>

namespace voronka {

// Plans what happened to each company of the demo base over the department's last six months, as dated steps of
// the demo's people (DemoDepartment) on the timeline: first calls, callbacks, booked, moved, cancelled and held
// meetings, offers, objections, contracts, invoices, payments in full and in parts, repeat sales, clients won
// back, companies lost and returned to the cold base. Every step is before "now"; what is still to come (a
// callback, a meeting, a payment reminder) is a task due from yesterday to next week, so that the Today lists
// have overdue, today's and this week's work. The same seed and "now" plan the same steps.
class DemoStories
{
public:
    // How far back the history goes: the collector's lists came in then.
    static constexpr int historyDays = 182;

    DemoStories(DemoDepartment &department, DemoTimeline &timeline, const QDateTime &now, quint32 seed);

    // The moment the collector brought the companies in, before every story that ends at now.
    static QDateTime importTime(const QDateTime &now);
    // The stage the index-th company ends at: every 20 companies as 9 cold, 4 calling, 2 meeting, 1 deal,
    // 2 client, 1 lost, 1 reactivation, the shape of a real funnel.
    static CompanyStage finalStage(int index);
    // Plans the index-th company's story, which ends at finalStage(index).
    void plan(int index, DemoCompany &company);

private:
    using Step = std::function<void(DemoCompany &)>;
    // One company's steps so far: each new one comes after the one before it.
    struct Story
    {
        DemoCompany &company;
        QDateTime last;
    };

    void add(Story &story, QDateTime at, Step step);
    int pick(int count);
    // A time of an office day, in UTC.
    static QDateTime at(const QDate &day, int hour, int minute = 0);
    QDateTime someTimeOn(const QDate &day, int fromHour = 10, int toHour = 17);
    // The last working day before today.
    QDate lastWorkday() const;
    // Where a meeting goes when its day is full: a later day, or (for a story planned back from its end) an earlier.
    enum class WhenFull { Later, Earlier };
    // The first free start in the closer's diary on that day (from that hour, in office hours, then on the next
    // or previous working days), so that no booking collides with another meeting of theirs.
    QDateTime meetingSlot(qint64 closerId, QDate day, int hour, WhenFull whenFull = WhenFull::Later);
    // A new deal with the next of the demo's titles and amounts.
    NewDeal nextDeal(DealStep first, const QString &comment);

    // A few calls nobody answered, on working days before the given one.
    void failedCallsBefore(Story &story, const QDate &day, int count);
    // Books a meeting on bookingDay for a few days later; returns its time.
    QDateTime bookMeeting(Story &story, const QDate &bookingDay);
    // From the first call to the first deal paid; returns the day of its last payment.
    QDate firstSale(Story &story, const QDate &start, bool objections, bool paidInParts);
    // A repeat sale by the account manager some weeks after lastPayment, as far as it got by yesterday.
    void repeatSale(Story &story, const QDate &lastPayment);
    // The client went quiet, went to reactivation and was won back with a new deal; false when there is no time
    // for that before today (nothing is planned then).
    bool winBack(Story &story, const QDate &lastPayment);

    void coldReturned(Story &story, int block);
    void calling(Story &story, int index);
    void meeting(Story &story, int index);
    void openDeal(Story &story, int index);
    void client(Story &story, int index);
    void lost(Story &story, int index);
    void reactivation(Story &story, int index);

    DemoDepartment &m_department;
    DemoTimeline &m_timeline;
    QDateTime m_now;
    QDate m_today;
    QRandomGenerator m_random;
    QHash<qint64, QList<QDateTime>> m_diaries; // each closer's meetings
    int m_deals = 0;
    int m_openDeals = 0;
    int m_clients = 0;
    int m_reactivations = 0;
};

} // namespace voronka
