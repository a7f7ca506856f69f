#include "CompanyRecordRepository.h"

#include "ColumnValues.h"
#include "CompanyColumns.h"
#include "CompanyRepository.h"
#include "CompanySearchIndex.h"
#include "ContactRepository.h"
#include "EmailRepository.h"
#include "PhoneRepository.h"
#include "StorageError.h"
#include "VisibleCompanies.h"
#include "WriteTransaction.h"
#include "domain/RegionOfCity.h"

#include <QCoreApplication>
#include <QHash>

namespace voronka {

namespace {
// A row is unchanged when it would be written with the same values: a difference in spaces alone is none. A stored
// company's stage is not among them (StageMover moves it, not a card's save).
template<typename Row>
bool sameColumns(const Row &a, const Row &b)
{
    ColumnValues before;
    ColumnValues after;
    CompanyColumns::edited(a, before);
    CompanyColumns::edited(b, after);
    return before == after;
}

// Applies the difference between two lists of rows keyed by id: removes, updates and creates.
template<typename Row, typename Repository>
void applyDifference(Repository &repository, const QList<Row> &original, QList<Row> &edited)
{
    QHash<qint64, Row> before;
    for (const Row &row : original)
        before.insert(row.id, row);
    QSet<qint64> kept;
    for (const Row &row : edited)
        kept.insert(row.id);
    for (const Row &row : original) {
        if (!kept.contains(row.id))
            repository.remove(row.id, row.version);
    }
    for (Row &row : edited) {
        if (row.id == 0)
            repository.create(row);
        else if (!before.contains(row.id))
            throw StorageError(
                StorageError::Kind::InvalidData,
                QCoreApplication::translate("CompanyRecordRepository", "A row of another company was given."));
        else if (!sameColumns(before.value(row.id), row))
            repository.update(row);
    }
}
} // namespace

CompanyRecordRepository::CompanyRecordRepository(DataContext context, PhoneNormalizer normalizer)
    : m_context(context)
    , m_normalizer(std::move(normalizer))
{
}

std::optional<CompanyRecord> CompanyRecordRepository::load(qint64 companyId) const
{
    return read(CompanyRepository(m_context).find(companyId));
}

std::optional<CompanyRecord> CompanyRecordRepository::read(const std::optional<Company> &company) const
{
    if (!company)
        return std::nullopt;
    return CompanyRecord{*company, ContactRepository(m_context).listForCompany(company->id),
                         PhoneRepository(m_context).listForCompany(company->id),
                         EmailRepository(m_context).listForCompany(company->id)};
}

CompanyRecord CompanyRecordRepository::save(const CompanyRecord &original, const CompanyRecord &edited)
{
    CompanyRecord result = edited;
    // The region follows the city while it was derived from it; one the person or an import gave stays.
    result.company.region = RegionOfCity::afterEdit(original.company.city, original.company.region, edited.company.city,
                                                    edited.company.region);
    WriteTransaction transaction(m_context.db);

    CompanyRepository companies(m_context);
    if (result.company.id == 0) {
        companies.create(result.company);
    } else {
        if (result.company.id != original.company.id)
            throw StorageError(StorageError::Kind::InvalidData, QStringLiteral("Record ids do not match."));
        VisibleCompanies(m_context.db).requireChange(result.company.id);
        result.company.version = original.company.version;
        if (!sameColumns(original.company, result.company))
            companies.update(result.company);
    }
    const qint64 companyId = result.company.id;

    for (int i = 0; i < result.contacts.size(); ++i)
        result.contacts[i].companyId = companyId;
    ContactRepository contactRepository(m_context);
    applyDifference(contactRepository, original.contacts, result.contacts);

    for (int i = 0; i < result.phones.size(); ++i) {
        Phone &phone = result.phones[i];
        phone.companyId = companyId;
        phone.position = i;
        const NormalizedPhone normalized = m_normalizer.normalize(phone.raw);
        phone.e164 = normalized.e164;
        phone.extension = normalized.extension;
    }
    PhoneRepository phoneRepository(m_context);
    applyDifference(phoneRepository, original.phones, result.phones);

    for (Email &email : result.emails)
        email.companyId = companyId;
    EmailRepository emailRepository(m_context);
    applyDifference(emailRepository, original.emails, result.emails);

    CompanySearchIndex(m_context.db).refresh(companyId);
    transaction.commit();
    // As stored, even when the save took it out of the saver's view (a new owner, another stage).
    return *read(CompanyRepository(m_context).findInWholeBase(companyId));
}

} // namespace voronka
