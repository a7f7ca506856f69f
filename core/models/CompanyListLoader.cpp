#include "CompanyListLoader.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <utility>

namespace voronka {

CompanyListLoader::CompanyListLoader(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
}

CompanyListLoader::~CompanyListLoader() = default;

void CompanyListLoader::load(quint64 generation, const CompanyFilter &filter, qint64 companyId, int pageSize)
{
    if (generation < m_latest.load())
        return; // the user typed on; a newer load is queued
    CompanyListSnapshot snapshot;
    snapshot.generation = generation;
    snapshot.filter = filter;
    snapshot.companyId = companyId;
    try {
        if (!m_db) {
            DatabaseOptions options;
            options.createIfMissing = false;
            options.readOnly = true;
            options.acceptOlderSchema = true;
            options.checkForDamage = false; // the window's own open checked it
            m_db = Database::open(m_databasePath, options);
        }
        const CompanyListQuery query(*m_db, filter);
        snapshot.count = query.count();
        snapshot.position = companyId != 0 ? query.positionOf(companyId) : -1;
        snapshot.firstRow = snapshot.position >= 0 ? snapshot.position / pageSize * pageSize : 0;
        snapshot.rows = query.rowsAt(snapshot.firstRow, pageSize, snapshot.count);
        snapshot.known = query.known();
    } catch (const StorageError &error) {
        snapshot = CompanyListSnapshot{generation, filter, 0, companyId, -1, 0, {}, {}, error.message()};
        m_db.reset(); // a vanished or replaced file: open afresh next time
    }
    emit loaded(snapshot);
}

} // namespace voronka
