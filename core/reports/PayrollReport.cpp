#include "PayrollReport.h"

#include "PayRates.h"
#include "PlanReport.h"
#include "ReportError.h"
#include "ReportScope.h"
#include "domain/Clock.h"
#include "domain/User.h"
#include "storage/Database.h"
#include "storage/PayrollQuery.h"
#include "storage/PayrollRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace voronka {

namespace {

// Hundredths of a percent of an amount, rounded to the nearest kopeck.
qint64 percentOf(qint64 amount, qint64 hundredths)
{
    return (amount * hundredths + (amount >= 0 ? 5000 : -5000)) / 10000;
}

const QStringList kindOrder{
    QStringLiteral("fixed"),           QStringLiteral("confirmed_contacts"), QStringLiteral("meetings_held"),
    QStringLiteral("team_bonus"),      QStringLiteral("new_clients_margin"), QStringLiteral("plan_bonus"),
    QStringLiteral("earlier_clients"), QStringLiteral("client_team_bonus"),  QStringLiteral("correction")};

void sortLines(QList<PayrollLine> &lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const PayrollLine &a, const PayrollLine &b) {
        if (a.userId != b.userId)
            return a.userId < b.userId;
        return kindOrder.indexOf(a.kind) < kindOrder.indexOf(b.kind);
    });
}

qint64 planSum(const QList<PersonPlan> &plans, const QString &metric, bool actual, UserRole role)
{
    qint64 sum = 0;
    for (const PersonPlan &person : plans) {
        if (!person.person.active || !person.person.hasRole(role))
            continue;
        for (const PlanLine &line : person.lines) {
            if (line.metric == metric)
                sum += actual ? line.actual : line.plan;
        }
    }
    return sum;
}

} // namespace

qint64 PayrollStatement::total(qint64 userId) const
{
    qint64 sum = 0;
    for (const PayrollLine &line : lines) {
        if (line.userId == userId)
            sum += line.amountKopecks;
    }
    return sum;
}

PayrollReport::PayrollReport(DataContext context)
    : m_context(context)
{
}

QString PayrollReport::kindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("fixed"), QT_TR_NOOP("Fixed part")},
        {QStringLiteral("confirmed_contacts"), QT_TR_NOOP("Confirmed contacts")},
        {QStringLiteral("meetings_held"), QT_TR_NOOP("Meetings held")},
        {QStringLiteral("team_bonus"), QT_TR_NOOP("Department plan bonus")},
        {QStringLiteral("new_clients_margin"), QT_TR_NOOP("Margin of new clients' payments")},
        {QStringLiteral("plan_bonus"), QT_TR_NOOP("Personal plan bonus")},
        {QStringLiteral("earlier_clients"), QT_TR_NOOP("Payments of earlier clients")},
        {QStringLiteral("client_team_bonus"), QT_TR_NOOP("Client department bonus")},
        {QStringLiteral("correction"), QT_TR_NOOP("Correction")},
    };
    const auto found = titles.constFind(kind);
    return found == titles.cend() ? kind : tr(*found);
}

void PayrollReport::checkMonth(const ReportPeriod &month) const
{
    if (!month.isWholeMonth())
        throw ReportError(ReportError::Kind::BadInput, tr("Pay is monthly: choose a whole month."));
}

void PayrollReport::requireHead(const QString &what) const
{
    if (!m_context.db.viewer().seesEverything())
        throw ReportError(ReportError::Kind::NotAllowed, what);
}

