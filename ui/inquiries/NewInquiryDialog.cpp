#include "NewInquiryDialog.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "storage/ChangeHub.h"
#include "storage/ChangeSet.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

NewInquiryDialog::NewInquiryDialog(DataContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_person(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_inn(new QLineEdit(this))
    , m_request(new QPlainTextEdit(this))
    , m_source(new QComboBox(this))
    , m_size(new QComboBox(this))
{
    setWindowTitle(tr("New inquiry"));
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("Empty for a private person"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("+7 495 123-45-67"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_inn->setObjectName(QStringLiteral("innEdit"));
    m_request->setObjectName(QStringLiteral("requestEdit"));
    m_request->setTabChangesFocus(true);
    m_request->setPlaceholderText(tr("What do they want?"));
    m_request->setMinimumHeight(m_person->sizeHint().height() * 3);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    for (const InquirySource source : allInquirySources())
        m_source->addItem(inquirySourceTitle(source), int(source));
    m_size->setObjectName(QStringLiteral("sizeCombo"));
    for (const CompanySize size : allCompanySizes())
        m_size->addItem(companySizeTitle(size), int(size));

    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&INN:"), m_inn);
    form->addRow(tr("&What they want:"), m_request);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Si&ze:"), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take the inquiry"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool NewInquiryDialog::take(DataContext context, QWidget *parent)
{
    NewInquiryDialog dialog(context, parent);
    return ModalDialog::exec(dialog) == QDialog::Accepted;
}

void NewInquiryDialog::accept()
{
    Inquiry inquiry;
    inquiry.personName = m_person->text();
    inquiry.companyName = m_company->text();
    inquiry.phone = m_phone->text();
    inquiry.email = m_email->text();
    inquiry.inn = m_inn->text();
    inquiry.request = m_request->toPlainText();
    inquiry.source = InquirySource(m_source->currentData().toInt());
    inquiry.size = CompanySize(m_size->currentData().toInt());
    InquiryOutcome outcome;
    if (attemptOrExplain(this, tr("The inquiry was not taken"),
                         [&] { outcome = InquiryIntake(m_context).take(inquiry); })
        != Attempt::Done)
        return;
    m_outcome = outcome;
    m_context.db.changes().announce(
        ChangeSet().add(ChangeSet::Kind::Company, outcome.companyId).add(ChangeSet::Kind::Task, outcome.taskId), this);
    QString text = outcome.newCompany ? tr("A new company is in the base.") : tr("The company was in the base.");
    text += QLatin1Char(' ')
        + tr("The inquiry went to %1 (%2), with a task due now.").arg(outcome.routedToName, outcome.why);
    if (!outcome.warning.isEmpty())
        text += QStringLiteral("\n\n") + outcome.warning;
    MessageBox::information(this, tr("Inquiry taken"), text);
    QDialog::accept();
}

} // namespace voronka
