#include "StoredRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace voronka::test {

QStringList storedRows(Database &db, qint64 companyId)
{
    static const QStringList ignored
        = {QStringLiteral("id"),         QStringLiteral("company_id"), QStringLiteral("created_at"),
           QStringLiteral("updated_at"), QStringLiteral("version"),    QStringLiteral("import_batch_id"),
           QStringLiteral("rowid")};
    QStringList lines;
    for (const char *table : {"companies", "contacts", "phones", "emails", "company_search"}) {
        const QString name = QString::fromLatin1(table);
        const QString sql = name == QLatin1String("companies") ? QStringLiteral("SELECT * FROM companies WHERE id = ?")
            : name == QLatin1String("company_search")
            // Indexed, or still waiting for the index after an import (SearchBacklog): the same text either way.
            ? QStringLiteral("SELECT rowid, text FROM company_search WHERE rowid = ? "
                             "UNION ALL SELECT company_id, text FROM search_backlog WHERE company_id = ?")
            : QStringLiteral("SELECT * FROM %1 WHERE company_id = ? ORDER BY id").arg(name);
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        query.prepare(sql);
        for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
            query.addBindValue(companyId);
        if (!query.exec()) {
            lines.append(name + QStringLiteral(": ") + query.lastError().text());
            continue;
        }
        int row = 0;
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (ignored.contains(record.fieldName(i)))
                    continue;
                const QVariant value = record.value(i);
                lines.append(QStringLiteral("%1[%2].%3 = %4")
                                 .arg(name)
                                 .arg(row)
                                 .arg(record.fieldName(i),
                                      value.isNull() ? QStringLiteral("NULL")
                                                     : QLatin1Char('"') + value.toString() + QLatin1Char('"')));
            }
            ++row;
        }
    }
    return lines;
}

} // namespace voronka::test
