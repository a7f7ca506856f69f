#include "AuditDialog.h"

#include "common/DateTimeText.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"
#include "domain/Money.h"
#include "storage/DealRepository.h"
#include "storage/StorageError.h"
#include "storage/Timestamps.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {
QString fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("AuditDialog", "created")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("AuditDialog", "deleted")},
        // An imported company's creation: its batch, with the file's name as the value.
        {QStringLiteral("imported"), QT_TRANSLATE_NOOP("AuditDialog", "imported from file")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditDialog", "Name")},
        {QStringLiteral("inn"), QT_TRANSLATE_NOOP("AuditDialog", "INN")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("AuditDialog", "City")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("AuditDialog", "Address")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("AuditDialog", "Website")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("AuditDialog", "Industry")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("AuditDialog", "Source")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("AuditDialog", "Stage")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("AuditDialog", "Owner")},
        {QStringLiteral("next_action_at"), QT_TRANSLATE_NOOP("AuditDialog", "Next action")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("AuditDialog", "Title")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("AuditDialog", "Step")},
        {QStringLiteral("amount_kopecks"), QT_TRANSLATE_NOOP("AuditDialog", "Amount")},
        {QStringLiteral("margin_kopecks"), QT_TRANSLATE_NOOP("AuditDialog", "Margin")},
        {QStringLiteral("invoice_number"), QT_TRANSLATE_NOOP("AuditDialog", "Invoice number")},
        {QStringLiteral("invoice_date"), QT_TRANSLATE_NOOP("AuditDialog", "Invoice date")},
        {QStringLiteral("lost_reason"), QT_TRANSLATE_NOOP("AuditDialog", "Reason lost")},
        {QStringLiteral("paid_at"), QT_TRANSLATE_NOOP("AuditDialog", "Paid on")},
        {QStringLiteral("deal_id"), QT_TRANSLATE_NOOP("AuditDialog", "Deal")},
    };
    const char *title = titles.value(field);
    // The context must be the one the titles are marked with above (a class's tr() would look in
    // "voronka::AuditDialog", where they are not, and leave them English).
    return title ? QCoreApplication::translate("AuditDialog", title) : field;
}
} // namespace

AuditDialog::AuditDialog(DataContext context, QList<User> users, qint64 companyId, const QString &companyName,
                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_users(std::move(users))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("History of changes"));

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Was"), tr("Now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *problem = new QLabel;
    problem->setObjectName(QStringLiteral("auditProblem"));
    problem->setWordWrap(true);
    problem->hide();
    QList<AuditEntry> entries;
    try {
        entries = AuditLog(m_context).forCompany(companyId);
    } catch (const StorageError &error) {
        problem->setText(error.message());
        problem->show();
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &entry = entries.at(row);
        const QStringList texts = {shortDateTimeText(entry.changedAt),
                                   entry.userName.isEmpty() ? userName(entry.userId) : entry.userName,
                                   recordText(entry),
                                   fieldTitle(entry.field),
                                   valueText(entry, entry.oldValue),
                                   valueText(entry, entry.newValue)};
        for (int column = 0; column < texts.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(companyName.toHtmlEscaped())));
    layout->addWidget(problem);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 500);
}

QString AuditDialog::recordText(const AuditEntry &entry) const
{
    if (entry.table == QStringLiteral("deals")) {
        const auto deal = DealRepository(m_context).find(entry.rowId);
        return deal ? tr("Deal «%1»").arg(deal->title) : tr("Deal #%1").arg(entry.rowId);
    }
    if (entry.table == QStringLiteral("payments"))
        return tr("Payment #%1").arg(entry.rowId);
    return tr("Company");
}

QString AuditDialog::valueText(const AuditEntry &entry, const QString &value) const
{
    if (value.isEmpty())
        return {};
    const QString &field = entry.field;
    if (field == QStringLiteral("stage"))
        return companyStageTitle(companyStageFromKey(value).value_or(CompanyStage::Cold));
    if (field == QStringLiteral("step"))
        return dealStepTitle(dealStepFromKey(value).value_or(DealStep::Needs));
    if (field == QStringLiteral("owner_id"))
        return userName(value.toLongLong());
    if (field.endsWith(QStringLiteral("_kopecks"))
        || (entry.table == QStringLiteral("payments") && field == QStringLiteral("created")))
        return Money(value.toLongLong()).format(QLocale());
    if (field.endsWith(QStringLiteral("_at")))
        return shortDateTimeText(fromStoredTime(value));
    return value;
}

QString AuditDialog::userName(qint64 userId) const
{
    if (userId == 0)
        return tr("unknown");
    for (const User &user : m_users) {
        if (user.id == userId)
            return user.fullName;
    }
    return tr("user #%1").arg(userId);
}

} // namespace voronka
