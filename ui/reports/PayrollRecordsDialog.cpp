#include "PayrollRecordsDialog.h"

#include "domain/Money.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

PayrollRecordsDialog::PayrollRecordsDialog(const QString &what, const PayrollLine &line,
                                           const PayrollLineRecords &behind, QWidget *parent)
    : QDialog(parent)
    , m_behind(behind)
{
    setObjectName(QStringLiteral("payrollRecordsDialog"));
    setWindowTitle(tr("Behind the line"));
    const QLocale locale;
    const bool payments = std::any_of(behind.records.cbegin(), behind.records.cend(),
                                      [](const PayrollRecord &record) { return record.paymentId != 0; });

    auto *heading
        = new QLabel(tr("<b>%1</b>: %n record(s)", nullptr, int(behind.records.size())).arg(what.toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("payrollRecordsHeading"));
    heading->setWordWrap(true);

    QStringList notes;
    if (behind.foundAgain && line.kind == QLatin1String("correction"))
        notes.append(
            tr("The records of the line this corrects in %1, as the history gives them now.").arg(line.correctsMonth));
    else if (behind.foundAgain)
        notes.append(tr("The month is closed and its lines keep no records: these are found again from the history."));
    if (behind.differs(line))
        notes.append(tr("The history now counts %1 where the closed month counted %2: it changed after the month was "
                        "closed. The difference in pay, if any, is a correction line in the next open month.")
                         .arg(locale.toString(behind.countNow), locale.toString(line.count)));
    m_note = new QLabel(notes.join(QLatin1Char(' ')));
    m_note->setObjectName(QStringLiteral("payrollRecordsNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(!notes.isEmpty());
    if (behind.differs(line))
        m_note->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_table = new QTableWidget(int(behind.records.size()), payments ? 3 : 1);
    m_table->setObjectName(QStringLiteral("payrollRecordsTable"));
    m_table->setHorizontalHeaderLabels(payments ? QStringList{tr("Company"), tr("Paid on"), tr("Amount")}
                                                : QStringList{tr("Company")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int row = 0; row < behind.records.size(); ++row) {
        const PayrollRecord &record = behind.records.at(row);
        m_table->setItem(row, CompanyColumn, new QTableWidgetItem(record.companyName));
        if (!payments)
            continue;
        m_table->setItem(row, DayColumn, new QTableWidgetItem(locale.toString(record.paidOn, QLocale::ShortFormat)));
        auto *amount = new QTableWidgetItem(Money(record.amountKopecks).format(locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CompanyColumn, QHeaderView::Stretch);
    m_table->setMinimumWidth(payments ? 480 : 360);
    if (!behind.records.isEmpty())
        m_table->setCurrentCell(0, CompanyColumn);
    // Enter on a row, and a double click (a view activates on it unless the style activates on a single click).
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *open = buttons->addButton(tr("&Open company"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCompanyButton"));
    open->setEnabled(!behind.records.isEmpty());
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    open->setDefault(true); // once in the dialog, which then keeps it the default
    m_table->setFocus();
}

void PayrollRecordsDialog::openRow(int row)
{
    if (row < 0 || row >= m_behind.records.size())
        return;
    m_chosen = m_behind.records.at(row).companyId;
    accept();
}

} // namespace voronka
