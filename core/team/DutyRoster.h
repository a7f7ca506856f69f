#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace voronka {

// The head's duty roster: who takes the inquiries on which day when the rule is "the person on duty today"
// (InquiryRouting). Stored by DutyRosterRepository.
class DutyRoster
{
    Q_DECLARE_TR_FUNCTIONS(DutyRoster)

public:
    explicit DutyRoster(DataContext context);

    // Who is offered for a day on duty: the active closers and heads, by name (as UserRepository lists them).
    QList<User> candidates() const;
    // Each of count days from first, with who is on duty (0: nobody).
    QMap<QDate, qint64> days(const QDate &first, int count) const;
    // Sets each day given to its person (0: nobody), in one short transaction; days not given stay as they are.
    // Throws TeamError: NotAllowed (sign-in is on and the user is not the head), BadInput (a day that is no date, an
    // unknown person), InactiveUser (a deactivated person). Nothing is written then.
    void save(const QMap<QDate, qint64> &days);

private:
    DataContext m_context;
};

} // namespace voronka
