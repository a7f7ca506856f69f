#include "HandOutHistoryDialog.h"

#include "common/CoreAttempt.h"
#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "team/CompanyAssignment.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

HandOutHistoryDialog::HandOutHistoryDialog(DataContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("handOutHistory"));
    setWindowTitle(tr("History of hand-outs"));
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("handOutHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("What"), tr("Companies"), tr("Undone")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("handOutUndo"));
    connect(m_undo, &QPushButton::clicked, this, &HandOutHistoryDialog::undoChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_undo->setEnabled(row >= 0 && m_table->item(row, 4)->text().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("handOutUndoResult"));
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(720, 420);
    reload();
}

void HandOutHistoryDialog::reload()
{
    const QList<AssignmentRecord> records = CompanyAssignment(m_context).history();
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const AssignmentRecord &record = records.at(row);
        auto *when = new QTableWidgetItem(shortDateTimeText(record.madeAt));
        when->setData(Qt::UserRole, record.id);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(record.madeBy));
        m_table->setItem(row, 2, new QTableWidgetItem(record.what));
        auto *count = new QTableWidgetItem(QString::number(record.companies));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, count);
        m_table->setItem(
            row, 4, new QTableWidgetItem(record.undoneAt.isValid() ? shortDateTimeText(record.undoneAt) : QString()));
    }
    m_table->resizeColumnToContents(0);
    m_undo->setEnabled(false);
    if (!records.isEmpty())
        m_table->selectRow(0);
}

void HandOutHistoryDialog::undoChosen()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (MessageBox::question(this, windowTitle(),
                             tr("Give the companies of this hand-out back to whoever held them before? Companies "
                                "that changed hands since stay where they are."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    qint64 back = 0;
    const Attempt attempt = attemptOrExplain(this, windowTitle(), [this, id, &back] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        back = CompanyAssignment(m_context).undo(id);
    });
    reload();
    if (attempt == Attempt::Done)
        m_result->setText(tr("%n companies went back.", nullptr, int(back)));
}

} // namespace voronka
