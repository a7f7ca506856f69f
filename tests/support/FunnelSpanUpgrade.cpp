#include "FunnelSpanUpgrade.h"

#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlStatement.h"

#include <QFile>

#include <stdexcept>

namespace voronka::test {

namespace {

// Runs a schema step's INSERTs into settings (its marker for a fill in steps) from the resource; returns how many.
int runMarkerOfStep(Database &db, const QString &file)
{
    QFile step(QStringLiteral(":/voronka/schema/") + file);
    if (!step.open(QIODevice::ReadOnly))
        throw std::runtime_error("a schema step is not in the resources");
    int markers = 0;
    for (const QString &statement : SchemaMigrator::splitStatements(QString::fromUtf8(step.readAll()))) {
        QString withoutComments;
        for (const QString &line : statement.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                withoutComments += line + QLatin1Char('\n');
        if (withoutComments.trimmed().startsWith(QLatin1String("INSERT INTO settings"))) {
            SqlStatement::run(db.connection(), withoutComments);
            ++markers;
        }
    }
    return markers;
}

} // namespace

void upgradeFunnelSpansAsStep20(Database &db)
{
    SqlStatement::run(db.connection(),
                      QStringLiteral("UPDATE stage_history SET left_at = NULL, left_to = NULL, cohort_at = NULL, "
                                     "opens = 0, lost_reason = NULL"));
    if (runMarkerOfStep(db, QStringLiteral("020_funnel_spans.sql")) != 3)
        throw std::runtime_error("schema step 20 no longer writes the backfill's three settings");
}

void upgradeActivityHoursAsStep23(Database &db)
{
    SqlStatement::run(db.connection(), QStringLiteral("DELETE FROM activity_hours"));
    if (runMarkerOfStep(db, QStringLiteral("023_activity_hours.sql")) != 2)
        throw std::runtime_error("schema step 23 no longer writes the fill's two settings");
}

void fillFunnelSpansAtOnce(Database &db)
{
    const QSqlDatabase connection = db.connection();
    for (const char *deals : {"deal_id IS NULL", "deal_id IS NOT NULL"})
        SqlStatement::run(connection,
                          QStringLiteral("UPDATE stage_history SET left_at = later.next_at, left_to = later.next_to, "
                                         "opens = later.first FROM (SELECT id, lead(changed_at) OVER moves AS "
                                         "next_at, lead(to_stage) OVER moves AS next_to, row_number() OVER moves = 1 "
                                         "AS first FROM stage_history WHERE %1 WINDOW moves AS (PARTITION BY %2 "
                                         "ORDER BY changed_at, id)) AS later WHERE stage_history.id = later.id")
                              .arg(QLatin1String(deals),
                                   QLatin1String(deals).startsWith(QLatin1String("deal_id IS NULL"))
                                       ? QStringLiteral("company_id")
                                       : QStringLiteral("deal_id")));
    SqlStatement::run(connection,
                      QStringLiteral("UPDATE stage_history SET cohort_at = (SELECT created_at FROM companies WHERE "
                                     "companies.id = stage_history.company_id) WHERE deal_id IS NULL"));
    SqlStatement::run(connection,
                      QStringLiteral("UPDATE stage_history SET cohort_at = (SELECT created_at FROM deals WHERE "
                                     "deals.id = stage_history.deal_id) WHERE deal_id IS NOT NULL"));
    SqlStatement::run(connection,
                      QStringLiteral("UPDATE stage_history SET lost_reason = (SELECT title FROM lost_reasons WHERE "
                                     "stage_history.comment = title OR substr(stage_history.comment, 1, "
                                     "length(title) + 2) = title || ': ' ORDER BY length(title) DESC LIMIT 1) "
                                     "WHERE to_stage = 'lost'"));
}

void keepFunnelSpans(Database &db, const QString &table)
{
    SqlStatement::run(db.connection(), QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(table));
    SqlStatement::run(db.connection(),
                      QStringLiteral("CREATE TEMP TABLE %1 AS SELECT id, left_at, left_to, cohort_at, opens, "
                                     "lost_reason FROM stage_history")
                          .arg(table));
}

qint64 funnelSpansDifferingFrom(Database &db, const QString &table)
{
    return SqlStatement::scalar(db.connection(),
                                QStringLiteral("SELECT count(*) FROM stage_history h LEFT JOIN %1 k ON k.id = h.id "
                                               "WHERE k.id IS NULL OR h.left_at IS NOT k.left_at OR h.left_to IS NOT "
                                               "k.left_to OR h.cohort_at IS NOT k.cohort_at OR h.opens IS NOT k.opens "
                                               "OR h.lost_reason IS NOT k.lost_reason")
                                    .arg(table))
        .toLongLong();
}

} // namespace voronka::test
