#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// The fields a column of an imported list can feed.
enum class ImportField {
    Ignore,
    Company,
    Inn,
    City,
    Region, // the federal subject; without such a column the city gives it (RegionOfCity)
    Address,
    Website,
    Industry,
    Phone,
    Email,
    ContactName,
    Position,
    Comment
};

QList<ImportField> allImportFields();
QString importFieldKey(ImportField field); // "company", "inn", ... (saved mappings, CLI)
std::optional<ImportField> importFieldFromKey(const QString &key);
QString importFieldTitle(ImportField field);

} // namespace voronka
