#include "CompanyColumns.h"

#include "StorageError.h"
#include "Timestamps.h"
#include "domain/RegionOfCity.h"
#include "domain/TextFolding.h"
#include "domain/TextNormalization.h"

#include <QCoreApplication>

namespace voronka {

namespace {
// Why a row is refused; translated only when it is, in the context of the repository that used to check it
// (translators have it there).
struct Refusal
{
    const char *context;
    const char *text;
};
constexpr Refusal noCompanyName{"CompanyRepository", QT_TRANSLATE_NOOP("CompanyRepository", "A company needs a name.")};
constexpr Refusal noContactName{"ContactRepository", QT_TRANSLATE_NOOP("ContactRepository", "A contact needs a name.")};
constexpr Refusal noNumber{"PhoneRepository", QT_TRANSLATE_NOOP("PhoneRepository", "A phone needs a number.")};
constexpr Refusal noAddress{"EmailRepository",
                            QT_TRANSLATE_NOOP("EmailRepository", "An e-mail entry needs an address.")};

// An e-mail address as stored: one line, lowercased.
QString storedAddress(const QString &address)
{
    return normalizedLine(address).toLower();
}

QString required(QString text, const Refusal &refusal)
{
    if (text.isEmpty())
        throw StorageError(StorageError::Kind::InvalidData, QCoreApplication::translate(refusal.context, refusal.text));
    return text;
}
} // namespace

void CompanyColumns::edited(const Company &company, ColumnValues &values)
{
    const QString name = required(normalizedLine(company.name), noCompanyName);
    const QVariant nextAction = toStoredTime(company.nextActionAt);
    values.text("name", name);
    values.text("sort_key", companySortKey(name));
    values.textOrNull("inn", normalizedLine(company.inn));
    values.textOrNull("city", normalizedLine(company.city));
    values.textOrNull("region", normalizedLine(company.region));
    values.textOrNull("address", normalizedLine(company.address));
    values.textOrNull("website", normalizedLine(company.website));
    values.textOrNull("industry", normalizedLine(company.industry));
    values.textOrNull("source", normalizedLine(company.source));
    values.idOrNull("owner_id", company.ownerId);
    values.textOrNull("next_action_at", nextAction.isNull() ? QString() : nextAction.toString());
    values.textOrNull("size_class",
                      company.size == CompanySize::SmallOrMedium ? QString() : companySizeKey(company.size));
}

void CompanyColumns::edited(const Contact &contact, ColumnValues &values)
{
    values.text("full_name", required(normalizedLine(contact.fullName), noContactName));
    values.textOrNull("position", normalizedLine(contact.position));
    values.textOrNull("note", normalizedLines(contact.note));
}

void CompanyColumns::edited(const Phone &phone, ColumnValues &values)
{
    values.idOrNull("contact_id", phone.contactId);
    values.text("raw", required(normalizedLine(phone.raw), noNumber));
    values.textOrNull("e164", normalizedLine(phone.e164));
    values.textOrNull("extension", normalizedLine(phone.extension));
    values.text("kind", phoneKindKey(phone.kind));
    values.integer("position", phone.position);
}

void CompanyColumns::edited(const Email &email, ColumnValues &values)
{
    values.idOrNull("contact_id", email.contactId);
    values.text("address", required(storedAddress(email.address), noAddress));
}

void CompanyColumns::created(const Company &company, ColumnValues &values)
{
    if (company.region.isEmpty() && !company.city.isEmpty()) {
        // A new company without a region takes its city's, whoever writes it (RegionOfCity; none for a city it does
        // not know).
        Company withRegion = company;
        withRegion.region = RegionOfCity::of(company.city);
        edited(withRegion, values);
    } else {
        edited(company, values);
    }
    values.text("stage", companyStageKey(company.stage));
    values.idOrNull("collected_by", company.collectedBy);
}

void CompanyColumns::created(const Contact &contact, ColumnValues &values)
{
    values.integer("company_id", contact.companyId);
    edited(contact, values);
}

void CompanyColumns::created(const Phone &phone, ColumnValues &values)
{
    values.integer("company_id", phone.companyId);
    edited(phone, values);
}

void CompanyColumns::created(const Email &email, ColumnValues &values)
{
    values.integer("company_id", email.companyId);
    edited(email, values);
}

} // namespace voronka
