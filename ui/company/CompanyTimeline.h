#pragma once

#include "storage/CompanyTimelineQuery.h"
#include "storage/DataContext.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace voronka {

// A company's timeline on its card: calls, outcomes, meetings, notes, stage moves, deal steps, payments and
// import notes, newest first, with the local time, who and what.
class CompanyTimeline : public QWidget
{
    Q_OBJECT

public:
    // What: the event in words, and the note under it.
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };

    explicit CompanyTimeline(DataContext context, QWidget *parent = nullptr);

    // Shows the company's timeline; 0 clears it.
    void showCompany(qint64 companyId);
    void reload();
    QTableWidget *table() const { return m_table; }
    // "Stage: Calling → Meeting", "Call: No answer", ... in words for the user.
    static QString describe(const TimelineEntry &entry);

private:
    DataContext m_context;
    qint64 m_companyId = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace voronka
