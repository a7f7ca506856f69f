#pragma once

#include "domain/DealStep.h"
#include "domain/SettableClock.h"
#include "domain/UserRole.h"
#include "funnel/DealOpener.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace voronka {

class Database;

// One company as the demo walks through its history: what its next step needs to know.
struct DemoCompany
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 callerId = 0; // the first-line caller who owns it while it is cold
    qint64 closerId = 0; // the closer who takes its meetings and deals
    QString place; // where its meetings are: the office's address, or a video call
    qint64 meetingTaskId = 0;
    qint64 dealId = 0;
    qint64 dealVersion = 0;
    qint64 dealOwnerId = 0;
};

// The demo sales department at work. Each person does their part of the conveyor through the funnel's own
// operations (CallOutcomes, MeetingOutcomes, DealOpener, StageMover, PaymentRecorder) at the demo clock's time,
// so that every move is a stage_history row with its date and its person, and every task is made by the rules
// that make it in real use.
class DemoDepartment
{
    Q_DECLARE_TR_FUNCTIONS(DemoDepartment)

public:
    // The office's time zone (Moscow, UTC+3, no daylight saving): the demo's days and hours are read in it,
    // whatever the machine's zone, so that the same seed and "today" give the same rows everywhere.
    static QTimeZone officeZone();

    // Hires the demo's people (creates the users that are missing). Throws StorageError.
    DemoDepartment(Database &db, SettableClock &clock);

    qint64 collectorId() const { return m_collector; }
    const QList<qint64> &callerIds() const { return m_callers; }
    const QList<qint64> &closerIds() const { return m_closers; }
    qint64 accountManagerId() const { return m_accountManager; }
    // The context of one person, at the demo clock's time.
    DataContext as(qint64 userId) const;

    // The caller's calls (company.callerId).
    void noAnswer(DemoCompany &company);
    void busy(DemoCompany &company);
    void notNow(DemoCompany &company, const QDate &day, const QString &comment);
    void callBack(DemoCompany &company, const QDateTime &at, const QString &comment);
    void refusedOnCall(DemoCompany &company, int reason, const QString &comment);
    void bookMeeting(DemoCompany &company, const QDateTime &at);

    // The closer's meetings (company.closerId).
    void moveMeeting(DemoCompany &company, const QDateTime &to, const QString &comment);
    void cancelMeeting(DemoCompany &company, const QDateTime &callBackAt, const QString &comment);
    void holdMeetingWithOffer(DemoCompany &company, const NewDeal &deal);
    void holdMeetingRefused(DemoCompany &company, int reason, const QString &comment);

    // Deals, by their owner.
    void moveDeal(DemoCompany &company, DealStep to, const QString &comment = {});
    // Moves the deal to invoice issued with the next invoice number, dated today.
    void issueInvoice(DemoCompany &company);
    void loseDeal(DemoCompany &company, int reason, const QString &comment);
    // The company itself to lost (after its deal was lost, or when nobody ever answers), by `by`.
    void markLost(DemoCompany &company, qint64 by, int reason, const QString &comment);

    // The account manager: payments (the first hands the company over to them), repeat sales, reactivation.
    void pay(DemoCompany &company, qint64 amountKopecks);
    void openDeal(DemoCompany &company, qint64 by, const NewDeal &deal);
    void reactivate(DemoCompany &company, const QDateTime &callAt, const QString &note);

    // The collector gives a lost company another chance.
    void returnToColdBase(DemoCompany &company, const QString &comment);

private:
    qint64 hire(const QString &login, const QString &fullName, UserRole role);
    qint64 lostReason(int index) const;
    QDate today() const;

    Database &m_db;
    SettableClock &m_clock;
    qint64 m_collector = 0;
    QList<qint64> m_callers;
    QList<qint64> m_closers;
    qint64 m_accountManager = 0;
    QList<qint64> m_lostReasons;
    int m_invoices = 0;
};

} // namespace voronka
