#include "DutyRoster.h"

#include "TeamError.h"
#include "TeamSettings.h"
#include "storage/DutyRosterRepository.h"
#include "storage/UserRepository.h"

namespace voronka {

DutyRoster::DutyRoster(DataContext context)
    : m_context(context)
{
}

QList<User> DutyRoster::candidates() const
{
    QList<User> people;
    for (const User &user : UserRepository(m_context).list())
        if (user.hasRole(UserRole::Closer) || user.hasRole(UserRole::Head))
            people.append(user);
    return people;
}

QMap<QDate, qint64> DutyRoster::days(const QDate &first, int count) const
{
    QMap<QDate, qint64> days;
    if (!first.isValid() || count < 1)
        return days;
    const QDate last = first.addDays(count - 1);
    for (QDate day = first; day <= last; day = day.addDays(1))
        days.insert(day, 0);
    const QMap<QDate, qint64> stored = DutyRosterRepository(m_context.db).between(first, last);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        days.insert(it.key(), it.value());
    return days;
}

void DutyRoster::save(const QMap<QDate, qint64> &days)
{
    TeamSettings(m_context).requireHead();
    UserRepository users(m_context);
    QList<qint64> checked;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (!it.key().isValid())
            throw TeamError(TeamError::Kind::BadInput, tr("A day of the roster is not a date."));
        const qint64 id = it.value();
        if (id == 0 || checked.contains(id))
            continue;
        const auto user = users.find(id);
        if (!user)
            throw TeamError(TeamError::Kind::BadInput, tr("There is no such user."));
        if (!user->active)
            throw TeamError(TeamError::Kind::InactiveUser,
                            tr("%1 is deactivated: they cannot be on duty.").arg(user->fullName));
        checked.append(id);
    }
    DutyRosterRepository(m_context.db).setDays(days);
}

} // namespace voronka
