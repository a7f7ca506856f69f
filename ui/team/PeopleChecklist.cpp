#include "PeopleChecklist.h"

#include <QHeaderView>
#include <QSpinBox>

namespace voronka {

PeopleChecklist::PeopleChecklist(const QList<User> &people, bool withWeights, QWidget *parent)
    : QTableWidget(int(people.size()), withWeights ? 2 : 1, parent)
    , m_people(people)
    , m_withWeights(withWeights)
{
    setHorizontalHeaderLabels(withWeights ? QStringList{tr("Person"), tr("Weight")} : QStringList{tr("Person")});
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < people.size(); ++row) {
        const User &user = people.at(row);
        auto *item = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(user.fullName, userRoleTitle(user.role)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        setItem(row, 0, item);
        if (withWeights) {
            auto *weight = new QSpinBox;
            weight->setObjectName(QStringLiteral("weight_%1").arg(user.login));
            weight->setRange(1, 100);
            weight->setValue(1);
            setCellWidget(row, 1, weight);
            connect(weight, &QSpinBox::valueChanged, this, &PeopleChecklist::changed);
        }
    }
    connect(this, &QTableWidget::itemChanged, this, &PeopleChecklist::changed);
}

QList<qint64> PeopleChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_people.size(); ++row)
        if (item(row, 0)->checkState() == Qt::Checked)
            ids.append(m_people.at(row).id);
    return ids;
}

QList<int> PeopleChecklist::checkedWeights() const
{
    QList<int> weights;
    for (int row = 0; row < m_people.size(); ++row) {
        if (item(row, 0)->checkState() != Qt::Checked)
            continue;
        const auto *weight = m_withWeights ? qobject_cast<QSpinBox *>(cellWidget(row, 1)) : nullptr;
        weights.append(weight ? weight->value() : 1);
    }
    return weights;
}

int PeopleChecklist::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_people.size(); ++row)
        if (m_people.at(row).id == userId)
            return row;
    return -1;
}

void PeopleChecklist::setChecked(qint64 userId, bool checked)
{
    if (const int row = rowOf(userId); row >= 0)
        item(row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void PeopleChecklist::setWeight(qint64 userId, int weight)
{
    const int row = rowOf(userId);
    if (auto *spin = row >= 0 && m_withWeights ? qobject_cast<QSpinBox *>(cellWidget(row, 1)) : nullptr)
        spin->setValue(weight);
}

} // namespace voronka
