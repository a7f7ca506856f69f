#pragma once

#include "storage/DataContext.h"
#include "team/TeamSettings.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace voronka {

// The head's rules for the team (TeamSettings): who gets an inquiry (the person on duty, the most qualified first
// from an order the head arranges, or in turn), the capacity limits, and whether callers take unassigned cold
// companies from the pool. Saved all together, or nothing with core's message.
class TeamSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamSettingsDialog(DataContext context, QWidget *parent = nullptr);

    // The rules as the dialog shows them now.
    TeamRules rules() const;
    // Moves the chosen person in the order one place up (-1) or down (+1).
    void moveChosen(int step);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOrder();

    DataContext m_context;
    QRadioButton *m_onDuty = nullptr;
    QRadioButton *m_qualified = nullptr;
    QRadioButton *m_inTurn = nullptr;
    QListWidget *m_order = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QSpinBox *m_smallOrMedium = nullptr;
    QSpinBox *m_large = nullptr;
    QSpinBox *m_key = nullptr;
    QSpinBox *m_clients = nullptr;
    QCheckBox *m_pool = nullptr;
};

} // namespace voronka
