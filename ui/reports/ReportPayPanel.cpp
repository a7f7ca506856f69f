#include "ReportPayPanel.h"

#include "PayRatesDialog.h"
#include "PayrollRecordsDialog.h"
#include "ReportFilterBar.h"
#include "ReportTableView.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "reports/PayrollRecords.h"
#include "reports/ReportError.h"
#include "reports/ReportTables.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

namespace {
QString monthName(const ReportPeriod &period)
{
    return ReportFilterBar::monthName(period.first());
}
} // namespace

ReportPayPanel::ReportPayPanel(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportPayPanel"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("payNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_table = new ReportTableView(QStringLiteral("payTable"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    m_table->installEventFilter(this); // Enter on a line, as a double click
    m_close = new QPushButton(tr("Close month…"));
    m_close->setObjectName(QStringLiteral("closeMonthButton"));
    m_close->setVisible(context.db.viewer().seesEverything());
    m_close->setEnabled(false);
    connect(m_close, &QPushButton::clicked, this, &ReportPayPanel::closeMonth);
    m_rates = new QPushButton(tr("Pay rates…"));
    m_rates->setObjectName(QStringLiteral("payRatesButton"));
    m_rates->setToolTip(tr("The rates of pay for results, and from which day a new one applies"));
    m_rates->setVisible(context.db.viewer().seesEverything());
    connect(m_rates, &QPushButton::clicked, this, &ReportPayPanel::editRates);
    auto *legend = new QLabel(tr("Double click a line to see the records behind it."));
    legend->setObjectName(QStringLiteral("payLegend"));
    legend->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(legend, 1);
    bottom->addWidget(m_rates);
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

ReportPayPanel::~ReportPayPanel() = default;

void ReportPayPanel::showFigures(const ReportFigures &figures)
{
    m_period = figures.request.period;
    m_computed = figures.payrollProblem.isEmpty();
    m_statement = m_computed ? figures.payroll : PayrollStatement{};
    m_names = figures.names;
    m_lineOfRow.clear();
    for (qsizetype at = 0; at < m_statement.lines.size(); ++at) {
        m_lineOfRow.append(int(at));
        const bool lastOfPerson = at + 1 == m_statement.lines.size()
            || m_statement.lines.at(at + 1).userId != m_statement.lines.at(at).userId;
        if (lastOfPerson)
            m_lineOfRow.append(-1);
    }
    m_table->setReport(ReportTables::payroll(m_statement, figures.names));
    for (int row = 0; row < m_lineOfRow.size() && row < m_table->rowCount(); ++row) {
        const int line = m_lineOfRow.at(row);
        const PayrollLine *shown = line < 0 ? nullptr : &m_statement.lines.at(line);
        const bool traced = shown
            && PayrollRecords::hasRecords(shown->kind == QLatin1String("correction") ? shown->correctsKind
                                                                                     : shown->kind);
        const QString tip = traced ? tr("Double click to see the records behind this line") : QString();
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column); item && !tip.isEmpty())
                item->setToolTip(tip);
        }
        if (m_lineOfRow.at(row) < 0) { // a person's total
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (QTableWidgetItem *item = m_table->item(row, column)) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
        }
    }
    m_note->setText(figures.payrollProblem);
    m_note->setVisible(!figures.payrollProblem.isEmpty());
    m_table->setVisible(m_computed);

    const bool over = m_computed && m_context.clock.nowUtc() >= m_period.endUtc();
    m_close->setEnabled(over && !m_statement.closed);
    m_close->setToolTip(
        !m_computed              ? figures.payrollProblem
            : m_statement.closed ? tr("This month is closed: it does not change.")
            : !over              ? tr("A month is closed once it is over.")
                    : tr("Store the statement of %1 as paid: it will not change after.").arg(monthName(m_period)));
}

