#include "MeetingListQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "VisibleCompanies.h"
#include "domain/PhoneNormalizer.h"
#include "domain/Task.h"

namespace voronka {

MeetingListQuery::MeetingListQuery(DataContext context)
    : m_context(context)
{
}

QString MeetingListQuery::statement(const QString &visible)
{
    // The main phone is the company's first by position; who booked the meeting is the user of the company's
    // latest call with the outcome "meeting_booked" (CallOutcome::MeetingBooked in core/funnel), as
    // MeetingOutcomes reads it when a cancelled meeting goes back to the caller. The open meetings are one range of
    // tasks_open_kind, already in due order.
    return QStringLiteral(
               "SELECT t.id, t.version, t.due_at, t.note, c.id, c.name, c.city, p.e164, p.raw, c.version, c.stage, "
               "t.assignee_id, a.full_name, b.id, b.full_name "
               "FROM tasks t "
               "JOIN companies c ON c.id = t.company_id "
               "LEFT JOIN users a ON a.id = t.assignee_id "
               "LEFT JOIN phones p ON p.id = (SELECT id FROM phones WHERE company_id = c.id "
               "                              ORDER BY position, id LIMIT 1) "
               "LEFT JOIN users b ON b.id = (SELECT user_id FROM activities WHERE company_id = c.id AND kind = 'call' "
               "                             AND outcome = 'meeting_booked' ORDER BY occurred_at DESC, id DESC LIMIT "
               "1) "
               "WHERE t.kind = ? AND t.status = 'open' AND (? = 0 OR t.assignee_id = ?) AND (ifnull(?, '') = '' OR "
               "c.region = ?) ")
        + (visible.isEmpty() ? QString() : QStringLiteral("AND ") + visible + QLatin1Char(' '))
        + QStringLiteral("ORDER BY t.due_at, t.id");
}

QList<MeetingListRow> MeetingListQuery::rows(qint64 assigneeId, const QString &region) const
{
    const SqlCondition visible = VisibleCompanies(m_context.db).condition();
    SqlStatement select(m_context.db.connection(), statement(visible.sql));
    select.bind({taskKindKey(TaskKind::Meeting), assigneeId, assigneeId, region, region});
    select.bindAll(visible.values).exec();
    QList<MeetingListRow> rows;
    while (select.next()) {
        MeetingListRow row;
        row.taskId = select.value(0).toLongLong();
        row.taskVersion = select.value(1).toLongLong();
        row.dueAt = fromStoredTime(select.value(2));
        row.place = select.value(3).toString();
        row.companyId = select.value(4).toLongLong();
        row.companyName = select.value(5).toString();
        row.city = select.value(6).toString();
        const QString e164 = select.value(7).toString();
        row.mainPhone = e164.isEmpty() ? select.value(8).toString() : PhoneNormalizer::formatInternational(e164);
        row.companyVersion = select.value(9).toLongLong();
        row.stage = companyStageFromKey(select.value(10).toString()).value_or(CompanyStage::Meeting);
        row.assigneeId = select.value(11).toLongLong();
        row.assigneeName = select.value(12).toString();
        row.bookedById = select.value(13).toLongLong();
        row.bookedByName = select.value(14).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace voronka
