#pragma once

#include "domain/Deal.h"
#include "funnel/PaymentRecorder.h"
#include "storage/DataContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace voronka {

class MoneySpinBox;

// Records a payment against a deal at "invoice issued": shows what the deal is worth and what is left to pay, asks
// the day and the amount (what is left, by default), and, when this is the company's first payment, who will
// serve the new client. OK records through PaymentRecorder; a refusal is shown and the dialog keeps what was
// typed, while a colleague's change of the deal closes it (the caller shows the deal anew).
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(DataContext context, const Deal &deal, const QString &companyName, QWidget *parent = nullptr);

    // After the dialog was accepted: what was recorded.
    const PaymentResult &recorded() const { return m_recorded; }
    qint64 recordedKopecks() const { return m_recordedKopecks; }
    bool handsOver() const { return m_handsOver; }

public slots:
    void accept() override;

private:
    PaymentEntry entry() const;

    DataContext m_context;
    Deal m_deal;
    bool m_handsOver = false;
    QDateEdit *m_date = nullptr;
    MoneySpinBox *m_amount = nullptr;
    QComboBox *m_accountManager = nullptr;
    QLineEdit *m_comment = nullptr;
    PaymentResult m_recorded;
    qint64 m_recordedKopecks = 0;
};

} // namespace voronka
