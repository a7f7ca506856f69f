#include "PhoneKind.h"

#include "EnumNames.h"

namespace voronka {

namespace {
constexpr EnumNames<PhoneKind, 4> kindNames("PhoneKind",
                                            {{
                                                {PhoneKind::Work, "work", QT_TRANSLATE_NOOP("PhoneKind", "Work")},
                                                {PhoneKind::Mobile, "mobile", QT_TRANSLATE_NOOP("PhoneKind", "Mobile")},
                                                {PhoneKind::Fax, "fax", QT_TRANSLATE_NOOP("PhoneKind", "Fax")},
                                                {PhoneKind::Other, "other", QT_TRANSLATE_NOOP("PhoneKind", "Other")},
                                            }});
} // namespace

QList<PhoneKind> allPhoneKinds()
{
    return kindNames.all();
}
QString phoneKindKey(PhoneKind kind)
{
    return kindNames.key(kind);
}
std::optional<PhoneKind> phoneKindFromKey(const QString &key)
{
    return kindNames.fromKey(key);
}
QString phoneKindTitle(PhoneKind kind)
{
    return kindNames.title(kind);
}

} // namespace voronka
