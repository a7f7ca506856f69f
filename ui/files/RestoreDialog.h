#pragma once

#include "storage/BackupService.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace voronka {

// File → Restore from backup…: the base's backups, newest first. The chosen one is checked in full before the
// user is asked to confirm; a damaged one is refused and the dialog stays open. The swap itself needs the base
// closed, so the main window does it with BackupService::restore.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QList<BackupFile> &backups, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The backup of the selected row; empty when none is selected.
    QString selectedPath() const;

    // Shows the dialog; true with the backup's path in backupPath when the user chose an intact backup and
    // confirmed. Says so and returns false when there are no backups.
    static bool chooseBackup(QWidget *parent, const QList<BackupFile> &backups, QString &backupPath);

public slots:
    // Checks the selected backup and asks for confirmation; closes only when both pass.
    void accept() override;

private:
    int selectedRow() const; // -1 when none

    QList<BackupFile> m_backups;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace voronka
