#include "CompanyAssignment.h"

#include "TeamError.h"
#include "WeightedRoundRobin.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Timestamps.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace voronka {

CompanyAssignment::CompanyAssignment(DataContext context)
    : m_context(context)
{
}

void CompanyAssignment::checkAllowed() const
{
    UserRepository users(m_context);
    if (!users.anyPassword())
        return; // no sign-in: everybody manages the base, as before
    const auto actor = users.find(m_context.userId);
    if (!actor || !actor->active || !actor->hasRole(UserRole::Head))
        throw TeamError(TeamError::Kind::NotAllowed, tr("Only the head of sales hands out companies."));
}

QList<AssignmentShare> CompanyAssignment::people(const QList<qint64> &userIds) const
{
    if (userIds.isEmpty())
        throw TeamError(TeamError::Kind::BadInput, tr("Nobody to give the companies to."));
    UserRepository users(m_context);
    QList<AssignmentShare> shares;
    for (const qint64 id : userIds) {
        const auto user = users.find(id);
        if (!user)
            throw TeamError(TeamError::Kind::InactiveUser, tr("There is no such user."));
        if (!user->active)
            throw TeamError(TeamError::Kind::InactiveUser,
                            tr("%1 is deactivated: companies cannot go to them.").arg(user->fullName));
        for (const AssignmentShare &share : std::as_const(shares))
            if (share.userId == id)
                throw TeamError(TeamError::Kind::BadInput, tr("%1 is named twice.").arg(user->fullName));
        shares.append({id, user->fullName, 0, {}});
    }
    return shares;
}

namespace {
// What one company adds to its new owner's load, by the measures of WorkloadQuery.
void addLoad(Workload &load, const QString &stage, const QString &size)
{
    if (stage == QLatin1String("client") || stage == QLatin1String("reactivation"))
        ++load.clients;
    else if (stage != QLatin1String("meeting") && stage != QLatin1String("deal"))
        return;
    else if (size == QLatin1String("key"))
        ++load.key;
    else if (size == QLatin1String("large"))
        ++load.large;
    else
        ++load.smallOrMedium;
}
} // namespace

AssignmentPlan CompanyAssignment::plan(const AssignmentSelection &selection, const QList<qint64> &toUsers,
                                       const QList<int> &weights) const
{
    checkAllowed();
    AssignmentPlan plan;
    plan.shares = people(toUsers);
    if (!weights.isEmpty() && weights.size() != toUsers.size())
        throw TeamError(
            TeamError::Kind::BadInput,
            tr("Give one weight per person (%1 people, %2 weights).").arg(toUsers.size()).arg(weights.size()));
    const QList<int> dealt = weights.isEmpty() ? QList<int>(toUsers.size(), 1) : weights;
    WeightedRoundRobin dealer(dealt);

    QString sql = QStringLiteral("SELECT id, version, owner_id, stage, coalesce(size_class, '') FROM companies WHERE ");
    QVariantList values;
    switch (selection.kind) {
    case AssignmentSelection::Kind::Companies: {
        // The ids go in through a temporary list, not thousands of placeholders.
        SqlStatement::run(m_context.db.connection(),
                          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS assignment_pick (id INTEGER PRIMARY KEY)"));
        SqlStatement::run(m_context.db.connection(), QStringLiteral("DELETE FROM temp.assignment_pick"));
        SqlStatement insert(m_context.db.connection(),
                            QStringLiteral("INSERT OR IGNORE INTO temp.assignment_pick (id) VALUES (?)"));
        for (const qint64 id : selection.companyIds)
            insert.bind(id).exec();
        sql += QStringLiteral("id IN (SELECT id FROM temp.assignment_pick) AND stage <> 'lost'");
        plan.what = tr("%n selected companies", nullptr, int(selection.companyIds.size()));
        break;
    }
    case AssignmentSelection::Kind::Batch:
        sql += QStringLiteral("import_batch_id = ? AND stage IN ('cold', 'calling')");
        values.append(selection.batchId);
        plan.what = tr("import batch %1").arg(selection.batchId);
        break;
    case AssignmentSelection::Kind::Unassigned:
        sql += QStringLiteral("owner_id IS NULL AND stage = 'cold'");
        plan.what = tr("all unassigned cold companies");
        break;
    case AssignmentSelection::Kind::From: {
        const auto from = UserRepository(m_context).find(selection.fromUserId);
        if (!from)
            throw TeamError(TeamError::Kind::BadInput, tr("There is no such user."));
        if (toUsers.contains(selection.fromUserId))
            throw TeamError(TeamError::Kind::BadInput, tr("%1's companies cannot go to %1 again.").arg(from->fullName));
        sql += QStringLiteral("owner_id = ?");
        values.append(selection.fromUserId);
        plan.what = tr("the companies of %1").arg(from->fullName);
        break;
    }
    }
    sql += QStringLiteral(" ORDER BY id");
    // A company in an unfinished import is not handed out: it may vanish with its batch.
    SqlStatement select(m_context.db.connection(), sql);
    select.bindAll(values).exec();
    while (select.next()) {
        plan.companyIds.append(select.value(0).toLongLong());
        plan.versions.append(select.value(1).toLongLong());
        plan.owners.append(select.value(2).toLongLong());
        const int person = dealer.next();
        plan.targets.append(toUsers.at(person));
        AssignmentShare &share = plan.shares[person];
        ++share.companies;
        if (plan.owners.constLast() != share.userId)
            addLoad(share.adds, select.value(3).toString(), select.value(4).toString());
    }
    return plan;
}

AssignmentPlan CompanyAssignment::planHandOver(qint64 fromUserId, const QList<qint64> &toUsers) const
{
    AssignmentSelection selection;
    selection.kind = AssignmentSelection::Kind::From;
    selection.fromUserId = fromUserId;
    return plan(selection, toUsers);
}

void CompanyAssignment::startMoves() const
{
    // Set-based: one statement per table for the whole hand-out (50,000 companies with their tasks and deals in
    // well under a second), not three statements per company.
    SqlStatement::run(
        m_context.db.connection(),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS assignment_moves (company_id INTEGER PRIMARY KEY, "
                       "version INTEGER NOT NULL, old_owner INTEGER, new_owner INTEGER)"));
    SqlStatement::run(m_context.db.connection(), QStringLiteral("DELETE FROM temp.assignment_moves"));
}

qint64 CompanyAssignment::changedSinceRead() const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT m.company_id FROM temp.assignment_moves m "
                                               "LEFT JOIN companies c ON c.id = m.company_id "
                                               "WHERE c.id IS NULL OR c.version <> m.version LIMIT 1"))
        .toLongLong();
}

