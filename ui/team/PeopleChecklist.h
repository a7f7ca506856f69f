#pragma once

#include "domain/User.h"

#include <QTableWidget>

namespace voronka {

// The people a hand-out goes to: a check box each and, when asked for, a weight (2 gets twice as many as 1).
class PeopleChecklist : public QTableWidget
{
    Q_OBJECT

public:
    PeopleChecklist(const QList<User> &people, bool withWeights, QWidget *parent = nullptr);

    // The checked people's ids, in the list's order.
    QList<qint64> checkedIds() const;
    // The checked people's weights, in the same order.
    QList<int> checkedWeights() const;
    void setChecked(qint64 userId, bool checked);
    void setWeight(qint64 userId, int weight);

signals:
    void changed();

private:
    int rowOf(qint64 userId) const;

    QList<User> m_people;
    bool m_withWeights = false;
};

} // namespace voronka
