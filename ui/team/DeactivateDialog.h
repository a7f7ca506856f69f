#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace voronka {

class SharesTable;

class PeopleChecklist;

// "Deactivate…": to whom the person's companies (with their open deals and tasks) pass, one person or spread over
// several, with the counts from CompanyAssignment::planHandOver before anything changes; then a confirmation, and
// UserAdministration::deactivate does all of it in one transaction.
class DeactivateDialog : public QDialog
{
    Q_OBJECT

public:
    DeactivateDialog(DataContext context, const User &leaving, QWidget *parent = nullptr);

    PeopleChecklist *heirs() const { return m_heirs; }
    void refreshPreview();

private:
    void deactivate();

    DataContext m_context;
    User m_leaving;
    QList<User> m_others;
    PeopleChecklist *m_heirs = nullptr;
    SharesTable *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_deactivate = nullptr;
};

} // namespace voronka