void CompanyAssignment::runMoves(const QVariant &now)
{
    const QSqlDatabase db = m_context.db.connection();
    const QVariant actor = nullIfZero(m_context.userId);
    SqlStatement::run(db,
                      QStringLiteral("UPDATE companies SET owner_id = (SELECT new_owner FROM temp.assignment_moves m "
                                     "WHERE m.company_id = companies.id), version = version + 1, updated_at = ?, "
                                     "updated_by = ? WHERE id IN (SELECT company_id FROM temp.assignment_moves)"),
                      {now, actor});
    // What the previous owner was doing about each company goes with it.
    SqlStatement::run(db,
                      QStringLiteral("UPDATE tasks SET assignee_id = (SELECT new_owner FROM temp.assignment_moves m "
                                     "WHERE m.company_id = tasks.company_id), version = version + 1, updated_at = ?, "
                                     "updated_by = ? WHERE status = 'open' "
                                     "AND company_id IN (SELECT company_id FROM temp.assignment_moves) "
                                     "AND assignee_id = (SELECT old_owner FROM temp.assignment_moves m "
                                     "WHERE m.company_id = tasks.company_id)"),
                      {now, actor});
    SqlStatement::run(
        db,
        QStringLiteral("UPDATE deals SET owner_id = (SELECT new_owner FROM temp.assignment_moves m "
                       "WHERE m.company_id = deals.company_id), version = version + 1, updated_at = ?, "
                       "updated_by = ? WHERE company_id IN (SELECT company_id FROM temp.assignment_moves) "
                       "AND owner_id = (SELECT old_owner FROM temp.assignment_moves m "
                       "WHERE m.company_id = deals.company_id)"),
        {now, actor});
}

void CompanyAssignment::refuseChanged(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT c.name, u.full_name, c.updated_at FROM companies c "
                                       "LEFT JOIN users u ON u.id = c.updated_by WHERE c.id = ?"));
    select.bind(companyId).exec();
    if (!select.next())
        throw TeamError(TeamError::Kind::Conflict,
                        tr("A company was deleted since the preview. Nothing was handed out; look again."));
    const QString when = QLocale().toString(fromStoredTime(select.value(2)).toLocalTime(), QLocale::ShortFormat);
    const QString who = select.value(1).toString();
    throw TeamError(TeamError::Kind::Conflict,
                    (who.isEmpty() ? tr("%1 was changed at %3 since the preview. Nothing was handed out; look again.")
                                   : tr("%1 was changed by %2 at %3 since the preview. Nothing was handed out; look "
                                        "again."))
                        .arg(select.value(0).toString(), who, when));
}

