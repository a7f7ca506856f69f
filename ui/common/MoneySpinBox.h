#pragma once

#include <QDoubleSpinBox>

namespace voronka {

// An amount of money typed in roubles (or another currency's units) with two decimals, read as kopecks. Takes
// an amount as people type it, not only in the locale's exact form: "1 500,50", "1500.5", "1 500 ₽" (Money::parse).
class MoneySpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit MoneySpinBox(const QString &objectName, QWidget *parent = nullptr);

    qint64 kopecks() const;
    void setKopecks(qint64 kopecks);
    void setCurrency(const QString &currency);

    QValidator::State validate(QString &text, int &position) const override;
    double valueFromText(const QString &text) const override;

private:
    QString m_currency = QStringLiteral("RUB");
};

} // namespace voronka
