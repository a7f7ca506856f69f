#pragma once

#include "CompanyRecord.h"

#include <QHash>
#include <QList>

namespace voronka {

// The parts of a company card two people can edit at once; the lists count as one part each. The stage is not one:
// the card's save never writes it (a stage moves through StageMover), so a merge keeps the stage as stored.
enum class CompanyField {
    Name,
    Inn,
    City,
    Address,
    Website,
    Industry,
    Source,
    Owner,
    NextAction,
    Contacts,
    Phones,
    Emails
};

inline size_t qHash(CompanyField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

// How a part differs between what the user loaded (base), what the user typed (mine) and what is stored now
// (theirs).
enum class FieldChange {
    Unchanged,
    OnlyMine,
    OnlyTheirs,
    BothSame, // both sides made the same change
    Conflict, // both sides changed it differently
};

enum class MergeChoice { Theirs, Mine };

// A three-way merge of a company card whose save was refused because someone else saved first. Pure: it only
// compares and combines records; the caller stores the result over theirs.
class CompanyMerge
{
public:
    CompanyMerge(CompanyRecord base, CompanyRecord mine, CompanyRecord theirs);

    static QList<CompanyField> fields();

    FieldChange change(CompanyField field) const;
    QList<CompanyField> conflicts() const;
    // What merging takes without asking: the side that changed a part; for a conflict, the user's own edit.
    MergeChoice defaultChoice(CompanyField field) const;
    // Theirs with each part taken from the chosen side (parts without a choice: defaultChoice). Carries theirs'
    // versions, so it can be saved over theirs; rows of mine that theirs deleted come back as new rows.
    CompanyRecord merged(const QHash<CompanyField, MergeChoice> &choices = {}) const;
    // Every part from one side.
    CompanyRecord allFrom(MergeChoice side) const;

    const CompanyRecord &base() const { return m_base; }
    const CompanyRecord &mine() const { return m_mine; }
    const CompanyRecord &theirs() const { return m_theirs; }

private:
    CompanyRecord m_base;
    CompanyRecord m_mine;
    CompanyRecord m_theirs;
};

} // namespace voronka
