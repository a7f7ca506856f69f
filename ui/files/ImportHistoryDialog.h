#pragma once

#include "storage/DataContext.h"
#include "storage/ImportBatch.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace voronka {

// The imports made into this base, newest first, with a way to undo one that is not undone yet.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(DataContext context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Selects the row of a batch; false when it is not listed.
    bool selectBatch(qint64 batchId);

    // Asks (with the number of companies to remove, and how many were edited since), then undoes the batch.
    // std::nullopt when the user said no or the undo failed (the user is told why).
    static std::optional<ImportUndoSummary> undoBatch(QWidget *parent, DataContext context, qint64 batchId);
    static QString undoSummaryText(const ImportUndoSummary &summary);

public slots:
    void reload();
    void undoSelected();

signals:
    // An undo removed or restored companies (announced on the base's ChangeHub as well).
    void baseChanged();

private:
    qint64 selectedBatchId() const;
    void updateButtons();

    DataContext m_context;
    QList<ImportBatch> m_batches;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace voronka
