#pragma once

#include "storage/DataContext.h"
#include "team/CompanyAssignment.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace voronka {

class SharesTable;

class PeopleChecklist;

// "Hand out companies": which companies (every unassigned cold one, an import batch, a person's, or the rows chosen
// in the cold base), to whom (checked people, a weight each), and a preview of who gets how many from
// CompanyAssignment::plan before anything changes. Apply writes exactly the preview or, when a colleague changed
// the companies meanwhile, nothing: core's message is shown as it is and the preview is read again. When someone
// would carry more than a capacity limit, Apply first asks with the numbers (Capacity::overLimitAfter); No writes
// nothing.
class HandOutDialog : public QDialog
{
    Q_OBJECT

public:
    // selectedCompanies: the cold base's chosen rows, offered as the first source when not empty.
    HandOutDialog(DataContext context, const QList<qint64> &selectedCompanies = {}, QWidget *parent = nullptr);

    PeopleChecklist *people() const { return m_people; }
    // Reads the preview again for what the dialog shows now.
    void refreshPreview();
    // The hand-out's id once applied, else 0.
    qint64 appliedId() const { return m_appliedId; }

private:
    AssignmentSelection selection() const;
    void apply();

    DataContext m_context;
    QList<qint64> m_selected;
    QComboBox *m_source = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_from = nullptr;
    PeopleChecklist *m_people = nullptr;
    SharesTable *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
    std::optional<AssignmentPlan> m_plan;
    qint64 m_appliedId = 0;
};

} // namespace voronka
