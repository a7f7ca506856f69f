#pragma once

#include "ReportFigures.h"
#include "domain/User.h"
#include "storage/DataContext.h"
#include "storage/ImportBatch.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace voronka {

// The bar on top of the Reports section: the period (a month with the previous and next month a click away, or any
// days from–to), the reading of the funnel (cohort or period activity, with the sentence that tells them apart always
// in view) and, for the head, whose figures: everyone, a person, a region present in the base, a source or an import
// (its companies, for the imports done). Anyone else
// sees their own figures only (ReportScope), and the bar has no such choice for them.
class ReportFilterBar : public QWidget
{
    Q_OBJECT

public:
    // today: a day of the month shown first, in zone (the clock's day where the user is).
    ReportFilterBar(DataContext context, const QDate &today, const QTimeZone &zone, QWidget *parent = nullptr);

    ReportRequest request() const;
    ReportPeriod period() const;
    FunnelView view() const;
    ReportSlice slice() const;
    // The slice in words ("Everyone", "Anna Petrova", "Region: Moscow").
    QString sliceTitle() const;
    // The month of day as a sentence names it: "November 2026", "ноябрь 2026".
    static QString monthName(const QDate &day);
    // An import among the slices: "Import: clients.csv, 03.11.2026" (the file's name and the day it was done).
    static QString importTitle(const ImportBatch &batch);
    // Whether the viewer chooses whose figures (the head).
    bool choosesSlice() const { return m_choosesSlice; }

    // Each emits changed() once when it changes what is asked.
    void setPeriod(const QDate &first, const QDate &last);
    void setView(FunnelView view);
    // Chooses the slice; a person or region not offered and a slice beyond the viewer are refused (false).
    bool setSlice(const ReportSlice &slice);
    // Reads the people and regions offered again, keeping the choice.
    void reloadSlices();

public slots:
    void previousMonth();
    void nextMonth();

signals:
    void changed();

private:
    void showMonth();
    void sliceChosen(int index);
    int indexOf(const ReportSlice &slice) const;
    void addSliceItem(const QString &text, const ReportSlice &slice);

    DataContext m_context;
    QTimeZone m_zone;
    bool m_choosesSlice = false;
    ReportSlice m_ownSlice; // the only slice of a viewer who does not choose
    int m_sliceIndex = 0; // the slice chosen before, to go back to when the source is not given
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_month = nullptr;
    QComboBox *m_view = nullptr;
    QComboBox *m_slice = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace voronka
