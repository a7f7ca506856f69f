#pragma once

#include "domain/CompanyFunnelState.h"
#include "domain/UserRole.h"
#include "funnel/CallOutcomes.h"
#include "funnel/FunnelError.h"
#include "funnel/StageMover.h"
#include "support/TestDatabase.h"

#include <QString>

#include <catch2/catch.hpp>

namespace voronka::test {

// A base with a caller, a closer and an account manager, a cold company with one phone, and helpers that
// read back what the funnel stored.
class FunnelFixture
{
public:
    FunnelFixture();

    TestDatabase base;
    qint64 callerId = 0;
    qint64 closerId = 0;
    qint64 accountManagerId = 0;
    qint64 companyId = 0;
    qint64 phoneId = 0;

    DataContext asCaller() { return base.contextAs(callerId); }
    DataContext asCloser() { return base.contextAs(closerId); }
    // Call outcomes in UTC, so test times read as written.
    CallOutcomes callsAs(qint64 userId, CallOutcomeOptions options = {});

    qint64 addCompany(const QString &name);
    CompanyFunnelState state(qint64 id);
    CompanyFunnelState state() { return state(companyId); }
    qint64 count(const QString &sqlTail, std::initializer_list<QVariant> values = {});
    qint64 lostReasonId(const QString &title);
    // The fake clock's "now" plus the given seconds.
    QDateTime later(qint64 seconds) { return base.clock().nowUtc().addSecs(seconds); }

private:
    qint64 addUser(const QString &login, UserRole role);
};

// Moves spelled out field by field (a braced list with fields left out trips -Wmissing-field-initializers).
CompanyMove companyMove(CompanyStage to, const QString &comment = {}, qint64 lostReasonId = 0);
DealMove dealMove(DealStep to, const QString &comment = {}, qint64 lostReasonId = 0, const QString &invoiceNumber = {},
                  const QDate &invoiceDate = {});

// The kind of refusal an operation ends with; the test fails when it is not refused at all.
template<typename Operation>
FunnelError::Kind funnelRefusal(Operation operation)
{
    try {
        operation();
    } catch (const FunnelError &error) {
        return error.kind();
    }
    FAIL("the operation was not refused");
    return FunnelError::Kind::ForbiddenMove;
}

} // namespace voronka::test
