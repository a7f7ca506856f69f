#include "RestoreDialog.h"

#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {
enum Column { MadeColumn, SizeColumn, FileColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}
} // namespace

RestoreDialog::RestoreDialog(const QList<BackupFile> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));

    auto *intro = new QLabel(tr("Choose the backup to put in place of the base. It is checked first; the current "
                                "base is kept beside it."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(backups.size()), ColumnCount);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Size"), tr("File")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const BackupFile &backup = backups.at(row);
        m_table->setItem(row, MadeColumn, cell(shortDateTimeText(backup.made)));
        m_table->setItem(row, SizeColumn,
                         cell(locale.formattedDataSize(backup.size), Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(row, FileColumn, cell(QDir::toNativeSeparators(backup.path)));
    }
    m_table->resizeColumnsToContents();
    if (!backups.isEmpty())
        m_table->selectRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedPath().isEmpty()); });
    m_restore->setEnabled(!selectedPath().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 360);
}

int RestoreDialog::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    const int row = ranges.isEmpty() ? -1 : ranges.constFirst().topRow();
    return row >= 0 && row < m_backups.size() ? row : -1;
}

QString RestoreDialog::selectedPath() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_backups.at(row).path;
}

void RestoreDialog::accept()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString path = m_backups.at(row).path;
    try {
        BackupService::verify(path);
    } catch (const StorageError &error) {
        MessageBox::warning(this, windowTitle(),
                            tr("This backup cannot be restored; choose another one.\n\n%1").arg(error.message()));
        return;
    }
    const QString made = m_table->item(row, MadeColumn)->text();
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("Replace the base with the backup made %1?\n\nEverything entered since then is no longer in the base; "
           "the current base is kept beside it as a file named “…before-restore…”. Other desktops that have the "
           "base open must close it first.")
            .arg(made),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        QDialog::accept();
}

bool RestoreDialog::chooseBackup(QWidget *parent, const QList<BackupFile> &backups, QString &backupPath)
{
    if (backups.isEmpty()) {
        MessageBox::warning(parent, tr("Restore from backup"), tr("There are no backups of this base yet."));
        return false;
    }
    RestoreDialog dialog(backups, parent);
    if (ModalDialog::exec(dialog) != QDialog::Accepted)
        return false;
    backupPath = dialog.selectedPath();
    return true;
}

} // namespace voronka