bool ReportPayPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            openRow(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<qint64> ReportPayPanel::companiesOf(int row) const
{
    if (row < 0 || row >= m_lineOfRow.size() || m_lineOfRow.at(row) < 0)
        return {};
    return m_statement.lines.at(m_lineOfRow.at(row)).companyIds;
}

void ReportPayPanel::openRow(int row)
{
    if (row < 0 || row >= m_lineOfRow.size() || m_lineOfRow.at(row) < 0)
        return;
    const PayrollLine line = m_statement.lines.at(m_lineOfRow.at(row));
    if (!PayrollRecords::hasRecords(line.kind == QLatin1String("correction") ? line.correctsKind : line.kind))
        return;
    if (line.companyIds.isEmpty() && line.paymentIds.isEmpty()) {
        // A closed month's stored line: its records are found again by computing the month, too long for the window.
        if (!m_reader)
            m_reader = std::make_unique<BackgroundReader>(m_context.db.path(), m_context.db.viewer());
        QApplication::setOverrideCursor(Qt::BusyCursor);
        const ReportPeriod month = m_period;
        const Clock &clock = m_context.clock;
        const qint64 userId = m_context.userId;
        m_reader->post(
            [this, month, line, row, &clock, userId](Database &db) {
                QString failure;
                PayrollLineRecords behind;
                try {
                    behind = PayrollRecords(DataContext{db, clock, userId}).behind(month, line);
                } catch (const ReportError &error) {
                    failure = error.message();
                }
                QMetaObject::invokeMethod(
                    this,
                    [this, row, line, behind, failure] {
                        QApplication::restoreOverrideCursor();
                        if (failure.isEmpty())
                            showRecords(row, line, behind);
                        else
                            showReadFailure(failure);
                    },
                    Qt::QueuedConnection);
            },
            [this](const StorageError &error) {
                QMetaObject::invokeMethod(
                    this,
                    [this, message = error.message()] {
                        QApplication::restoreOverrideCursor();
                        showReadFailure(message);
                    },
                    Qt::QueuedConnection);
            });
        return;
    }
    try {
        showRecords(row, line, PayrollRecords(m_context).behind(m_period, line));
    } catch (const ReportError &error) {
        showReadFailure(error.message());
    } catch (const StorageError &error) {
        showReadFailure(error.message());
    }
}

void ReportPayPanel::showReadFailure(const QString &message)
{
    MessageBox::warning(this, tr("Behind the line"), message);
}

void ReportPayPanel::showRecords(int row, const PayrollLine &line, const PayrollLineRecords &behind)
{
    QString what = m_table->item(row, 1) ? m_table->item(row, 1)->text() : PayrollReport::kindTitle(line.kind);
    if (const QString name = m_names.value(line.userId); !name.isEmpty())
        what = QStringLiteral("%1, %2").arg(name, what);
    PayrollRecordsDialog list(tr("%1 (%2)").arg(what, monthName(m_period)), line, behind, this);
    const bool chosen = ModalDialog::exec(list) == QDialog::Accepted && list.chosenCompany() != 0;
    emit recordsShown();
    if (chosen)
        emit companyActivated(list.chosenCompany());
}

void ReportPayPanel::editRates()
{
    if (!m_context.db.viewer().seesEverything())
        return;
    PayRatesDialog rates(m_context, m_period.zone().isValid() ? m_period.zone() : QTimeZone::systemTimeZone(), this);
    if (ModalDialog::exec(rates) == QDialog::Accepted && !rates.saved().isEmpty())
        emit statementChanged();
}

void ReportPayPanel::closeMonth()
{
    if (!m_computed || m_statement.closed)
        return;
    qint64 total = 0;
    for (const PayrollLine &line : std::as_const(m_statement.lines))
        total += line.amountKopecks;
    const QString title = tr("Close the month");
    const QString question = tr("Close %1 with a total of %2? The statement is stored as paid and will not change: a "
                                "later difference appears as a correction next month.")
                                 .arg(monthName(m_period), Money(total).format(QLocale()));
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    try {
        PayrollReport(m_context).close(m_period);
    } catch (const ReportError &error) {
        MessageBox::warning(this, title, error.message());
        return;
    } catch (const StorageError &error) {
        MessageBox::warning(this, title, error.message());
        return;
    }
    m_close->setEnabled(false);
    emit statementChanged();
}

} // namespace voronka
