#pragma once

#include "domain/User.h"
#include "storage/AuditLog.h"

#include <QDialog>

class QTableWidget;

namespace voronka {

// "History of changes" of one company: who changed which field of it, of its deals and of its payments, and
// when, newest first. Read-only.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(DataContext context, QList<User> users, qint64 companyId, const QString &companyName,
                QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QString recordText(const AuditEntry &entry) const;
    QString valueText(const AuditEntry &entry, const QString &value) const;
    QString userName(qint64 userId) const;

    DataContext m_context;
    QList<User> m_users;
    QTableWidget *m_table = nullptr;
};

} // namespace voronka
