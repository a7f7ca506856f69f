#include "CompanyMerge.h"

namespace voronka {

namespace {
bool sameContacts(const QList<Contact> &a, const QList<Contact> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].fullName != b[i].fullName || a[i].position != b[i].position
            || a[i].note != b[i].note)
            return false;
    }
    return true;
}

bool samePhones(const QList<Phone> &a, const QList<Phone> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].raw != b[i].raw || a[i].kind != b[i].kind || a[i].contactId != b[i].contactId)
            return false;
    }
    return true;
}

bool sameEmails(const QList<Email> &a, const QList<Email> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].address != b[i].address || a[i].contactId != b[i].contactId)
            return false;
    }
    return true;
}

bool samePart(CompanyField field, const CompanyRecord &a, const CompanyRecord &b)
{
    const Company &x = a.company;
    const Company &y = b.company;
    switch (field) {
    case CompanyField::Name:
        return x.name == y.name;
    case CompanyField::Inn:
        return x.inn == y.inn;
    case CompanyField::City:
        return x.city == y.city;
    case CompanyField::Address:
        return x.address == y.address;
    case CompanyField::Website:
        return x.website == y.website;
    case CompanyField::Industry:
        return x.industry == y.industry;
    case CompanyField::Source:
        return x.source == y.source;
    case CompanyField::Owner:
        return x.ownerId == y.ownerId;
    case CompanyField::NextAction:
        return x.nextActionAt == y.nextActionAt;
    case CompanyField::Contacts:
        return sameContacts(a.contacts, b.contacts);
    case CompanyField::Phones:
        return samePhones(a.phones, b.phones);
    case CompanyField::Emails:
        return sameEmails(a.emails, b.emails);
    }
    return true;
}

// Rows of mine rebased on theirs: a row both still have takes theirs' version (so the save is not refused
// again); a row theirs deleted becomes a new row.
template<typename Row>
QList<Row> rebased(QList<Row> mine, const QList<Row> &theirs)
{
    QHash<qint64, qint64> versions;
    for (const Row &row : theirs)
        versions.insert(row.id, row.version);
    for (Row &row : mine) {
        if (row.id == 0)
            continue;
        if (versions.contains(row.id)) {
            row.version = versions.value(row.id);
        } else {
            row.id = 0;
            row.version = 0;
        }
    }
    return mine;
}

void takePart(CompanyField field, CompanyRecord &into, const CompanyRecord &from)
{
    Company &x = into.company;
    const Company &y = from.company;
    switch (field) {
    case CompanyField::Name:
        x.name = y.name;
        break;
    case CompanyField::Inn:
        x.inn = y.inn;
        break;
    case CompanyField::City:
        x.city = y.city;
        break;
    case CompanyField::Address:
        x.address = y.address;
        break;
    case CompanyField::Website:
        x.website = y.website;
        break;
    case CompanyField::Industry:
        x.industry = y.industry;
        break;
    case CompanyField::Source:
        x.source = y.source;
        break;
    case CompanyField::Owner:
        x.ownerId = y.ownerId;
        break;
    case CompanyField::NextAction:
        x.nextActionAt = y.nextActionAt;
        break;
    case CompanyField::Contacts:
        into.contacts = rebased(from.contacts, into.contacts);
        break;
    case CompanyField::Phones:
        into.phones = rebased(from.phones, into.phones);
        break;
    case CompanyField::Emails:
        into.emails = rebased(from.emails, into.emails);
        break;
    }
}
} // namespace

CompanyMerge::CompanyMerge(CompanyRecord base, CompanyRecord mine, CompanyRecord theirs)
    : m_base(std::move(base))
    , m_mine(std::move(mine))
    , m_theirs(std::move(theirs))
{
}

QList<CompanyField> CompanyMerge::fields()
{
    return {CompanyField::Name,       CompanyField::Inn,      CompanyField::City,   CompanyField::Address,
            CompanyField::Website,    CompanyField::Industry, CompanyField::Source, CompanyField::Owner,
            CompanyField::NextAction, CompanyField::Contacts, CompanyField::Phones, CompanyField::Emails};
}

FieldChange CompanyMerge::change(CompanyField field) const
{
    const bool mineChanged = !samePart(field, m_base, m_mine);
    const bool theirsChanged = !samePart(field, m_base, m_theirs);
    if (mineChanged && theirsChanged)
        return samePart(field, m_mine, m_theirs) ? FieldChange::BothSame : FieldChange::Conflict;
    if (mineChanged)
        return FieldChange::OnlyMine;
    return theirsChanged ? FieldChange::OnlyTheirs : FieldChange::Unchanged;
}

QList<CompanyField> CompanyMerge::conflicts() const
{
    QList<CompanyField> result;
    for (const CompanyField field : fields()) {
        if (change(field) == FieldChange::Conflict)
            result.append(field);
    }
    return result;
}

MergeChoice CompanyMerge::defaultChoice(CompanyField field) const
{
    const FieldChange how = change(field);
    return how == FieldChange::OnlyMine || how == FieldChange::Conflict ? MergeChoice::Mine : MergeChoice::Theirs;
}

CompanyRecord CompanyMerge::merged(const QHash<CompanyField, MergeChoice> &choices) const
{
    CompanyRecord result = m_theirs;
    for (const CompanyField field : fields()) {
        if (choices.value(field, defaultChoice(field)) == MergeChoice::Mine)
            takePart(field, result, m_mine);
    }
    return result;
}

CompanyRecord CompanyMerge::allFrom(MergeChoice side) const
{
    QHash<CompanyField, MergeChoice> choices;
    for (const CompanyField field : fields())
        choices.insert(field, side);
    return merged(choices);
}

} // namespace voronka
