#pragma once

#include <QString>

namespace voronka {

// One entry of the editable list of reasons a company or a deal is lost.
struct LostReason
{
    qint64 id = 0;
    QString title;
    int position = 0; // order in the list
    bool active = true; // a retired reason is kept for old records but offered no more
    qint64 version = 0;
};

} // namespace voronka
