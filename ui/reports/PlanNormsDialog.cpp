#include "PlanNormsDialog.h"

#include "common/MessageBox.h"
#include "reports/PayrollReport.h"
#include "reports/PlanMetrics.h"
#include "reports/ReportError.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

PlanNormsDialog::PlanNormsDialog(DataContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_norms(PlanEditor(context).norms())
{
    setObjectName(QStringLiteral("planNormsDialog"));
    setWindowTitle(tr("Norms"));
    const QLocale locale;
    m_table = new QTableWidget(int(m_norms.size()), 3);
    m_table->setObjectName(QStringLiteral("planNormsTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Figure"), tr("Norm a month")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    for (int row = 0; row < m_norms.size(); ++row) {
        const RoleNorm &norm = m_norms.at(row);
        // The role once, on its first row: the rows read as groups.
        const bool firstOfRole = row == 0 || m_norms.at(row - 1).role != norm.role;
        auto *role = new QTableWidgetItem(firstOfRole ? userRoleTitle(norm.role) : QString());
        role->setToolTip(userRoleTitle(norm.role));
        auto *figure = new QTableWidgetItem(PlanMetrics::title(norm.metric));
        for (QTableWidgetItem *fixed : {role, figure})
            fixed->setFlags(fixed->flags() & ~Qt::ItemIsEditable);
        auto *value = new QTableWidgetItem(PlanEditor::targetText(norm.metric, norm.monthly, locale));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(PlanMetrics::isMoney(norm.metric) ? tr("In roubles") : tr("A whole number"));
        m_table->setItem(row, RoleColumn, role);
        m_table->setItem(row, FigureColumn, figure);
        m_table->setItem(row, NormColumn, value);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FigureColumn, QHeaderView::Stretch);
    m_table->setMinimumWidth(520);
    m_table->setMinimumHeight(
        std::min(460, m_table->verticalHeader()->length() + m_table->horizontalHeader()->height() + 4));
    if (!m_norms.isEmpty())
        m_table->setCurrentCell(0, NormColumn);

    auto *about = new QLabel(tr("A norm is the plan of everyone in the role for every month the head set no plan of "
                                "their own, past months included."));
    about->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanNormsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(about);
    layout->addWidget(buttons);
    // Enter saves: set once the button is in the dialog, which then keeps it the default when focus comes and goes.
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
}

int PlanNormsDialog::rowOf(UserRole role, const QString &metric) const
{
    for (int row = 0; row < m_norms.size(); ++row) {
        if (m_norms.at(row).role == role && m_norms.at(row).metric == metric)
            return row;
    }
    return -1;
}

void PlanNormsDialog::accept()
{
    const QString title = tr("Norms");
    const QLocale locale;
    QList<RoleNorm> changes;
    for (int row = 0; row < m_norms.size(); ++row) {
        const RoleNorm &norm = m_norms.at(row);
        const QString typed = m_table->item(row, NormColumn)->text();
        const std::optional<qint64> value = PlanEditor::parseTarget(norm.metric, typed, locale);
        if (!value) {
            m_table->setCurrentCell(row, NormColumn);
            MessageBox::warning(this, title,
                                (PlanMetrics::isMoney(norm.metric)
                                     ? tr("%1, %2: \"%3\" is not a number. Type the amount in roubles, e.g. 1 000 000.")
                                     : tr("%1, %2: \"%3\" is not a whole number."))
                                    .arg(userRoleTitle(norm.role), PlanMetrics::title(norm.metric), typed));
            return;
        }
        if (*value != norm.monthly)
            changes.append({norm.role, norm.metric, *value});
    }
    if (changes.isEmpty()) {
        m_saved.clear();
        QDialog::accept();
        return;
    }
    PlanEditor editor(m_context);
    try {
        editor.checkNorms(changes);
        const QStringList closed = PayrollReport(m_context).closedMonths();
        if (!closed.isEmpty()
            && MessageBox::question(
                   this, title,
                   tr("Norms have no dates: the new ones also become the plans of past months without a plan of their "
                      "own, including months whose pay is closed (%1). That pay stays as it was paid. Where a new norm "
                      "changes whether a plan bonus was earned in such a month, the difference appears once as a "
                      "correction line in the next open month's statement. Save the norms?")
                       .arg(closed.join(QStringLiteral(", "))),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
        editor.setNorms(changes);
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
