#pragma once

#include <QDialog>

class QSpinBox;

namespace voronka {

class Database;

// The call rules of the base (CallSettings): after how many unanswered calls in a row a company is parked, and
// how soon an unanswered or busy number comes back to the queue. Shared by every desk on the file.
class CallSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallSettingsDialog(Database &db, QWidget *parent = nullptr);

    void accept() override;

private:
    Database &m_db;
    QSpinBox *m_attempts = nullptr;
    QSpinBox *m_noAnswer = nullptr;
    QSpinBox *m_busy = nullptr;
};

} // namespace voronka
