#include "ScriptCheckPanel.h"

namespace voronka {

ScriptCheckPanel::ScriptCheckPanel(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("checkPanel"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
}

void ScriptCheckPanel::showCheck(const CallScriptCheck &check)
{
    clear();
    for (const QString &error : check.errors) {
        auto *item = new QListWidgetItem(tr("Error: %1").arg(error), this);
        item->setForeground(Qt::red);
        item->setData(IsErrorRole, true);
    }
    for (const QString &warning : check.warnings) {
        auto *item = new QListWidgetItem(tr("Warning: %1").arg(warning), this);
        item->setForeground(Qt::darkYellow);
        item->setData(IsErrorRole, false);
    }
    if (check.errors.isEmpty() && check.warnings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems: callers can follow this script."), this);
        item->setForeground(Qt::darkGreen);
        item->setData(IsErrorRole, false);
    }
}

} // namespace voronka
