#include "CompanyRepository.h"

#include "AuditLog.h"
#include "ColumnValues.h"
#include "CompanyColumns.h"
#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"
#include "VersionedTable.h"
#include "VisibleCompanies.h"
#include "WriteTransaction.h"
#include "domain/Clock.h"

#include <QCoreApplication>

namespace voronka {

namespace {
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

CompanyRepository::CompanyRepository(DataContext context)
    : m_context(context)
{
}

void CompanyRepository::create(Company &company)
{
    if (company.collectedBy == 0)
        company.collectedBy = m_context.userId; // the person typing it in collected it
    ColumnValues values;
    CompanyColumns::created(company, values);
    WriteTransaction transaction(m_context.db);
    companiesTable(m_context).stampCreation(values);
    SqlStatement insert(m_context.db.connection(), values.insertStatement("companies"));
    values.bindTo(insert);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditLog::recordCompanyCreated(m_context.db.connection(), id, m_context.userId, values.textOf("updated_at"),
                                   values.textOf("name"));
    CompanySearchIndex(m_context.db).refresh(id);
    transaction.commit();
    company.id = id;
    company.version = 1;
    company.createdAt = company.updatedAt = fromStoredTime(values.textOf("created_at"));
}

std::optional<Company> CompanyRepository::find(qint64 id) const
{
    // A company of an unfinished import cannot be opened by id either: it may vanish with its batch.
    return find(id, VisibleCompanies(m_context.db));
}

std::optional<Company> CompanyRepository::findInWholeBase(qint64 id) const
{
    return find(id, VisibleCompanies::wholeBase(m_context.db));
}

std::optional<Company> CompanyRepository::find(qint64 id, const VisibleCompanies &visibleCompanies) const
{
    const SqlCondition visible = visibleCompanies.condition(QString());
    SqlStatement select(
        m_context.db.connection(),
        QStringLiteral(
            "SELECT name, inn, city, address, website, industry, source, stage, owner_id, "
            "next_action_at, version, created_at, updated_at, collected_by, confirmed_at, size_class, region "
            "FROM companies WHERE id = ?")
            + (visible.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql));
    select.bind(id);
    for (const QVariant &value : visible.values)
        select.bind(value);
    select.exec();
    if (!select.next())
        return std::nullopt;
    Company company;
    company.id = id;
    company.name = select.value(0).toString();
    company.inn = select.value(1).toString();
    company.city = select.value(2).toString();
    company.address = select.value(3).toString();
    company.website = select.value(4).toString();
    company.industry = select.value(5).toString();
    company.source = select.value(6).toString();
    company.stage = companyStageFromKey(select.value(7).toString()).value_or(CompanyStage::Cold);
    company.ownerId = select.value(8).toLongLong();
    company.nextActionAt = fromStoredTime(select.value(9));
    company.collectedBy = select.value(13).toLongLong();
    company.confirmedAt = fromStoredTime(select.value(14));
    company.size = companySizeFromKey(select.value(15).toString()).value_or(CompanySize::SmallOrMedium);
    company.region = select.value(16).toString();
    company.version = select.value(10).toLongLong();
    company.createdAt = fromStoredTime(select.value(11));
    company.updatedAt = fromStoredTime(select.value(12));
    select.done();
    return company;
}

void CompanyRepository::update(Company &company)
{
    ColumnValues values;
    CompanyColumns::edited(company, values);
    WriteTransaction transaction(m_context.db);
    const qint64 version
        = companiesTable(m_context).update(company.id, company.version, values.assignments(), values.variants());
    CompanySearchIndex(m_context.db).refresh(company.id);
    transaction.commit();
    company.version = version;
}

void CompanyRepository::remove(qint64 id, qint64 expectedVersion)
{
    WriteTransaction transaction(m_context.db);
    // The audit trigger records a deletion under the row's last stamp: make that stamp the deleting user's.
    // A stale version matches nothing here, and the remove below then reports the conflict.
    SqlStatement stamp(
        m_context.db.connection(),
        QStringLiteral("UPDATE companies SET updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    stamp.bind({toStoredTime(m_context.clock.nowUtc()), nullIfZero(m_context.userId), id, expectedVersion}).exec();
    companiesTable(m_context).remove(id, expectedVersion);
    CompanySearchIndex(m_context.db).remove(id);
    transaction.commit();
}

qint64 CompanyRepository::count() const
{
    return SqlStatement::scalar(m_context.db.connection(), QStringLiteral("SELECT count(*) FROM companies"))
        .toLongLong();
}

} // namespace voronka
