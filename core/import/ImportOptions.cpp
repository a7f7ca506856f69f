#include "ImportOptions.h"

#include "domain/EnumNames.h"

namespace voronka {

namespace {
constexpr EnumNames<DuplicatePolicy, 3> policyNames("DuplicatePolicy",
    {{
        {DuplicatePolicy::Skip, "skip", QT_TRANSLATE_NOOP("DuplicatePolicy", "Skip duplicates")},
        {DuplicatePolicy::Merge, "merge", QT_TRANSLATE_NOOP("DuplicatePolicy", "Merge into the company found")},
        {DuplicatePolicy::Import, "import", QT_TRANSLATE_NOOP("DuplicatePolicy", "Import anyway")},
    }});
} // namespace

QString duplicatePolicyKey(DuplicatePolicy policy) { return policyNames.key(policy); }
std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key) { return policyNames.fromKey(key); }

} // namespace voronka
