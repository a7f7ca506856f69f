#pragma once

#include "storage/DataContext.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QMap>

class QComboBox;

namespace voronka {

// The duty roster for the next weeks, day by day from today: a person for each day (the active closers and heads),
// or nobody. Tab goes from day to day and the arrow keys choose; the days changed are saved at once through
// DutyRoster (a day another head changed meanwhile and this one did not stays theirs).
class DutyRosterDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int shownDays = 28;

    // first: the first day shown (today when not given, by the context's clock in the local time zone).
    explicit DutyRosterDialog(DataContext context, QWidget *parent = nullptr, const QDate &first = QDate());

    QDate firstDay() const { return m_first; }
    // The person chooser of the day'th day from the first (0: the first day).
    QComboBox *dayBox(int day) const { return m_days.value(day); }

    void accept() override;

private:
    DataContext m_context;
    QDate m_first;
    QList<QComboBox *> m_days;
    QMap<QDate, qint64> m_read; // as the roster was when the dialog opened
};

} // namespace voronka
