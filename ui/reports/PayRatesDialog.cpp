#include "PayRatesDialog.h"

#include "common/MessageBox.h"
#include "domain/Clock.h"
#include "reports/PayRates.h"
#include "reports/ReportError.h"
#include "storage/StorageError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

PayRatesDialog::PayRatesDialog(DataContext context, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_zone(zone)
    , m_keys(PayRates::keys())
{
    setObjectName(QStringLiteral("payRatesDialog"));
    setWindowTitle(tr("Pay rates"));
    const QDateTime now = context.clock.nowUtc();
    const PayRates rates = PayrollReport(context).rates();
    const QLocale locale;

    m_table = new QTableWidget(int(m_keys.size()), 2);
    m_table->setObjectName(QStringLiteral("payRatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Rate"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    for (int row = 0; row < m_keys.size(); ++row) {
        const QString &key = m_keys.at(row);
        auto *title = new QTableWidgetItem(PayRates::title(key));
        title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, RateColumn, title);
        m_values.append(rates.at(key, now));
        auto *value = new QTableWidgetItem(PayRates::text(key, m_values.last(), locale));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(PayRates::isPercent(key) ? tr("In percent, e.g. 2,5") : tr("In roubles"));
        m_table->setItem(row, ValueColumn, value);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RateColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(520);
    m_table->setMinimumHeight(m_table->verticalHeader()->length() + m_table->horizontalHeader()->height() + 4);
    m_table->setCurrentCell(0, ValueColumn);

    const QDate today = now.toTimeZone(zone).date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1));
    m_from->setObjectName(QStringLiteral("rateFromEdit"));
    m_from->setCalendarPopup(true);
    connect(m_from, &QDateEdit::dateChanged, this, &PayRatesDialog::updateClosedNote);
    auto *form = new QFormLayout;
    form->addRow(tr("New values apply &from:"), m_from);

    auto *about = new QLabel(tr("Events before that day are paid at the rates they had then."));
    about->setWordWrap(true);
    m_closedNote = new QLabel;
    m_closedNote->setObjectName(QStringLiteral("payRatesClosedNote"));
    m_closedNote->setWordWrap(true);
    m_closedNote->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PayRatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(about);
    layout->addWidget(m_closedNote);
    layout->addWidget(buttons);
    updateClosedNote();
    // Enter saves: set once the button is in the dialog, which then keeps it the default when focus comes and goes.
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
}

QDateTime PayRatesDialog::validFrom() const
{
    return QDateTime(m_from->date(), QTime(0, 0), m_zone);
}

void PayRatesDialog::updateClosedNote()
{
    const QStringList closed = PayrollReport(m_context).closedMonthsFrom(validFrom(), m_zone);
    m_closedNote->setText(closed.isEmpty() ? QString()
                                           : tr("From this day the new rates reach months already closed: %1.")
                                                 .arg(closed.join(QStringLiteral(", "))));
    m_closedNote->setVisible(!closed.isEmpty());
}

void PayRatesDialog::accept()
{
    const QString title = tr("Pay rates");
    const QLocale locale;
    QList<RateChange> changes;
    for (int row = 0; row < m_keys.size(); ++row) {
        const QString &key = m_keys.at(row);
        const QString typed = m_table->item(row, ValueColumn)->text();
        const std::optional<qint64> value = PayRates::parse(key, typed, locale);
        if (!value) {
            m_table->setCurrentCell(row, ValueColumn);
            MessageBox::warning(this, title,
                                (PayRates::isPercent(key)
                                     ? tr("%1: \"%2\" is not a number. Type the percentage, "
                                          "e.g. 2,5.")
                                     : tr("%1: \"%2\" is not a number. Type the amount in roubles, "
                                          "e.g. 1 500."))
                                    .arg(PayRates::title(key), typed));
            return;
        }
        if (*value != m_values.at(row))
            changes.append({key, *value});
    }
    if (changes.isEmpty()) {
        m_saved.clear();
        QDialog::accept();
        return;
    }
    PayrollReport payroll(m_context);
    try {
        payroll.checkRates(changes, validFrom());
        const QStringList closed = payroll.closedMonthsFrom(validFrom(), m_zone);
        if (!closed.isEmpty()
            && MessageBox::question(
                   this, title,
                   tr("The new rates apply from %1, which reaches months already closed: %2. Their pay stays as it "
                      "was paid. Where the new rates change what those months earned, the difference appears once as "
                      "a correction line in the next open month's statement. Save the rates?")
                       .arg(QLocale().toString(m_from->date(), QLocale::LongFormat), closed.join(QStringLiteral(", "))),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
        payroll.setRates(changes, validFrom());
    } catch (const ReportError &error) {
        MessageBox::warning(this, title, error.message());
        return;
    } catch (const StorageError &error) {
        MessageBox::warning(this, title, error.message());
        return;
    }
    m_saved = changes;
    QDialog::accept();
}

} // namespace voronka
