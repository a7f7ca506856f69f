#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voronka {

// Where a company stands on the sales conveyor.
enum class CompanyStage { Cold, Calling, Meeting, Deal, Client, Lost, Reactivation };

QList<CompanyStage> allCompanyStages();
// The key stored in the database ("cold", "calling", ...).
QString companyStageKey(CompanyStage stage);
std::optional<CompanyStage> companyStageFromKey(const QString &key);
// The translated name a person reads.
QString companyStageTitle(CompanyStage stage);

} // namespace voronka
