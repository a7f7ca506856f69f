#include "CompanyFunnelRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "Timestamps.h"
#include "VersionedTable.h"
#include "VisibleCompanies.h"
#include "domain/Clock.h"

#include <QCoreApplication>

namespace voronka {

namespace {
// The same sentences as CompanyRepository's, under its context, so one translation serves both.
VersionedTable companiesTable(DataContext context)
{
    return {
        context,
        QStringLiteral("companies"),
        {QCoreApplication::translate("CompanyRepository", "The company no longer exists: someone deleted it."),
         QCoreApplication::translate("CompanyRepository", "The company was changed by %1 at %2 since you opened it."),
         QCoreApplication::translate("CompanyRepository", "The company was changed at %1 since you opened it.")}};
}
} // namespace

CompanyFunnelRepository::CompanyFunnelRepository(DataContext context)
    : m_context(context)
{
}

std::optional<CompanyFunnelState> CompanyFunnelRepository::find(qint64 companyId) const
{
    SqlStatement select(m_context.db.connection(),
                        QStringLiteral("SELECT stage, owner_id, next_action_at, call_attempts, parked_at, lost_reason, "
                                       "version FROM companies WHERE id = ?"));
    select.bind(companyId).exec();
    if (!select.next())
        return std::nullopt;
    CompanyFunnelState state;
    state.companyId = companyId;
    state.stage = companyStageFromKey(select.value(0).toString()).value_or(CompanyStage::Cold);
    state.ownerId = select.value(1).toLongLong();
    state.nextActionAt = fromStoredTime(select.value(2));
    state.callAttempts = select.value(3).toInt();
    state.parkedAt = fromStoredTime(select.value(4));
    state.lostReason = select.value(5).toString();
    state.version = select.value(6).toLongLong();
    select.done();
    return state;
}

void CompanyFunnelRepository::save(CompanyFunnelState &state)
{
    state.version = companiesTable(m_context).update(
        state.companyId, state.version,
        QStringLiteral(
            "stage = ?, owner_id = ?, next_action_at = ?, call_attempts = ?, parked_at = ?, lost_reason = ?"),
        {companyStageKey(state.stage), nullIfZero(state.ownerId), toStoredTime(state.nextActionAt), state.callAttempts,
         toStoredTime(state.parkedAt), nullIfEmpty(state.lostReason)});
}

void CompanyFunnelRepository::flagWrongNumber(qint64 companyId, qint64 phoneId)
{
    // The flag is a fact learned on a call, not an edit of the card, so it applies whatever version the
    // phone is at; bumping the version still tells an open card that the phone changed.
    SqlStatement flag(m_context.db.connection(),
                      QStringLiteral("UPDATE phones SET wrong_number = 1, version = version + 1, updated_at = ?, "
                                     "updated_by = ? WHERE id = ? AND company_id = ?"));
    flag.bind({toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), phoneId, companyId}).exec();
    if (flag.rowsAffected() == 0)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("CompanyFunnelRepository", "The phone is not one of this company's numbers."));
}

bool CompanyFunnelRepository::hasNumberToCall(qint64 companyId) const
{
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM phones WHERE company_id = ? AND "
                                               "wrong_number = 0)"),
                                {companyId})
        .toBool();
}

CompanyFunnelState CompanyFunnelRepository::findAtVersion(qint64 companyId, qint64 expectedVersion)
{
    auto state = find(companyId);
    if (!state) {
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("CompanyFunnelRepository",
                                                       "The company no longer exists: someone deleted it."));
    }
    VisibleCompanies(m_context.db).requireChange(companyId);
    if (state->version != expectedVersion) {
        // Report the colleague's change rather than judging an operation against a state this user has not seen:
        // a save at the stale version throws StaleVersion with who changed the company and when.
        state->version = expectedVersion;
        save(*state);
    }
    return *state;
}

} // namespace voronka
