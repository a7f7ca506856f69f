#include "ImportHistoryDialog.h"

#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "domain/Clock.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace voronka {

namespace {
enum Column {
    NumberColumn,
    WhenColumn,
    FileColumn,
    WhoColumn,
    RowsColumn,
    ImportedColumn,
    DuplicatesColumn,
    RejectedColumn,
    UndoneColumn,
    ColumnCount
};

QString when(const QDateTime &utc)
{
    return shortDateTimeText(utc);
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ImportHistoryDialog::ImportHistoryDialog(DataContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("File"), tr("Who"), tr("Rows"), tr("Imported"),
                                        tr("Duplicates"), tr("Rejected"), tr("Undone at")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_undo = new QPushButton(tr("&Undo…"));
    m_undo->setObjectName(QStringLiteral("historyUndoButton"));
    m_undo->setToolTip(tr("Remove the companies the selected import added and take back what it merged"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);

    reload();
    resize(980, 420);
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = selectedBatchId();
    try {
        m_batches = ImportBatchRepository(m_context).list();
    } catch (const StorageError &error) {
        m_batches.clear();
        m_status->setText(tr("The import history could not be read: %1").arg(error.message()));
    }
    const QLocale locale;
    m_table->setRowCount(int(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch &batch = m_batches.at(row);
        m_table->setItem(row, NumberColumn, cell(QString::number(batch.id), true));
        m_table->setItem(row, WhenColumn, cell(when(batch.startedAt)));
        m_table->setItem(row, FileColumn, cell(batch.fileName));
        m_table->item(row, FileColumn)
            ->setToolTip(batch.tag.isEmpty() ? batch.fileName : tr("Source tag: %1").arg(batch.tag));
        m_table->setItem(row, WhoColumn, cell(batch.userName));
        m_table->setItem(row, RowsColumn, cell(locale.toString(batch.rowsRead), true));
        m_table->setItem(row, ImportedColumn, cell(locale.toString(batch.imported), true));
        m_table->setItem(
            row, DuplicatesColumn,
            cell(batch.merged > 0
                     ? tr("%1 (merged: %2)").arg(locale.toString(batch.duplicates), locale.toString(batch.merged))
                     : locale.toString(batch.duplicates),
                 true));
        m_table->setItem(row, RejectedColumn, cell(locale.toString(batch.rejected), true));
        m_table->setItem(row, UndoneColumn, cell(when(batch.undoneAt)));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 16, 320));
    if (m_batches.isEmpty())
        m_status->setText(tr("No list has been imported into this base yet."));
    if (!selectBatch(selected) && !m_batches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

bool ImportHistoryDialog::selectBatch(qint64 batchId)
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 ImportHistoryDialog::selectedBatchId() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return 0;
    const int row = ranges.first().topRow();
    return row < m_batches.size() ? m_batches.at(row).id : 0;
}

void ImportHistoryDialog::updateButtons()
{
    const qint64 id = selectedBatchId();
    bool undoable = false;
    for (const ImportBatch &batch : std::as_const(m_batches)) {
        if (batch.id == id)
            undoable = batch.state == ImportBatchState::Done;
    }
    m_undo->setEnabled(undoable && !m_context.db.isReadOnly());
}

void ImportHistoryDialog::undoSelected()
{
    const qint64 id = selectedBatchId();
    if (id == 0)
        return;
    const std::optional<ImportUndoSummary> summary = undoBatch(this, m_context, id);
    if (!summary)
        return;
    reload();
    m_status->setText(tr("Import no. %1: %2").arg(id).arg(undoSummaryText(*summary)));
    emit baseChanged();
    // The companies it created are gone (with whatever deals and tasks they had gained) and its merges taken back.
    m_context.db.changes().announce(ChangeSet()
                                        .addSomewhere(ChangeSet::Kind::Company)
                                        .addSomewhere(ChangeSet::Kind::Deal)
                                        .addSomewhere(ChangeSet::Kind::Payment)
                                        .addSomewhere(ChangeSet::Kind::Task),
                                    this);
}

std::optional<ImportUndoSummary> ImportHistoryDialog::undoBatch(QWidget *parent, DataContext context, qint64 batchId)
{
    try {
        ImportBatchRepository batches(context);
        const std::optional<ImportBatch> batch = batches.find(batchId);
        if (!batch) {
            MessageBox::warning(parent, tr("Not undone"), tr("This import is no longer in the base."));
            return std::nullopt;
        }
        const QLocale locale;
        QString question = tr("Undo the import of %1 (%2)?").arg(batch->fileName, when(batch->startedAt));
        question += QStringLiteral("\n\n") + tr("Companies to remove: %1.").arg(locale.toString(batch->imported));
        if (batch->merged > 0)
            question += QLatin1Char(' ')
                + tr("What it merged into %1 companies already in the base is taken back too.")
                      .arg(locale.toString(batch->merged));
        const qint64 edited = batches.editedSince(batchId);
        if (edited > 0)
            question += QStringLiteral("\n\n")
                + tr("Warning: %1 of these companies were edited after the import; they are removed with those edits.")
                      .arg(locale.toString(edited));
        const auto answer = MessageBox::question(parent, tr("Undo import"), question,
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return std::nullopt;
        // A big batch takes seconds to remove (in steps that let colleagues save): on a worker thread with its own
        // connection, while the window keeps drawing; the parent takes no input meanwhile.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool wasEnabled = parent ? parent->isEnabled() : false;
        if (parent)
            parent->setEnabled(false);
        std::optional<ImportUndoSummary> summary;
        std::optional<StorageError> failure;
        const QString path = context.db.path();
        const qint64 userId = context.userId;
        QThread *worker = QThread::create([&summary, &failure, path, userId, batchId] {
            try {
                DatabaseOptions options;
                options.createIfMissing = false;
                const std::unique_ptr<Database> db = Database::open(path, options);
                const SystemClock clock;
                summary = ImportBatchRepository(DataContext{*db, clock, userId}).undo(batchId);
            } catch (const StorageError &error) {
                failure = error;
            }
        });
        QEventLoop loop;
        QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        worker->wait();
        delete worker;
        if (parent)
            parent->setEnabled(wasEnabled);
        QApplication::restoreOverrideCursor();
        if (failure)
            throw *failure;
        return summary;
    } catch (const StorageError &error) {
        MessageBox::warning(parent, tr("Not undone"), error.message());
        return std::nullopt;
    }
}

QString ImportHistoryDialog::undoSummaryText(const ImportUndoSummary &summary)
{
    const QLocale locale;
    QString text = tr("Undone. Companies removed: %1.").arg(locale.toString(summary.companiesRemoved));
    if (summary.rowsRemovedFromOthers > 0)
        text += QLatin1Char(' ')
            + tr("Contacts, phones, e-mails and notes removed from other companies: %1.")
                  .arg(locale.toString(summary.rowsRemovedFromOthers));
    if (summary.fieldsCleared > 0)
        text += QLatin1Char(' ') + tr("Fields emptied again: %1.").arg(locale.toString(summary.fieldsCleared));
    if (summary.fieldsKept > 0)
        text += QLatin1Char(' ')
            + tr("Fields kept because someone changed them since: %1.").arg(locale.toString(summary.fieldsKept));
    return text;
}

} // namespace voronka
