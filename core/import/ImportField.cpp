#include "ImportField.h"

#include "domain/EnumNames.h"

namespace voronka {

namespace {
constexpr EnumNames<ImportField, 13>
    fieldNames("ImportField",
               {{
                   {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportField", "(ignore)")},
                   {ImportField::Company, "company", QT_TRANSLATE_NOOP("ImportField", "Company")},
                   {ImportField::Inn, "inn", QT_TRANSLATE_NOOP("ImportField", "INN")},
                   {ImportField::City, "city", QT_TRANSLATE_NOOP("ImportField", "City")},
                   {ImportField::Region, "region", QT_TRANSLATE_NOOP("ImportField", "Region")},
                   {ImportField::Address, "address", QT_TRANSLATE_NOOP("ImportField", "Address")},
                   {ImportField::Website, "website", QT_TRANSLATE_NOOP("ImportField", "Website")},
                   {ImportField::Industry, "industry", QT_TRANSLATE_NOOP("ImportField", "Industry")},
                   {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
                   {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportField", "E-mail")},
                   {ImportField::ContactName, "contact", QT_TRANSLATE_NOOP("ImportField", "Contact person")},
                   {ImportField::Position, "position", QT_TRANSLATE_NOOP("ImportField", "Position")},
                   {ImportField::Comment, "comment", QT_TRANSLATE_NOOP("ImportField", "Comment")},
               }});
} // namespace

QList<ImportField> allImportFields()
{
    return fieldNames.all();
}
QString importFieldKey(ImportField field)
{
    return fieldNames.key(field);
}
std::optional<ImportField> importFieldFromKey(const QString &key)
{
    return fieldNames.fromKey(key);
}
QString importFieldTitle(ImportField field)
{
    return fieldNames.title(field);
}

} // namespace voronka
