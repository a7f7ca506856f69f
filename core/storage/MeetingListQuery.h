#pragma once

#include "DataContext.h"
#include "domain/CompanyStage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace voronka {

// One open meeting as the Meetings section lists it: the meeting task, its company as the closer needs it on the
// way (city, main phone) and at the version the outcomes are recorded against, who goes and who booked it.
struct MeetingListRow
{
    qint64 taskId = 0;
    qint64 taskVersion = 0;
    QDateTime dueAt; // UTC
    QString place; // the task's note: an address, or "online"
    qint64 companyId = 0;
    QString companyName;
    QString city;
    QString mainPhone; // "+7 495 123-45-67"; the raw text when not valid; empty when the company has no phone
    qint64 companyVersion = 0;
    CompanyStage stage = CompanyStage::Meeting;
    qint64 assigneeId = 0; // the closer; 0: nobody
    QString assigneeName;
    qint64 bookedById = 0; // the caller of the latest "meeting booked" call; 0: not on record
    QString bookedByName;
};

// Reads the open meeting tasks, soonest first, in one statement drained at once. The open meetings of a
// department are at most hundreds, so the whole list is read.
class MeetingListQuery
{
public:
    explicit MeetingListQuery(DataContext context);

    // assigneeId 0: every closer's meetings; region empty: every region's.
    QList<MeetingListRow> rows(qint64 assigneeId = 0, const QString &region = QString()) const;
    // What rows() runs, bound with the meeting kind, the assignee twice and the region twice, then `visible`'s values
    // (for tests of its plan): `visible` is the viewer's part of the companies under alias c, empty for all.
    static QString statement(const QString &visible = QString());

private:
    DataContext m_context;
};

} // namespace voronka
