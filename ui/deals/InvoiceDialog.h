#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace voronka {

// Asks for what an invoice needs before a deal moves to "invoice issued": its number and date.
class InvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    InvoiceDialog(const QString &dealText, const QDate &today, QWidget *parent = nullptr);

    QString number() const;
    QDate date() const;

private:
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace voronka
