#pragma once

#include "ReportFigures.h"
#include "storage/DataContext.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QGroupBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace voronka {

class MoneySpinBox;

// The Reports section's funnel calculator, the head's ("you know how to double the output"): a target for a month
// (contracts or revenue) and the assumptions measured over the bar's period (FunnelCalculator::measure, on the
// worker with the other figures), each editable, give the volumes every step of the conveyor needs and the people to
// do them against the team as it is, recomputed as the head types (pure arithmetic, on the window's thread). The
// measured values come back with "Measured"; "Save as next month's plans…" shares the result out as plans.
class FunnelCalculatorPanel : public QWidget
{
    Q_OBJECT

public:
    enum Target { Contracts, Revenue };

    explicit FunnelCalculatorPanel(DataContext context, QWidget *parent = nullptr);

    // Takes the measured assumptions and the team; the assumptions typed stay unless the period changed.
    void showFigures(const ReportFigures &figures);
    // What the fields say now.
    CalculatorAssumptions assumptions() const;
    const CalculatorResult &result() const { return m_result; }
    // "2026-12": the month after the clock's, which Save plans.
    QString nextMonth() const;

public slots:
    // Puts the measured assumptions back into the fields.
    void resetToMeasured();
    // Asks the head to confirm, then stores the result as next month's plans.
    void saveAsPlans();

signals:
    void plansChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void recompute();
    QDoubleSpinBox *rateBox(const char *name, const QString &toolTip);
    QDoubleSpinBox *numberBox(const char *name, const QString &toolTip);
    QLabel *resultLabel(const char *name);
    void showPeople(QLabel *label, const std::optional<qint64> &needed, qint64 team);

    DataContext m_context;
    CalculatorAssumptions m_measured;
    TeamSize m_team;
    ReportPeriod m_measuredOver;
    bool m_filling = false; // the fields are being set, not typed
    CalculatorResult m_result;

    QComboBox *m_target = nullptr;
    QSpinBox *m_contracts = nullptr;
    MoneySpinBox *m_revenue = nullptr;
    QDoubleSpinBox *m_bookedPerContact = nullptr;
    QDoubleSpinBox *m_callsPerBooked = nullptr;
    QDoubleSpinBox *m_heldPerBooked = nullptr;
    QDoubleSpinBox *m_offersPerHeld = nullptr;
    QDoubleSpinBox *m_contractsPerOffer = nullptr;
    MoneySpinBox *m_averageDeal = nullptr;
    QDoubleSpinBox *m_contactsPerCollector = nullptr;
    QDoubleSpinBox *m_bookedPerCaller = nullptr;
    QDoubleSpinBox *m_heldPerCloser = nullptr;
    QLabel *m_measuredNote = nullptr;
    QLabel *m_contacts = nullptr;
    QLabel *m_calls = nullptr;
    QLabel *m_booked = nullptr;
    QLabel *m_held = nullptr;
    QLabel *m_offers = nullptr;
    QLabel *m_contractsNeeded = nullptr;
    QLabel *m_revenueExpected = nullptr;
    QLabel *m_collectors = nullptr;
    QLabel *m_callers = nullptr;
    QLabel *m_closers = nullptr;
    QLabel *m_broken = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
    QGroupBox *m_assumptionsBox = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QBoxLayout *m_columns = nullptr;
};

} // namespace voronka
