#include "HandOutDialog.h"

#include "SharesTable.h"

#include "PeopleChecklist.h"
#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "team/Capacity.h"
#include "team/TeamError.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

HandOutDialog::HandOutDialog(DataContext context, const QList<qint64> &selectedCompanies, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_selected(selectedCompanies)
{
    setObjectName(QStringLiteral("handOutDialog"));
    setWindowTitle(tr("Hand out companies"));
    const QList<User> active = UserRepository(context).list();

    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("handOutSource"));
    if (!selectedCompanies.isEmpty())
        m_source->addItem(tr("The %n chosen companies", nullptr, int(selectedCompanies.size())),
                          int(AssignmentSelection::Kind::Companies));
    m_source->addItem(tr("All unassigned cold companies"), int(AssignmentSelection::Kind::Unassigned));
    m_source->addItem(tr("An import batch"), int(AssignmentSelection::Kind::Batch));
    m_source->addItem(tr("A person's companies"), int(AssignmentSelection::Kind::From));
    m_batch = new QComboBox;
    m_batch->setObjectName(QStringLiteral("handOutBatch"));
    for (const ImportBatch &batch : ImportBatchRepository(context).list()) {
        if (batch.undoneAt.isValid())
            continue;
        m_batch->addItem(tr("#%1 %2 (%3)").arg(batch.id).arg(batch.fileName, batch.userName), batch.id);
    }
    m_from = new QComboBox;
    m_from->setObjectName(QStringLiteral("handOutFrom"));
    for (const User &user : active)
        m_from->addItem(user.fullName, user.id);
    m_people = new PeopleChecklist(active, true);
    m_people->setObjectName(QStringLiteral("handOutTo"));

    m_preview = new SharesTable(QStringLiteral("handOutPreview"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("handOutSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("handOutApply"));
    connect(m_apply, &QPushButton::clicked, this, &HandOutDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Which companies:"), m_source);
    form->addRow(tr("Import &batch:"), m_batch);
    form->addRow(tr("&Whose:"), m_from);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("To whom (a weight of 2 gets twice as many as 1):")));
    layout->addWidget(m_people, 1);
    layout->addWidget(new QLabel(tr("Who gets how many:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(520, 600);

    const auto sourceChanged = [this] {
        const auto kind = AssignmentSelection::Kind(m_source->currentData().toInt());
        m_batch->setEnabled(kind == AssignmentSelection::Kind::Batch);
        m_from->setEnabled(kind == AssignmentSelection::Kind::From);
        refreshPreview();
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, sourceChanged);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &HandOutDialog::refreshPreview);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HandOutDialog::refreshPreview);
    connect(m_people, &PeopleChecklist::changed, this, &HandOutDialog::refreshPreview);
    sourceChanged();
}

AssignmentSelection HandOutDialog::selection() const
{
    AssignmentSelection selection;
    selection.kind = AssignmentSelection::Kind(m_source->currentData().toInt());
    selection.companyIds = m_selected;
    selection.batchId = m_batch->currentData().toLongLong();
    selection.fromUserId = m_from->currentData().toLongLong();
    return selection;
}

void HandOutDialog::refreshPreview()
{
    m_plan.reset();
    m_preview->setRowCount(0);
    m_apply->setEnabled(false);
    if (m_people->checkedIds().isEmpty()) {
        m_summary->setText(tr("Check the people who get the companies."));
        return;
    }
    try {
        m_plan = CompanyAssignment(m_context).plan(selection(), m_people->checkedIds(), m_people->checkedWeights());
    } catch (const TeamError &error) {
        m_summary->setText(error.message());
        return;
    } catch (const StorageError &error) {
        m_summary->setText(error.message());
        return;
    }
    m_preview->setShares(m_plan->shares);
    const int total = int(m_plan->companyIds.size());
    m_summary->setText(total == 0 ? tr("There are no such companies.")
                                  : tr("%n companies change hands when you apply.", nullptr, total));
    m_apply->setEnabled(total > 0);
}

void HandOutDialog::apply()
{
    if (!m_plan)
        return;
    // Beyond a capacity limit the head decides, with the numbers in front of them; No writes nothing.
    QStringList over;
    if (attemptOrExplain(this, windowTitle(), [&] { over = Capacity(m_context).overLimitAfter(*m_plan); })
        != Attempt::Done)
        return;
    if (!over.isEmpty()
        && MessageBox::question(this, windowTitle(),
                                tr("%1\n\nHand the companies out all the same?").arg(over.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    // One transaction in core; a hand-out of tens of thousands takes a few seconds, which the pointer says.
    const Attempt attempt = attemptOrExplain(this, windowTitle(), [this] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        m_appliedId = CompanyAssignment(m_context).apply(*m_plan);
    });
    if (attempt == Attempt::Done) {
        accept();
        return;
    }
    refreshPreview(); // what the base holds now
}

} // namespace voronka
