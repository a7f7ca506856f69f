#pragma once

#include <QtGlobal>

namespace voronka {

class Clock;
class Database;

// What every repository needs: the base, the time source for created_at/updated_at,
// and the user recorded as updated_by (0 before anyone has logged in).
struct DataContext
{
    Database &db;
    const Clock &clock;
    qint64 userId = 0;
};

} // namespace voronka
