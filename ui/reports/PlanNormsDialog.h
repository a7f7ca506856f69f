#pragma once

#include "reports/PlanEditor.h"
#include "storage/DataContext.h"

#include <QDialog>

class QTableWidget;

namespace voronka {

// The head's monthly norms per role (seed 003's figures by default): the plan of every person of the role for a month
// the head set no plan of their own. A count, or money in roubles. Save checks what was typed (a whole number, not
// below zero) and names the row that is wrong; norms have no dates, so when a month's pay is already closed it asks
// first (that month stays as paid; a bonus the new norm now gives or takes shows as a correction next month). Only the
// changed norms are written, together (PlanEditor::setNorms).
class PlanNormsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { RoleColumn, FigureColumn, NormColumn };

    explicit PlanNormsDialog(DataContext context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The row of a role's figure; -1 when the role has no norm of it.
    int rowOf(UserRole role, const QString &metric) const;
    // The norms written by the last Save (none when nothing had changed).
    const QList<RoleNorm> &saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    DataContext m_context;
    QList<RoleNorm> m_norms; // the table's rows, as they were read
    QList<RoleNorm> m_saved;
    QTableWidget *m_table = nullptr;
};

} // namespace voronka