QList<PayrollLine> PayrollReport::fresh(const ReportPeriod &month) const
{
    const PayRates rates(PayrollRepository(m_context).rates());
    const PayrollQuery query(m_context);
    const QDateTime start = month.startUtc();
    const QDateTime end = month.endUtc();
    const QDateTime last = end.addMSecs(-1);
    QMap<QPair<qint64, QString>, PayrollLine> lines;
    const auto line = [&](qint64 userId, const QString &kind) -> PayrollLine & {
        PayrollLine &entry = lines[{userId, kind}];
        entry.userId = userId;
        entry.kind = kind;
        return entry;
    };

    // Per event, at the rate of its time: a rate changed mid-month makes a line per rate.
    QList<PayrollLine> perEvent;
    const auto perPiece = [&](const QString &rate, const QString &kind, auto read) {
        for (const PayRates::Piece &piece : rates.pieces(rate, start, end)) {
            const QHash<qint64, QList<qint64>> events = read(piece.start, piece.end);
            for (auto it = events.cbegin(); it != events.cend(); ++it) {
                PayrollLine entry{
                    it.key(), kind, it.value().size(), piece.value, it.value().size() * piece.value, it.value(), {},
                    {},       {}};
                perEvent.append(entry);
            }
        }
    };
    perPiece(QStringLiteral("collector_per_confirmed_contact"), QStringLiteral("confirmed_contacts"),
             [&](const QDateTime &from, const QDateTime &to) { return query.confirmedContacts(from, to); });
    perPiece(QStringLiteral("caller_per_meeting_held"), QStringLiteral("meetings_held"),
             [&](const QDateTime &from, const QDateTime &to) { return query.bookedMeetingsHeld(from, to); });

    const QList<User> active = UserRepository(m_context).list(true);
    const QList<PersonPlan> plans = PlanReport(m_context).department(month);

    // Callers: the department's plan of meetings held, met together.
    const qint64 callersPlan = planSum(plans, QStringLiteral("booked_meetings_held"), false, UserRole::Caller);
    const qint64 callersHeld = planSum(plans, QStringLiteral("booked_meetings_held"), true, UserRole::Caller);
    const qint64 teamBonus = rates.at(QStringLiteral("caller_team_bonus"), last);
    for (const User &user : active) {
        if (user.hasRole(UserRole::Caller) && callersPlan > 0 && callersHeld >= callersPlan && teamBonus > 0) {
            PayrollLine &bonus = line(user.id, QStringLiteral("team_bonus"));
            bonus.count = callersHeld;
            bonus.baseKopecks = teamBonus;
            bonus.amountKopecks = teamBonus;
        }
    }

    // Closers: a fixed part, their plan's bonus, and percentages of their clients' payments at the day's rate.
    for (const User &user : active) {
        if (!user.hasRole(UserRole::Closer))
            continue;
        PayrollLine &fixed = line(user.id, QStringLiteral("fixed"));
        fixed.count = 1;
        fixed.amountKopecks = rates.at(QStringLiteral("closer_fixed"), last);
        fixed.baseKopecks = fixed.amountKopecks;
        for (const PersonPlan &person : plans) {
            if (person.person.id != user.id)
                continue;
            for (const PlanLine &planned : person.lines) {
                if (planned.metric == QLatin1String("contracts") && planned.plan > 0
                    && planned.actual >= planned.plan) {
                    PayrollLine &bonus = line(user.id, QStringLiteral("plan_bonus"));
                    bonus.count = planned.actual;
                    bonus.amountKopecks = rates.at(QStringLiteral("closer_plan_bonus"), last);
                    bonus.baseKopecks = bonus.amountKopecks;
                }
            }
        }
    }
    const QList<PaidMoney> payments = query.payments(month.first(), month.last());
    qint64 departmentCollected = 0;
    QList<qint64> departmentPayments;
    QList<qint64> departmentCompanies;
    for (const PaidMoney &payment : payments) {
        const QDateTime paidAt = payment.paidOn.startOfDay(QTimeZone::utc());
        const bool broughtThisMonth = payment.clientSince.isValid() && payment.clientSince >= start;
        if (payment.clientSince.isValid() && payment.clientSince < start) {
            departmentCollected += payment.amountKopecks;
            departmentPayments.append(payment.paymentId);
            departmentCompanies.append(payment.companyId);
        }
        if (payment.broughtBy == 0)
            continue;
        if (broughtThisMonth) {
            const qint64 margin = payment.dealAmountKopecks > 0 && payment.dealMarginKopecks > 0
                ? payment.amountKopecks * payment.dealMarginKopecks / payment.dealAmountKopecks
                : payment.amountKopecks;
            PayrollLine &entry = line(payment.broughtBy, QStringLiteral("new_clients_margin"));
            entry.count += 1;
            entry.baseKopecks += margin;
            entry.amountKopecks
                += percentOf(margin, rates.at(QStringLiteral("closer_new_clients_margin_percent"), paidAt));
            entry.paymentIds.append(payment.paymentId);
            entry.companyIds.append(payment.companyId);
        } else if (payment.clientSince.isValid()) {
            PayrollLine &entry = line(payment.broughtBy, QStringLiteral("earlier_clients"));
            entry.count += 1;
            entry.baseKopecks += payment.amountKopecks;
            entry.amountKopecks
                += percentOf(payment.amountKopecks, rates.at(QStringLiteral("closer_earlier_clients_percent"), paidAt));
            entry.paymentIds.append(payment.paymentId);
            entry.companyIds.append(payment.companyId);
        }
    }

    // Account managers: a fixed part each and an even share of the bonus on what the department collected above
    // the break-even (the first in the list takes the kopecks that do not divide).
    QList<qint64> managers;
    for (const User &user : active) {
        if (user.hasRole(UserRole::AccountManager))
            managers.append(user.id);
    }
    const qint64 above
        = std::max<qint64>(0, departmentCollected - rates.at(QStringLiteral("client_department_breakeven"), last));
    const qint64 bonusPool = percentOf(above, rates.at(QStringLiteral("account_manager_bonus_percent"), last));
    for (qsizetype at = 0; at < managers.size(); ++at) {
        PayrollLine &fixed = line(managers.at(at), QStringLiteral("fixed"));
        fixed.count = 1;
        fixed.amountKopecks = rates.at(QStringLiteral("account_manager_fixed"), last);
        fixed.baseKopecks = fixed.amountKopecks;
        if (bonusPool > 0) {
            PayrollLine &bonus = line(managers.at(at), QStringLiteral("client_team_bonus"));
            bonus.count = departmentPayments.size();
            bonus.baseKopecks = above;
            bonus.amountKopecks = bonusPool / managers.size() + (at == 0 ? bonusPool % managers.size() : 0);
            bonus.paymentIds = departmentPayments;
            bonus.companyIds = departmentCompanies;
        }
    }

    QList<PayrollLine> result = perEvent;
    for (const PayrollLine &entry : lines)
        result.append(entry);
    sortLines(result);
    return result;
}

