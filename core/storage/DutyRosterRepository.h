#pragma once

#include <QDate>
#include <QMap>

namespace voronka {

class Database;

// Who is on duty on which day (the head's roster), for routing inquiries to the person on duty today.
class DutyRosterRepository
{
public:
    explicit DutyRosterRepository(Database &db);

    // 0 clears the day.
    void set(const QDate &day, qint64 userId);
    // Each day to its person (0: nobody), in one transaction: a roster of weeks is a few dozen short statements.
    void setDays(const QMap<QDate, qint64> &days);
    qint64 onDuty(const QDate &day) const; // 0: nobody
    QMap<QDate, qint64> between(const QDate &first, const QDate &last) const;

private:
    Database &m_db;
};

} // namespace voronka
