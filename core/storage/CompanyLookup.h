#pragma once

#include "CompanyListQuery.h"

#include <QList>
#include <QString>

namespace voronka {

class Database;

// Finds companies by what a person types to pick one (a new task's company): the cold base's own search
// (CompanyListQuery over the trigram index), the first few matches in name order. Nothing is read for blank text,
// so a picker never loads the whole base.
class CompanyLookup
{
public:
    static constexpr int defaultLimit = 20;

    explicit CompanyLookup(Database &db);

    // At most limit companies matching every word of text, in name order; none for blank text.
    QList<CompanyListRow> find(const QString &text, int limit = defaultLimit) const;

private:
    Database &m_db;
};

} // namespace voronka
