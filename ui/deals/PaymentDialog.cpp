#include "PaymentDialog.h"

#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/MoneySpinBox.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "funnel/FunnelError.h"
#include "storage/PaymentRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

PaymentDialog::PaymentDialog(DataContext context, const Deal &deal, const QString &companyName, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_deal(deal)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record a payment"));
    const PaymentRecorder recorder(m_context);
    const qint64 paid = PaymentRepository(m_context).paidForDeal(deal.id);
    m_handsOver = recorder.handsOver(deal.companyId);

    const auto money
        = [&deal](qint64 kopecks) { return Money(kopecks, deal.currency).format(QLocale()).toHtmlEscaped(); };
    auto *what = new QLabel(tr("<b>%1</b><br>%2<br>Amount: %3<br>Paid so far: %4<br>Left to pay: %5")
                                .arg(companyName.toHtmlEscaped(), deal.title.toHtmlEscaped(), money(deal.amountKopecks),
                                     money(paid), money(deal.amountKopecks - paid)));
    what->setObjectName(QStringLiteral("paymentDealLabel"));
    what->setWordWrap(true);

    const QDate today = m_context.clock.nowUtc().toLocalTime().date();
    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("paymentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today); // the money has arrived: PaymentRecorder refuses a day ahead anyway
    m_amount = new MoneySpinBox(QStringLiteral("paymentAmountEdit"));
    m_amount->setCurrency(deal.currency);
    m_amount->setKopecks(deal.amountKopecks - paid);
    m_accountManager = new QComboBox;
    m_accountManager->setObjectName(QStringLiteral("accountManagerCombo"));
    m_accountManager->addItem(tr("Automatically (fewest clients)"), qint64(0));
    for (const User &user : recorder.accountManagers())
        m_accountManager->addItem(QStringLiteral("%1 (%2)").arg(user.fullName, userRoleTitle(user.role)), user.id);
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("paymentCommentEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Paid on:"), m_date);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Account &manager:"), m_accountManager);
    form->setRowVisible(m_accountManager, m_handsOver); // later payments do not hand the client over again
    form->addRow(tr("&Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record payment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    if (m_handsOver) {
        auto *handover = new QLabel(tr("This is the company's first payment: it becomes a client and is handed over "
                                       "to an account manager."));
        handover->setWordWrap(true);
        layout->addWidget(handover);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_amount->setFocus();
    m_amount->selectAll();
}

PaymentEntry PaymentDialog::entry() const
{
    PaymentEntry entry;
    entry.paidOn = m_date->date();
    entry.amountKopecks = m_amount->kopecks();
    entry.accountManagerId = m_handsOver ? m_accountManager->currentData().toLongLong() : 0;
    entry.comment = m_comment->text().trimmed();
    return entry;
}

void PaymentDialog::accept()
{
    const PaymentEntry payment = entry();
    const Attempt attempt = attemptOrExplain(this, tr("The payment was not recorded"), [&] {
        m_recorded = PaymentRecorder(m_context).record(m_deal.id, m_deal.version, payment);
    });
    // A colleague changed or deleted the deal: what the dialog shows is no longer true. Otherwise the user corrects
    // the amount or the day.
    if (attempt == Attempt::Stale)
        reject();
    if (attempt != Attempt::Done)
        return;
    m_recordedKopecks = payment.amountKopecks;
    QDialog::accept();
}

} // namespace voronka
