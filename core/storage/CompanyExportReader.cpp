#include "CompanyExportReader.h"

#include "CompanySearchIndex.h"
#include "Database.h"
#include "SqlStatement.h"
#include "Timestamps.h"

namespace voronka {

namespace {
// Separates the parts of a group_concat; a unit separator never occurs in typed text.
const QChar unitSeparator(0x1F);
} // namespace

CompanyExportReader::CompanyExportReader(Database &db, CompanyFilter filter)
    : m_db(db)
    , m_filter(std::move(filter))
{
}

qint64 CompanyExportReader::forEach(const std::function<bool(const CompanyExportRow &)> &visit, int pageSize) const
{
    const SqlCondition filter = CompanyListQuery(m_db, m_filter).filterCondition();
    QStringList conditions;
    if (!filter.sql.isEmpty())
        conditions.append(filter.sql);
    const QVariantList values = filter.values;
    conditions.append(QStringLiteral("(c.sort_key, c.id) > (?, ?)"));
    const QString sql
        = QStringLiteral(
              "SELECT c.id, c.name, c.inn, c.city, c.address, c.website, c.industry, c.source, c.stage, u.full_name, "
              "c.next_action_at, c.sort_key, "
              "(SELECT group_concat(coalesce(p.e164, p.raw), char(31)) FROM "
              "(SELECT e164, raw FROM phones WHERE company_id = c.id ORDER BY position, id) p), "
              "(SELECT group_concat(e.address, char(31)) FROM (SELECT address FROM emails WHERE company_id = c.id "
              "ORDER BY id) e), "
              "(SELECT group_concat(CASE WHEN k.position IS NULL OR k.position = '' THEN k.full_name "
              "ELSE k.full_name || ' (' || k.position || ')' END, char(31)) FROM "
              "(SELECT full_name, position FROM contacts WHERE company_id = c.id ORDER BY id) k), c.region "
              "FROM companies c LEFT JOIN users u ON u.id = c.owner_id WHERE ")
        + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ?");

    // Empty, not null: a null QString binds as NULL, and nothing compares greater than NULL.
    QString lastKey = QStringLiteral("");
    qint64 lastId = 0;
    qint64 visited = 0;
    for (;;) {
        QList<CompanyExportRow> page;
        {
            SqlStatement select(m_db.connection(), sql);
            for (const auto &value : values)
                select.bind(value);
            select.bind({lastKey, lastId, pageSize}).exec();
            while (select.next()) {
                CompanyExportRow row;
                row.id = select.value(0).toLongLong();
                row.name = select.value(1).toString();
                row.inn = select.value(2).toString();
                row.city = select.value(3).toString();
                row.address = select.value(4).toString();
                row.website = select.value(5).toString();
                row.industry = select.value(6).toString();
                row.source = select.value(7).toString();
                row.stage = companyStageFromKey(select.value(8).toString()).value_or(CompanyStage::Cold);
                row.ownerName = select.value(9).toString();
                row.nextActionAt = fromStoredTime(select.value(10));
                lastKey = select.value(11).toString();
                lastId = row.id;
                row.phones = select.value(12).toString().split(unitSeparator, Qt::SkipEmptyParts);
                row.emails = select.value(13).toString().split(unitSeparator, Qt::SkipEmptyParts);
                row.contacts = select.value(14).toString().split(unitSeparator, Qt::SkipEmptyParts);
                row.region = select.value(15).toString();
                page.append(row);
            }
        }
        for (const CompanyExportRow &row : std::as_const(page)) {
            ++visited;
            if (!visit(row))
                return visited;
        }
        if (page.size() < pageSize)
            return visited;
    }
}

} // namespace voronka
