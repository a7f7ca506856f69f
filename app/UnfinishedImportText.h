#pragma once

#include <QJsonObject>
#include <QString>

namespace voronka {

struct UnfinishedImport;

// How `info` and `check` name an import that is not complete (its companies are stored but not shown).
class UnfinishedImportText
{
public:
    // "N companies of an unfinished import of FILE by USER (started …)"
    static QString line(const UnfinishedImport &pending);
    static QJsonObject json(const UnfinishedImport &pending);
};

} // namespace voronka
