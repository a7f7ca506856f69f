#include "CompanyStage.h"

#include "EnumNames.h"

namespace voronka {

namespace {
constexpr EnumNames<CompanyStage, 7>
    stageNames("CompanyStage",
               {{
                   {CompanyStage::Cold, "cold", QT_TRANSLATE_NOOP("CompanyStage", "Cold")},
                   {CompanyStage::Calling, "calling", QT_TRANSLATE_NOOP("CompanyStage", "Calling")},
                   {CompanyStage::Meeting, "meeting", QT_TRANSLATE_NOOP("CompanyStage", "Meeting")},
                   {CompanyStage::Deal, "deal", QT_TRANSLATE_NOOP("CompanyStage", "Deal")},
                   {CompanyStage::Client, "client", QT_TRANSLATE_NOOP("CompanyStage", "Client")},
                   {CompanyStage::Lost, "lost", QT_TRANSLATE_NOOP("CompanyStage", "Lost")},
                   {CompanyStage::Reactivation, "reactivation", QT_TRANSLATE_NOOP("CompanyStage", "Reactivation")},
               }});
} // namespace

QList<CompanyStage> allCompanyStages()
{
    return stageNames.all();
}
QString companyStageKey(CompanyStage stage)
{
    return stageNames.key(stage);
}
std::optional<CompanyStage> companyStageFromKey(const QString &key)
{
    return stageNames.fromKey(key);
}
QString companyStageTitle(CompanyStage stage)
{
    return stageNames.title(stage);
}

} // namespace voronka
