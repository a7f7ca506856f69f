#pragma once

#include "domain/CompanyRecord.h"
#include "storage/CallQueueQuery.h"
#include "storage/DataContext.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace voronka {

class CompanyTimeline;

// The company being called, as call mode shows it: why it is in the queue, its numbers (a wrong one struck out),
// its people and its history.
class CallCompanyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallCompanyPanel(DataContext context, QWidget *parent = nullptr);

    void showCompany(const CompanyRecord &record, const CallQueueEntry &entry, int maxFailedAttempts);
    // The number the caller picked in the list, else the first one not known to be wrong; 0: none left.
    qint64 dialledPhoneId() const;
    // Whether a number not known to be wrong is left.
    bool hasNumberToCall() const;
    QListWidget *phones() const { return m_phones; }
    QString headline() const;

private:
    DataContext m_context;
    CompanyRecord m_record;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_reason = nullptr;
    QListWidget *m_phones = nullptr;
    QListWidget *m_contacts = nullptr;
    CompanyTimeline *m_timeline = nullptr;
};

} // namespace voronka
