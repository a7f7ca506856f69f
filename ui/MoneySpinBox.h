#pragma once

#include <QDoubleSpinBox>

namespace voronka {

// An amount of money typed in roubles (or another currency's units) with two decimals, read as kopecks.
class MoneySpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit MoneySpinBox(const QString &objectName, QWidget *parent = nullptr);

    qint64 kopecks() const;
    void setKopecks(qint64 kopecks);
    void setCurrency(const QString &currency);
};

} // namespace voronka
