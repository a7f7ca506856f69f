#include "DatabaseInfo.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace voronka {

DatabaseInfo DatabaseInfo::collect(Database &db)
{
    const QSqlDatabase connection = db.connection();
    DatabaseInfo info;
    info.path = db.path();
    info.fileSize = QFileInfo(db.path()).size();
    info.schemaVersion = db.schemaVersion();
    info.readOnlyReason = db.readOnlyReason();

    // quick_check first: on a damaged file the counts below may fail, and the check says why.
    SqlStatement check(connection, QStringLiteral("PRAGMA quick_check"));
    check.exec();
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            info.integrityProblems.append(line);
    }
    if (!info.isIntact())
        return info;
    // The list counts search results from the index alone, which needs exactly one index row per company.
    const qint64 indexed
        = SqlStatement::scalar(connection, QStringLiteral("SELECT count(*) FROM company_search")).toLongLong();
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
    SqlStatement stages(connection, QStringLiteral("SELECT stage, count(*) FROM companies GROUP BY stage"));
    stages.exec();
    while (stages.next()) {
        const auto stage = companyStageFromKey(stages.value(0).toString());
        if (stage)
            info.companiesPerStage[*stage] = stages.value(1).toLongLong();
        info.companies += stages.value(1).toLongLong();
    }
    const auto count = [&connection](const QString &sql) { return SqlStatement::scalar(connection, sql).toLongLong(); };
    info.contacts = count(QStringLiteral("SELECT count(*) FROM contacts"));
    info.phones = count(QStringLiteral("SELECT count(*) FROM phones"));
    info.openTasks = count(QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open'"));
    info.users = count(QStringLiteral("SELECT count(*) FROM users WHERE active = 1"));
    return info;
}

} // namespace voronka
