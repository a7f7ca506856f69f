#pragma once

#include <QString>
#include <QVariantList>

namespace voronka {

// A condition (on companies, alias c, where it says so) with the values its placeholders take, in order; empty sql
// means "no condition".
struct SqlCondition
{
    QString sql;
    QVariantList values;
};

} // namespace voronka
