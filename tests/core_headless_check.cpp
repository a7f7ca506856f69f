// Built with all of voronka_core linked in and nothing of Qt but Core and Sql; it only has to link and run.
#include "storage/Database.h"

#include <cstdio>

int main()
{
    std::printf("voronka_core schema %d links headless\n", voronka::Database::latestSchemaVersion());
    return 0;
}
