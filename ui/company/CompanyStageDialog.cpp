#include "CompanyStageDialog.h"

#include "funnel/StageMover.h"
#include "storage/LostReasonRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

CompanyStageDialog::CompanyStageDialog(DataContext context, qint64 companyId, qint64 version,
                                       const QString &companyName, CompanyStage from, CompanyStage to, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_companyId(companyId)
    , m_version(version)
    , m_to(to)
{
    setObjectName(QStringLiteral("companyStageDialog"));
    setWindowTitle(tr("Change the stage"));
    auto *question = new QLabel(tr("Move <b>%1</b> from «%2» to «%3»?")
                                    .arg(companyName.toHtmlEscaped(), companyStageTitle(from).toHtmlEscaped(),
                                         companyStageTitle(to).toHtmlEscaped()));
    question->setObjectName(QStringLiteral("stageMoveQuestion"));
    question->setWordWrap(true);
    auto *form = new QFormLayout;
    if (to == CompanyStage::Lost) {
        m_reason = new QComboBox;
        m_reason->setObjectName(QStringLiteral("lostReasonCombo"));
        try {
            for (const LostReason &reason : LostReasonRepository(context).list())
                m_reason->addItem(reason.title, reason.id);
        } catch (const StorageError &) {
            // Left empty: moving then says a reason is needed.
        }
        form->addRow(tr("&Reason:"), m_reason);
    }
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("stageComment"));
    form->addRow(tr("&Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyStageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanyStageDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void CompanyStageDialog::accept()
{
    CompanyMove move;
    move.to = m_to;
    move.comment = m_comment->text();
    move.lostReasonId = m_reason ? m_reason->currentData().toLongLong() : 0;
    m_attempt = attemptOrExplain(this, tr("The stage was not changed"),
                                 [&] { StageMover(m_context).moveCompany(m_companyId, m_version, move); });
    if (m_attempt == Attempt::Done)
        QDialog::accept();
    else if (m_attempt == Attempt::Stale)
        reject(); // the card reads the company again; the user sees the colleague's change first
}

} // namespace voronka
