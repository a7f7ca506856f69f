#pragma once

#include "SqlStatement.h"

#include <QHash>
#include <QList>
#include <QVariantList>

namespace voronka {

// Reads the rows of a list whose order is known first (their ids, from one short statement) a chunk of
// idsPerStatement ids at a time, each chunk a statement of its own, so that a list of tens of thousands never holds
// the base's read lock for long: between two chunks a colleague's save gets in. sql has "%1" where the chunk's
// parameter marks go (an IN list), then the values of `after` bound after the ids; readRow(statement) returns the
// id and the row. The rows come back in `order`; an id whose row a chunk no longer finds (deleted or changed by a
// colleague between the chunks) is left out.
template<typename Row, typename ReadRow>
QList<Row> readInIdOrder(const QSqlDatabase &db, const QList<qint64> &order, const QString &sql,
                         const QVariantList &after, ReadRow readRow)
{
    QHash<qint64, Row> read;
    read.reserve(order.size());
    for (qsizetype first = 0; first < order.size(); first += idsPerStatement) {
        const QList<qint64> chunk = order.mid(first, idsPerStatement);
        SqlStatement select(db, sql.arg(parameterMarks(chunk.size())));
        for (const qint64 id : chunk)
            select.bind(id);
        for (const QVariant &value : after)
            select.bind(value);
        select.exec();
        while (select.next()) {
            auto [id, row] = readRow(select);
            read.insert(id, std::move(row));
        }
    }
    QList<Row> rows;
    rows.reserve(order.size());
    for (const qint64 id : order) {
        const auto found = read.constFind(id);
        if (found != read.constEnd())
            rows.append(*found);
    }
    return rows;
}

} // namespace voronka
