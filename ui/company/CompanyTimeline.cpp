#include "CompanyTimeline.h"

#include "common/DateTimeText.h"
#include "domain/CallOutcome.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"
#include "storage/StorageError.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {
QString companyStageText(const QString &key)
{
    const auto stage = companyStageFromKey(key);
    return stage ? companyStageTitle(*stage) : key;
}

QString dealStepText(const QString &key)
{
    const auto step = dealStepFromKey(key);
    return step ? dealStepTitle(*step) : key;
}

QString stepArrow(const QString &from, const QString &to)
{
    return from.isEmpty() ? to : CompanyTimeline::tr("%1 → %2").arg(from, to);
}
} // namespace

CompanyTimeline::CompanyTimeline(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("companyTimeline"));
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(200);
    m_empty = new QLabel(tr("Nothing has happened with this company yet."));
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    showCompany(0);
}

void CompanyTimeline::showCompany(qint64 companyId)
{
    m_companyId = companyId;
    reload();
}

QString CompanyTimeline::describe(const TimelineEntry &entry)
{
    switch (entry.kind) {
    case ActivityKind::Call: {
        const auto outcome = callOutcomeFromKey(entry.outcome);
        if (outcome)
            return tr("Call: %1").arg(callOutcomeTitle(*outcome));
        return entry.outcome.isEmpty() ? tr("Call") : tr("Call: %1").arg(entry.outcome);
    }
    case ActivityKind::Meeting:
        return tr("Meeting");
    case ActivityKind::Note:
        return tr("Note");
    case ActivityKind::StageChange:
        return tr("Stage: %1").arg(stepArrow(companyStageText(entry.fromStage), companyStageText(entry.outcome)));
    case ActivityKind::DealStep:
        return tr("Deal «%1»: %2")
            .arg(entry.dealTitle,
                 stepArrow(entry.fromStage.isEmpty() ? QString() : dealStepText(entry.fromStage),
                           dealStepText(entry.outcome)));
    case ActivityKind::Payment: {
        if (!entry.amount)
            return entry.dealTitle.isEmpty() ? tr("Payment") : tr("Payment on «%1»").arg(entry.dealTitle);
        const QString amount = entry.amount->format(QLocale());
        return entry.dealTitle.isEmpty() ? tr("Payment of %1").arg(amount)
                                         : tr("Payment of %1 on «%2»").arg(amount, entry.dealTitle);
    }
    case ActivityKind::Import:
        return tr("Import");
    }
    return {};
}

void CompanyTimeline::reload()
{
    m_table->setRowCount(0);
    QList<TimelineEntry> entries;
    if (m_companyId != 0) {
        try {
            entries = CompanyTimelineQuery(m_context).entries(m_companyId);
        } catch (const StorageError &error) {
            m_empty->setText(tr("The timeline cannot be read: %1").arg(error.message()));
            m_empty->show();
            m_table->hide();
            return;
        }
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const TimelineEntry &entry = entries.at(row);
        auto *when = new QTableWidgetItem(shortDateTimeText(entry.occurredAt));
        when->setData(Qt::UserRole, entry.occurredAt);
        m_table->setItem(row, WhenColumn, when);
        m_table->setItem(row, WhoColumn, new QTableWidgetItem(entry.userName.isEmpty() ? tr("—") : entry.userName));
        auto *what = new QTableWidgetItem(entry.note.isEmpty() ? describe(entry)
                                                               : describe(entry) + QLatin1Char('\n') + entry.note);
        what->setToolTip(what->text());
        m_table->setItem(row, WhatColumn, what);
    }
    m_empty->setText(tr("Nothing has happened with this company yet."));
    m_table->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty() && m_companyId != 0);
}

} // namespace voronka