QList<PayrollLine> PayrollReport::corrections(const ReportPeriod &month) const
{
    const PayrollRepository repository(m_context);
    QList<PayrollLine> result;
    for (const QString &closed : repository.closedBefore(PlanReport::monthKey(month.first()), 12)) {
        const QDate first = QDate::fromString(closed + QStringLiteral("-01"), Qt::ISODate);
        QMap<QPair<qint64, QString>, qint64> difference;
        for (const PayrollLine &now : fresh(ReportPeriod::month(first, month.zone())))
            difference[{now.userId, now.kind}] += now.amountKopecks;
        for (const StoredPayrollLine &paid : repository.lines(closed)) {
            if (paid.correctsMonth.isEmpty())
                difference[{paid.userId, paid.kind}] -= paid.amountKopecks;
        }
        for (const StoredPayrollLine &corrected : repository.correctionsOf(closed))
            difference[{corrected.userId, corrected.correctsKind}] -= corrected.amountKopecks;
        for (auto it = difference.cbegin(); it != difference.cend(); ++it) {
            if (it.value() == 0)
                continue;
            PayrollLine correction;
            correction.userId = it.key().first;
            correction.kind = QStringLiteral("correction");
            correction.amountKopecks = it.value();
            correction.correctsMonth = closed;
            correction.correctsKind = it.key().second;
            result.append(correction);
        }
    }
    return result;
}

PayrollStatement PayrollReport::compute(const ReportPeriod &month) const
{
    checkMonth(month);
    PayrollStatement statement;
    statement.month = PlanReport::monthKey(month.first());
    const PayrollRepository repository(m_context);
    if (repository.isClosed(statement.month)) {
        statement.closed = true;
        for (const StoredPayrollLine &paid : repository.lines(statement.month))
            statement.lines.append({paid.userId,
                                    paid.kind,
                                    paid.count,
                                    paid.baseKopecks,
                                    paid.amountKopecks,
                                    {},
                                    {},
                                    paid.correctsMonth,
                                    paid.correctsKind});
    } else {
        statement.lines = fresh(month) + corrections(month);
        sortLines(statement.lines);
    }
    const Viewer &viewer = m_context.db.viewer();
    if (!viewer.seesEverything()) {
        statement.lines.removeIf([&](const PayrollLine &line) { return line.userId != viewer.userId(); });
    }
    return statement;
}

