#pragma once

#include "domain/User.h"
#include "funnel/DealOpener.h"
#include "storage/DataContext.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;

namespace voronka {

class MoneySpinBox;

// Opens a deal for a company (a first deal after a meeting, or a repeat sale to a client): title, amount,
// margin, currency, the closer who carries it (the user, by default) and the first step. OK opens it through
// DealOpener for the company as read when the dialog opened; a refusal is shown and the dialog keeps what was typed.
class NewDealDialog : public QDialog
{
    Q_OBJECT

public:
    NewDealDialog(DataContext context, const QList<User> &users, qint64 companyId, const QString &companyName,
                  QWidget *parent = nullptr);

    // After the dialog was accepted: the deal opened.
    const OpenedDeal &opened() const { return m_opened; }

public slots:
    void accept() override;

private:
    NewDeal newDeal() const;
    void readCompanyVersion();

    DataContext m_context;
    qint64 m_companyId = 0;
    qint64 m_companyVersion = 0;
    QLineEdit *m_title = nullptr;
    MoneySpinBox *m_amount = nullptr;
    MoneySpinBox *m_margin = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_step = nullptr;
    QLineEdit *m_comment = nullptr;
    OpenedDeal m_opened;
};

} // namespace voronka
