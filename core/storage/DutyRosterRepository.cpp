#include "DutyRosterRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "WriteTransaction.h"

namespace voronka {

DutyRosterRepository::DutyRosterRepository(Database &db)
    : m_db(db)
{
}

void DutyRosterRepository::set(const QDate &day, qint64 userId)
{
    WriteTransaction transaction(m_db);
    if (userId == 0)
        SqlStatement::run(m_db.connection(), QStringLiteral("DELETE FROM duty_roster WHERE day = ?"),
                          {day.toString(Qt::ISODate)});
    else
        SqlStatement::run(m_db.connection(),
                          QStringLiteral("INSERT INTO duty_roster (day, user_id) VALUES (?, ?) "
                                         "ON CONFLICT (day) DO UPDATE SET user_id = excluded.user_id"),
                          {day.toString(Qt::ISODate), userId});
    transaction.commit();
}

void DutyRosterRepository::setDays(const QMap<QDate, qint64> &days)
{
    WriteTransaction transaction(m_db);
    SqlStatement clear(m_db.connection(), QStringLiteral("DELETE FROM duty_roster WHERE day = ?"));
    SqlStatement put(m_db.connection(),
                     QStringLiteral("INSERT INTO duty_roster (day, user_id) VALUES (?, ?) "
                                    "ON CONFLICT (day) DO UPDATE SET user_id = excluded.user_id"));
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const QString day = it.key().toString(Qt::ISODate);
        if (it.value() == 0)
            clear.bind(day).exec();
        else
            put.bind({day, it.value()}).exec();
    }
    transaction.commit();
}

qint64 DutyRosterRepository::onDuty(const QDate &day) const
{
    return SqlStatement::scalar(m_db.connection(), QStringLiteral("SELECT user_id FROM duty_roster WHERE day = ?"),
                                {day.toString(Qt::ISODate)})
        .toLongLong();
}

QMap<QDate, qint64> DutyRosterRepository::between(const QDate &first, const QDate &last) const
{
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT day, user_id FROM duty_roster WHERE day BETWEEN ? AND ? ORDER BY day"));
    select.bind({first.toString(Qt::ISODate), last.toString(Qt::ISODate)}).exec();
    QMap<QDate, qint64> days;
    while (select.next())
        days.insert(QDate::fromString(select.value(0).toString(), Qt::ISODate), select.value(1).toLongLong());
    return days;
}

} // namespace voronka