PayrollStatement PayrollReport::compute(const ReportPeriod &month, const ReportSlice &slice) const
{
    ReportScope(m_context.db.viewer()).filterFor(slice);
    PayrollStatement statement = compute(month);
    if (slice.kind == ReportSlice::Kind::Person)
        statement.lines.removeIf([&](const PayrollLine &line) { return line.userId != slice.userId; });
    return statement;
}

PayrollStatement PayrollReport::close(const ReportPeriod &month)
{
    checkMonth(month);
    requireHead(tr("Only the head of sales closes a month's pay."));
    if (m_context.clock.nowUtc() < month.endUtc())
        throw ReportError(ReportError::Kind::BadInput, tr("A month can be closed once it is over."));
    const QString key = PlanReport::monthKey(month.first());
    WriteTransaction transaction(m_context.db);
    PayrollRepository repository(m_context);
    if (repository.isClosed(key))
        throw ReportError(ReportError::Kind::BadInput, tr("The pay of %1 is already closed.").arg(key));
    PayrollStatement statement = compute(month);
    QList<StoredPayrollLine> stored;
    for (const PayrollLine &line : statement.lines)
        stored.append({line.userId, line.kind, line.count, line.baseKopecks, line.amountKopecks, line.correctsMonth,
                       line.correctsKind});
    repository.close(key, stored);
    transaction.commit();
    statement.closed = true;
    return statement;
}

void PayrollReport::setRate(const QString &rate, qint64 value, const QDateTime &validFrom)
{
    setRates({{rate, value}}, validFrom);
}

void PayrollReport::setRates(const QList<RateChange> &changes, const QDateTime &validFrom)
{
    checkRates(changes, validFrom);
    WriteTransaction transaction(m_context.db);
    PayrollRepository repository(m_context);
    for (const RateChange &change : changes)
        repository.setRate(change.rate, change.value, validFrom.toUTC());
    transaction.commit();
}

void PayrollReport::checkRates(const QList<RateChange> &changes, const QDateTime &validFrom) const
{
    requireHead(tr("Only the head of sales sets pay rates."));
    for (const RateChange &change : changes) {
        if (!PayRates::isKnown(change.rate))
            throw ReportError(ReportError::Kind::BadInput, tr("Unknown pay rate \"%1\".").arg(change.rate));
        if (change.value < 0)
            throw ReportError(ReportError::Kind::BadInput,
                              tr("A pay rate cannot be below zero (%1).").arg(PayRates::title(change.rate)));
    }
    if (!validFrom.isValid())
        throw ReportError(ReportError::Kind::BadInput, tr("Say from when the rate applies."));
}

PayRates PayrollReport::rates() const
{
    return PayRates(PayrollRepository(m_context).rates());
}

QStringList PayrollReport::closedMonths() const
{
    return PayrollRepository(m_context).closedMonths();
}

QStringList PayrollReport::closedMonthsFrom(const QDateTime &from, const QTimeZone &zone) const
{
    QStringList reached;
    for (const QString &closed : closedMonths()) {
        const QDate first = QDate::fromString(closed + QStringLiteral("-01"), Qt::ISODate);
        if (first.isValid() && ReportPeriod::month(first, zone).endUtc() > from)
            reached.append(closed);
    }
    return reached;
}

QList<PayrollLine> PayrollReport::recount(const ReportPeriod &month) const
{
    checkMonth(month);
    QList<PayrollLine> lines = fresh(month);
    const Viewer &viewer = m_context.db.viewer();
    if (!viewer.seesEverything())
        lines.removeIf([&](const PayrollLine &line) { return line.userId != viewer.userId(); });
    return lines;
}

} // namespace voronka
