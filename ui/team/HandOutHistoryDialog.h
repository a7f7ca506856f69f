#pragma once

#include "storage/DataContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace voronka {

// The history of hand-outs (CompanyAssignment::history), newest first, with Undo for the chosen one.
class HandOutHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandOutHistoryDialog(DataContext context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    // Undoes the chosen hand-out (after a confirmation) and says how many companies went back.
    void undoChosen();

private:
    DataContext m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_result = nullptr; // what the last undo did
};

} // namespace voronka
