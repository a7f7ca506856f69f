#pragma once

#include "storage/DataContext.h"
#include "storage/WorkloadQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace voronka {

// Which companies a hand-out takes.
struct AssignmentSelection
{
    enum class Kind {
        Companies, // the ids given (a selection, or the rows of a filter)
        Batch, // an import batch's companies still in the cold base or being called
        Unassigned, // every cold company nobody holds
        From, // every company a person holds (reassigning their work)
    };
    Kind kind = Kind::Unassigned;
    QList<qint64> companyIds;
    qint64 batchId = 0;
    qint64 fromUserId = 0;
};

// How many companies one person gets.
struct AssignmentShare
{
    qint64 userId = 0;
    QString name;
    qint64 companies = 0;
    // Of those, what weighs on their capacity limits (meeting and deal companies by size class, clients), leaving out
    // the companies they hold already: for Capacity::overLimitAfter.
    Workload adds;
};

// What a hand-out will do, read before anything changes (the preview): apply() writes exactly this or nothing.
struct AssignmentPlan
{
    QString what; // in the head's words, for the history
    QList<qint64> companyIds; // in the order dealt
    QList<qint64> versions; // each company's version when read: a change since refuses the hand-out
    QList<qint64> owners; // each company's owner when read (0: nobody)
    QList<qint64> targets; // who gets each company
    QList<AssignmentShare> shares; // per person, in the order given
};

// A hand-out as the history keeps it.
struct AssignmentRecord
{
    qint64 id = 0;
    QString madeBy;
    QDateTime madeAt;
    QString what;
    qint64 companies = 0;
    QDateTime undoneAt;
};

// The head hands companies out to people: evenly, by weights (WeightedRoundRobin, interleaved), or all to one. A
// company's open tasks and deals held by its previous owner follow it. One transaction; the owner of each company
// before and after is kept (assignments), so that a hand-out can be undone. Two heads handing out the same companies
// at once: the second finds them changed since its preview and is refused with who changed them and when.
class CompanyAssignment
{
    Q_DECLARE_TR_FUNCTIONS(CompanyAssignment)

public:
    explicit CompanyAssignment(DataContext context);

    // Throws TeamError: BadInput (nobody to give to, weights that do not match), InactiveUser (a deactivated or
    // unknown person), NotAllowed (sign-in is on and the user is not the head).
    AssignmentPlan plan(const AssignmentSelection &selection, const QList<qint64> &toUsers,
                        const QList<int> &weights = {}) const;
    // Writes the plan in one transaction and returns the hand-out's id; throws TeamError Conflict (nothing written)
    // when a company changed since plan() read it.
    qint64 apply(const AssignmentPlan &plan);
    // Gives each company back to its owner before the hand-out, unless it changed hands since; returns how many went
    // back.
    qint64 undo(qint64 assignmentId);
    QList<AssignmentRecord> history(int limit = 50) const;

    // The work of deactivating a person: everything they hold, to the people given (TeamError like plan()).
    AssignmentPlan planHandOver(qint64 fromUserId, const QList<qint64> &toUsers) const;

private:
    void checkAllowed() const;
    QList<AssignmentShare> people(const QList<qint64> &userIds) const;
    // The moves of a hand-out or its undo wait in a temporary table (company, version read, owner before, owner after)
    // and run as one statement per table: the companies, their open tasks and their deals held by the owner before.
    void startMoves() const;
    // A company of the moves deleted or changed since it was read (0: none).
    qint64 changedSinceRead() const;
    void runMoves(const QVariant &now);
    [[noreturn]] void refuseChanged(qint64 companyId) const;

    DataContext m_context;
};

} // namespace voronka
