#include "DeactivateDialog.h"

#include "SharesTable.h"

#include "PeopleChecklist.h"
#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "storage/HoldingsQuery.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"
#include "team/CompanyAssignment.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

DeactivateDialog::DeactivateDialog(DataContext context, const User &leaving, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_leaving(leaving)
{
    setObjectName(QStringLiteral("deactivateDialog"));
    setWindowTitle(tr("Deactivate %1").arg(leaving.fullName));
    for (const User &user : UserRepository(context).list())
        if (user.id != leaving.id)
            m_others.append(user);
    m_heirs = new PeopleChecklist(m_others, false);
    m_heirs->setObjectName(QStringLiteral("deactivateTo"));
    // Of the person's role by default: the work goes to whoever does the same job.
    for (const User &user : m_others)
        if (user.hasRole(leaving.role))
            m_heirs->setChecked(user.id, true);

    m_preview = new SharesTable(QStringLiteral("deactivatePreview"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("deactivateSummary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_deactivate = buttons->addButton(tr("&Deactivate"), QDialogButtonBox::ApplyRole);
    m_deactivate->setObjectName(QStringLiteral("deactivateButton"));
    connect(m_deactivate, &QPushButton::clicked, this, &DeactivateDialog::deactivate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_heirs, &PeopleChecklist::changed, this, &DeactivateDialog::refreshPreview);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 will no longer sign in. Their companies, open deals and tasks pass to (one "
                                "person, or spread evenly over several):")
                                 .arg(leaving.fullName));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_heirs, 1);
    layout->addWidget(new QLabel(tr("Who gets how many companies:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(480, 520);
    refreshPreview();
}

void DeactivateDialog::refreshPreview()
{
    m_preview->setRowCount(0);
    m_deactivate->setEnabled(false);
    if (m_heirs->checkedIds().isEmpty()) {
        m_summary->setText(tr("Check who takes over the work."));
        return;
    }
    AssignmentPlan plan;
    try {
        plan = CompanyAssignment(m_context).planHandOver(m_leaving.id, m_heirs->checkedIds());
    } catch (const TeamError &error) {
        m_summary->setText(error.message());
        return;
    } catch (const StorageError &error) {
        m_summary->setText(error.message());
        return;
    }
    m_preview->setShares(plan.shares);
    Holdings holdings;
    try {
        holdings = HoldingsQuery(m_context.db).of(m_leaving.id);
    } catch (const StorageError &) {
        // Only the counts of deals and tasks are missing then; the companies are the plan's.
    }
    m_summary->setText(tr("To pass on: companies %1 (clients among them %2), open deals %3, open tasks %4.")
                           .arg(plan.companyIds.size())
                           .arg(holdings.clients)
                           .arg(holdings.openDeals)
                           .arg(holdings.openTasks));
    m_deactivate->setEnabled(true);
}

void DeactivateDialog::deactivate()
{
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("Deactivate %1 and pass their work on as shown? The hand-over can be undone from the history of "
           "hand-outs; the person stays deactivated.")
            .arg(m_leaving.fullName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QList<QString> heirs;
    for (const qint64 id : m_heirs->checkedIds())
        for (const User &user : m_others)
            if (user.id == id)
                heirs.append(user.login);
    const Attempt attempt = attemptOrExplain(this, windowTitle(), [this, &heirs] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        UserAdministration(m_context).deactivate(m_leaving.login, heirs);
    });
    if (attempt == Attempt::Done)
        accept();
    else
        refreshPreview();
}

} // namespace voronka