qint64 CompanyAssignment::apply(const AssignmentPlan &plan)
{
    checkAllowed();
    // The people may have been deactivated since the preview.
    QList<qint64> targets;
    for (const AssignmentShare &share : plan.shares)
        targets.append(share.userId);
    people(targets);

    WriteTransaction transaction(m_context.db);
    startMoves();
    {
        SqlStatement planned(m_context.db.connection(),
                             QStringLiteral("INSERT INTO temp.assignment_moves (company_id, version, old_owner, "
                                            "new_owner) VALUES (?, ?, ?, ?)"));
        for (qsizetype i = 0; i < plan.companyIds.size(); ++i)
            planned
                .bind({plan.companyIds.at(i), plan.versions.at(i), nullIfZero(plan.owners.at(i)), plan.targets.at(i)})
                .exec();
    }
    if (const qint64 changed = changedSinceRead())
        refuseChanged(changed); // throws; the transaction rolls back as it goes
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    SqlStatement record(
        m_context.db.connection(),
        QStringLiteral("INSERT INTO assignments (user_id, made_at, what, companies) VALUES (?, ?, ?, ?)"));
    record.bind({nullIfZero(m_context.userId), now, plan.what, plan.companyIds.size()}).exec();
    const qint64 assignmentId = record.lastInsertId();
    SqlStatement::run(
        m_context.db.connection(),
        QStringLiteral("INSERT INTO assignment_companies (assignment_id, company_id, old_owner, new_owner) "
                       "SELECT ?, company_id, old_owner, new_owner FROM temp.assignment_moves"),
        {assignmentId});
    runMoves(now);
    transaction.commit();
    return assignmentId;
}

qint64 CompanyAssignment::undo(qint64 assignmentId)
{
    checkAllowed();
    WriteTransaction transaction(m_context.db);
    {
        SqlStatement check(m_context.db.connection(), QStringLiteral("SELECT undone_at FROM assignments WHERE id = ?"));
        check.bind(assignmentId).exec();
        if (!check.next())
            throw TeamError(TeamError::Kind::BadInput, tr("There is no such hand-out."));
        if (!check.value(0).isNull())
            throw TeamError(TeamError::Kind::Conflict, tr("This hand-out was undone already."));
    }
    // Only the companies still with whom the hand-out gave them to go back.
    startMoves();
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("INSERT INTO temp.assignment_moves (company_id, version, old_owner, new_owner) "
                                     "SELECT a.company_id, c.version, a.new_owner, a.old_owner "
                                     "FROM assignment_companies a JOIN companies c ON c.id = a.company_id "
                                     "WHERE a.assignment_id = ? AND c.owner_id IS a.new_owner"),
                      {assignmentId});
    // A deactivated person's companies do not go back to them (the undo of a deactivation's hand-over).
    {
        SqlStatement inactive(m_context.db.connection(),
                              QStringLiteral("SELECT u.full_name FROM users u WHERE u.active = 0 AND u.id IN "
                                             "(SELECT new_owner FROM temp.assignment_moves) LIMIT 1"));
        inactive.exec();
        if (inactive.next())
            throw TeamError(TeamError::Kind::InactiveUser,
                            tr("%1 is deactivated: their companies cannot go back to them. Hand them out anew.")
                                .arg(inactive.value(0).toString()));
    }
    const qint64 back
        = SqlStatement::scalar(m_context.db.connection(), QStringLiteral("SELECT count(*) FROM temp.assignment_moves"))
              .toLongLong();
    const QVariant now = toStoredTime(m_context.clock.nowUtc());
    runMoves(now);
    SqlStatement::run(m_context.db.connection(),
                      QStringLiteral("UPDATE assignments SET undone_at = ?, undone_by = ? WHERE id = ?"),
                      {now, nullIfZero(m_context.userId), assignmentId});
    transaction.commit();
    return back;
}

QList<AssignmentRecord> CompanyAssignment::history(int limit) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT a.id, u.full_name, a.made_at, a.what, a.companies, a.undone_at "
                                       "FROM assignments a LEFT JOIN users u ON u.id = a.user_id "
                                       "ORDER BY a.id DESC LIMIT ?"));
    select.bind(limit).exec();
    QList<AssignmentRecord> records;
    while (select.next())
        records.append({select.value(0).toLongLong(), select.value(1).toString(), fromStoredTime(select.value(2)),
                        select.value(3).toString(), select.value(4).toLongLong(), fromStoredTime(select.value(5))});
    return records;
}

} // namespace voronka
