#include "DatabaseInfo.h"

#include "Database.h"
#include "ImportBatchRepository.h"
#include "SearchBacklog.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "VisibleCompanies.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

namespace voronka {

DatabaseInfo DatabaseInfo::collect(Database &db)
{
    const QSqlDatabase connection = db.connection();
    DatabaseInfo info;
    info.path = db.path();
    info.fileSize = QFileInfo(db.path()).size();
    info.schemaVersion = db.schemaVersion();
    info.readOnlyReason = db.readOnlyReason();

    // No PRAGMA quick_check here: it reads every page of the file inside one read transaction (seconds on a big
    // base), and on a shared file no colleague can commit meanwhile. `voronka check` checks the whole file on a
    // private copy; a damaged page that a count below meets still fails it (StorageError).
    // The list counts search results from the index (and the companies waiting for it, SearchBacklog) alone, which
    // needs exactly one row there per company.
    info.awaitingSearchIndex = SearchBacklog(db).size();
    const qint64 indexed
        = SqlStatement::scalar(connection, QStringLiteral("SELECT count(*) FROM company_search")).toLongLong()
        + info.awaitingSearchIndex;
    const qint64 stored
        = SqlStatement::scalar(connection, QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
    if (indexed != stored) {
        info.integrityProblems.append(
            QCoreApplication::translate("DatabaseInfo", "The search index holds %1 companies, the base %2.")
                .arg(indexed)
                .arg(stored));
        return info;
    }

    for (const CompanyStage stage : allCompanyStages())
        info.companiesPerStage.insert(stage, 0);
    // The companies of an unfinished import are stored but not shown: counted apart, and subtracted from the
    // totals (their own index) rather than filtered row by row.
    const VisibleCompanies visible = VisibleCompanies::wholeBase(db);
    const SqlCondition hidden = visible.hiddenCondition();
    const auto countBy = [&connection](const QString &sql, const QVariantList &values, int sign,
                                       const std::function<void(const QString &, qint64)> &add) {
        SqlStatement select(connection, sql);
        for (const QVariant &value : values)
            select.bind(value);
        select.exec();
        while (select.next())
            add(select.value(0).toString(), sign * select.value(1).toLongLong());
    };
    const auto addStage = [&info](const QString &key, qint64 count) {
        const auto stage = companyStageFromKey(key);
        if (stage)
            info.companiesPerStage[*stage] += count;
        info.companies += count;
    };
    countBy(QStringLiteral("SELECT stage, count(*) FROM companies GROUP BY stage"), {}, 1, addStage);
    if (visible.hidesAny())
        countBy(QStringLiteral("SELECT stage, count(*) FROM companies WHERE ") + hidden.sql
                    + QStringLiteral(" GROUP BY stage"),
                hidden.values, -1, addStage);
    const auto count = [&connection, &visible](const QString &table) {
        qint64 total = SqlStatement::scalar(connection, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
        if (visible.hidesAny()) {
            const SqlCondition ofHidden = visible.hiddenCondition();
            SqlStatement select(connection,
                                QStringLiteral("SELECT count(*) FROM %1 WHERE company_id IN "
                                               "(SELECT id FROM companies WHERE %2)")
                                    .arg(table, ofHidden.sql));
            for (const QVariant &value : ofHidden.values)
                select.bind(value);
            select.exec();
            total -= select.next() ? select.value(0).toLongLong() : 0;
        }
        return total;
    };
    info.contacts = count(QStringLiteral("contacts"));
    info.phones = count(QStringLiteral("phones"));
    if (visible.hidesAny()) {
        SystemClock clock; // read only: no time is written
        const ImportBatchRepository batches(DataContext{db, clock, 0});
        for (const ImportBatch &batch : batches.unfinished())
            info.unfinishedImports.append({batch, batches.companyCount(batch.id)});
    }
    info.openTasks
        = SqlStatement::scalar(connection, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open'"))
              .toLongLong();
    info.users
        = SqlStatement::scalar(connection, QStringLiteral("SELECT count(*) FROM users WHERE active = 1")).toLongLong();
    return info;
}

} // namespace voronka
