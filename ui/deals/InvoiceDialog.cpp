#include "InvoiceDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

InvoiceDialog::InvoiceDialog(const QString &dealText, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("invoiceDialog"));
    setWindowTitle(tr("Issue an invoice"));
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("invoiceNumberEdit"));
    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("invoiceDateEdit"));
    m_date->setCalendarPopup(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Invoice &number:"), m_number);
    form->addRow(tr("Invoice &date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_number, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(dealText);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString InvoiceDialog::number() const
{
    return m_number->text().trimmed();
}

QDate InvoiceDialog::date() const
{
    return m_date->date();
}

} // namespace voronka
