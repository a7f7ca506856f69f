#pragma once

#include "common/ListTableView.h"
#include "domain/User.h"
#include "storage/DataContext.h"
#include "storage/MeetingListQuery.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;

namespace voronka {

class MeetingTableModel;
class RegionFilter;

// The Meetings section, the closer's side of the funnel: the open meetings soonest first (overdue ones marked)
// with the company's city and main phone, the place and the closer; a filter by closer; and the outcomes of the
// selected meeting (held, moved, cancelled), each asked in its dialog and recorded through MeetingOutcomes.
class MeetingsView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        CompanyColumn,
        CityColumn,
        PhoneColumn,
        PlaceColumn,
        CloserColumn,
        BookedByColumn,
        ColumnCount
    };

    // The filter starts at the current user (context.userId) when they take meetings, else at every closer.
    MeetingsView(DataContext context, QList<User> users, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    const QList<MeetingListRow> &rows() const;

public slots:
    // Reads the meetings again with the current filter, keeping the selected one selected.
    void reload();
    // Another desktop changed the base: reads the list again, keeping the selection and the scroll position.
    void refreshFromElsewhere();
    void recordHeld();
    void recordMoved();
    void recordCancelled();

signals:
    // A meeting was double-clicked (or Enter pressed on it): show its company.
    void companyActivated(qint64 companyId);
    // An outcome was recorded: the company, its tasks and perhaps a new deal changed.
    void meetingRecorded(qint64 companyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const MeetingListRow *selectedMeeting() const;
    // The selected meeting when its outcome can be recorded (not in a read-only base).
    const MeetingListRow *meetingToRecord() const;
    void runOutcome(QDialog &dialog, qint64 companyId);
    void updateButtons();

    DataContext m_context;
    MeetingTableModel *m_model = nullptr;
    ListTableView *m_table = nullptr;
    QComboBox *m_closer = nullptr;
    RegionFilter *m_region = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_held = nullptr;
    QPushButton *m_moved = nullptr;
    QPushButton *m_cancelled = nullptr;
};

} // namespace voronka
