#include "NewDealDialog.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/MoneySpinBox.h"
#include "funnel/FunnelError.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

NewDealDialog::NewDealDialog(DataContext context, const QList<User> &users, qint64 companyId,
                             const QString &companyName, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_companyId(companyId)
{
    setObjectName(QStringLiteral("newDealDialog"));
    setWindowTitle(tr("New deal"));
    readCompanyVersion();

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("dealTitleEdit"));
    m_amount = new MoneySpinBox(QStringLiteral("dealAmountEdit"));
    m_margin = new MoneySpinBox(QStringLiteral("dealMarginEdit"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("dealCurrencyCombo"));
    m_currency->setEditable(true); // DealOpener checks the code; the list only saves typing
    m_currency->addItems({QStringLiteral("RUB"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("CNY")});
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &currency) {
        m_amount->setCurrency(currency.trimmed().toUpper());
        m_margin->setCurrency(currency.trimmed().toUpper());
    });
    m_amount->setCurrency(m_currency->currentText());
    m_margin->setCurrency(m_currency->currentText());

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("dealOwnerCombo"));
    for (const User &user : users) {
        // Deals are carried by closers; the head (or whoever opens the deal) may keep it.
        if (user.active && (user.role == UserRole::Closer || user.role == UserRole::Head || user.id == context.userId))
            m_owner->addItem(QStringLiteral("%1 (%2)").arg(user.fullName, userRoleTitle(user.role)), user.id);
    }
    if (m_owner->findData(context.userId) < 0)
        m_owner->insertItem(0, tr("Me"), context.userId);
    m_owner->setCurrentIndex(m_owner->findData(context.userId));

    m_step = new QComboBox;
    m_step->setObjectName(QStringLiteral("dealStepCombo"));
    for (const DealStep step : DealOpener::firstSteps())
        m_step->addItem(dealStepTitle(step), int(step));
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("dealCommentEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Margin:"), m_margin);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&First step:"), m_step);
    form->addRow(tr("&Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Open deal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<b>%1</b>").arg(companyName.toHtmlEscaped()));
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_title->setFocus();
}

void NewDealDialog::readCompanyVersion()
{
    const auto company = CompanyFunnelRepository(m_context).find(m_companyId);
    m_companyVersion = company ? company->version : 0;
}

NewDeal NewDealDialog::newDeal() const
{
    NewDeal deal;
    deal.title = m_title->text().trimmed();
    deal.amountKopecks = m_amount->kopecks();
    deal.marginKopecks = m_margin->kopecks();
    deal.currency = m_currency->currentText().trimmed().toUpper();
    deal.ownerId = m_owner->currentData().toLongLong();
    deal.step = DealStep(m_step->currentData().toInt());
    deal.comment = m_comment->text().trimmed();
    return deal;
}

void NewDealDialog::accept()
{
    const Attempt attempt = attemptOrExplain(this, tr("The deal was not opened"), [&] {
        m_opened = DealOpener(m_context).open(m_companyId, m_companyVersion, newDeal());
    });
    // The user has now been told what a colleague changed; OK again opens the deal for the company as it is.
    if (attempt == Attempt::Stale)
        readCompanyVersion();
    if (attempt == Attempt::Done)
        QDialog::accept();
}

} // namespace voronka
