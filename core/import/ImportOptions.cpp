#include "ImportOptions.h"

#include "domain/EnumNames.h"

namespace voronka {

namespace {
constexpr EnumNames<DuplicatePolicy, 3> policyNames(
    "DuplicatePolicy",
    {{
        {DuplicatePolicy::Skip, "skip", QT_TRANSLATE_NOOP("DuplicatePolicy", "Skip duplicates")},
        {DuplicatePolicy::Merge, "merge", QT_TRANSLATE_NOOP("DuplicatePolicy", "Merge into the company found")},
        {DuplicatePolicy::Import, "import", QT_TRANSLATE_NOOP("DuplicatePolicy", "Import anyway")},
    }});
} // namespace

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    return policyNames.key(policy);
}
std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key)
{
    return policyNames.fromKey(key);
}

QString delimiterKey(QChar delimiter)
{
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    if (delimiter == u'|')
        return QStringLiteral("pipe");
    return QString(delimiter);
}

std::optional<QChar> delimiterFromKey(const QString &key)
{
    if (key == QLatin1String("auto"))
        return QChar();
    if (key == QLatin1String("tab") || key == QLatin1String("\\t"))
        return QChar(u'\t');
    if (key == QLatin1String("pipe") || key == QLatin1String("|"))
        return QChar(u'|');
    if (key == QLatin1String(";") || key == QLatin1String(","))
        return key.front();
    return std::nullopt;
}

} // namespace voronka
