#include "VisibleCompanies.h"

#include "Database.h"
#include "ImportBatchRepository.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "domain/Viewer.h"

#include <QCoreApplication>

namespace voronka {

namespace {
// One part of the base per role; %1 is the table's alias with its dot.
struct RolePart
{
    UserRole role;
    const char *sql;
    int userValues; // how many times the user's id is bound
    bool mayChange; // false: the person reads these and changes nothing
};
constexpr RolePart roleParts[] = {
    {UserRole::Collector, "(%1collected_by = ? AND %1stage = 'cold')", 1, true},
    {UserRole::Caller, "(%1owner_id = ? AND %1stage IN ('cold', 'calling'))", 1, true},
    {UserRole::Closer, "(%1owner_id = ? AND %1stage IN ('calling', 'meeting', 'deal'))", 1, true},
    // A closer follows the clients they brought (their pay counts those payments) but the client is the account
    // manager's to serve.
    {UserRole::Closer, "(%1brought_by = ? AND %1stage = 'client')", 1, false},
    {UserRole::AccountManager, "(%1owner_id = ? AND %1stage IN ('client', 'reactivation'))", 1, true},
};

QString anyOf(const QStringList &parts)
{
    // A user with no role that sees anything sees nothing.
    return parts.isEmpty() ? QStringLiteral("0")
                           : QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}
} // namespace

VisibleCompanies::VisibleCompanies(Database &db)
    : VisibleCompanies(db, db.viewer())
{
}

VisibleCompanies VisibleCompanies::wholeBase(Database &db)
{
    return VisibleCompanies(db, Viewer::everything());
}

VisibleCompanies::VisibleCompanies(Database &db, const Viewer &viewer)
    : m_db(db)
{
    if (!viewer.seesEverything()) {
        QStringList parts;
        QStringList changeable;
        for (const RolePart &part : roleParts) {
            if (!viewer.has(part.role))
                continue;
            parts.append(QString::fromLatin1(part.sql));
            if (part.mayChange)
                changeable.append(QString::fromLatin1(part.sql));
            for (int i = 0; i < part.userValues; ++i) {
                m_roleValues.append(viewer.userId());
                if (part.mayChange)
                    m_changeableValues.append(viewer.userId());
            }
        }
        if (viewer.takesFromPool()) {
            parts.append(QStringLiteral("(%1owner_id IS NULL AND %1stage = 'cold')"));
            changeable.append(parts.last());
        }
        m_roleSql = anyOf(parts);
        m_changeableSql = anyOf(changeable);
    } else if (viewer.limitedToRegion()) {
        // The head of an interregional team: one range of companies_region.
        m_roleSql = QStringLiteral("%1region = ?");
        m_roleValues.append(viewer.region());
    }
    // A base from before stepped imports (opened read-only by an older-schema check) has every batch complete.
    if (db.schemaVersion() < ImportBatchRepository::stateSchemaVersion)
        return;
    // Served by the partial index import_batches_unfinished: no row is read when every batch is complete.
    SqlStatement select(db.connection(),
                        QStringLiteral("SELECT id FROM import_batches "
                                       "WHERE state IN ('loading', 'removing') ORDER BY id"));
    select.exec();
    while (select.next())
        m_hiddenBatches.append(select.value(0).toLongLong());
}

QString VisibleCompanies::placeholders() const
{
    return QStringList(m_hiddenBatches.size(), QStringLiteral("?")).join(QLatin1Char(','));
}

QVariantList VisibleCompanies::batchValues() const
{
    QVariantList values;
    for (const qint64 id : m_hiddenBatches)
        values.append(id);
    return values;
}

SqlCondition VisibleCompanies::batchCondition(const QString &alias) const
{
    if (m_hiddenBatches.isEmpty())
        return {};
    const QString column
        = alias.isEmpty() ? QStringLiteral("import_batch_id") : alias + QStringLiteral(".import_batch_id");
    return {QStringLiteral("(%1 IS NULL OR %1 NOT IN (%2))").arg(column, placeholders()), batchValues()};
}

SqlCondition VisibleCompanies::roleCondition(const QString &alias) const
{
    if (m_roleSql.isEmpty())
        return {};
    return {m_roleSql.arg(alias.isEmpty() ? QString() : alias + QLatin1Char('.')), m_roleValues};
}

SqlCondition VisibleCompanies::condition(const QString &alias) const
{
    const SqlCondition batches = batchCondition(alias);
    const SqlCondition role = roleCondition(alias);
    if (role.sql.isEmpty())
        return batches;
    if (batches.sql.isEmpty())
        return role;
    return {batches.sql + QStringLiteral(" AND ") + role.sql, batches.values + role.values};
}

bool VisibleCompanies::mayChange(qint64 companyId) const
{
    if (m_changeableSql.isEmpty() || m_changeableSql == m_roleSql)
        return true; // what the person sees they may change (an invisible company is not found at all)
    SqlStatement select(m_db.connection(),
                        QStringLiteral("SELECT 1 FROM companies c WHERE c.id = ? AND ")
                            + m_changeableSql.arg(QStringLiteral("c.")));
    select.bind(companyId).bindAll(m_changeableValues).exec();
    return select.next();
}

void VisibleCompanies::requireChange(qint64 companyId) const
{
    if (!mayChange(companyId)) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("VisibleCompanies",
                                                       "You may look at this client but not change it: the account "
                                                       "managers serve it."));
    }
}

SqlCondition VisibleCompanies::companyIdCondition(const QString &column) const
{
    if (!hidesAny())
        return {};
    if (!limitsToViewer()) {
        return {QStringLiteral("%1 NOT IN (SELECT id FROM companies WHERE import_batch_id IN (%2))")
                    .arg(column, placeholders()),
                batchValues()};
    }
    const SqlCondition visible = condition(QStringLiteral("v"));
    return {QStringLiteral("%1 IN (SELECT v.id FROM companies v WHERE %2)").arg(column, visible.sql), visible.values};
}

SqlCondition VisibleCompanies::hiddenCondition() const
{
    if (m_hiddenBatches.isEmpty())
        return {};
    return {QStringLiteral("import_batch_id IN (%1)").arg(placeholders()), batchValues()};
}

qint64 VisibleCompanies::hiddenCount() const
{
    if (m_hiddenBatches.isEmpty())
        return 0;
    SqlStatement count(m_db.connection(),
                       QStringLiteral("SELECT count(*) FROM companies WHERE ") + hiddenCondition().sql);
    for (const qint64 id : m_hiddenBatches)
        count.bind(id);
    count.exec();
    const qint64 hidden = count.next() ? count.value(0).toLongLong() : 0;
    count.done();
    return hidden;
}

} // namespace voronka
