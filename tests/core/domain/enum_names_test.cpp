#include "domain/CompanyStage.h"
#include "domain/PhoneKind.h"
#include "domain/UserRole.h"

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("Every stage, role and phone kind survives its database key", "[domain]")
{
    CHECK(allCompanyStages().size() == 7);
    for (const CompanyStage stage : allCompanyStages())
        CHECK(companyStageFromKey(companyStageKey(stage)) == stage);
    for (const UserRole role : allUserRoles())
        CHECK(userRoleFromKey(userRoleKey(role)) == role);
    for (const PhoneKind kind : allPhoneKinds())
        CHECK(phoneKindFromKey(phoneKindKey(kind)) == kind);
    CHECK(companyStageKey(CompanyStage::Reactivation) == QStringLiteral("reactivation"));
    CHECK(userRoleKey(UserRole::AccountManager) == QStringLiteral("account_manager"));
    CHECK_FALSE(companyStageFromKey(QStringLiteral("warm")).has_value());
}
