#pragma once

#include "ColumnValues.h"
#include "domain/Company.h"
#include "domain/Contact.h"
#include "domain/Email.h"
#include "domain/Phone.h"

namespace voronka {

// The columns of a company record's four tables (companies, contacts, phones, emails) as every writer stores them:
// the repositories a person's edits go through, and CompanyBulkWriter, the import's fast path. A company typed in
// the card and the same company imported from a list become the same rows.
//
// Every text is stored normalised (domain/TextNormalization: one line, spaces collapsed, trimmed; a contact's note
// keeps its lines); an e-mail address is also lowercased. A value that would be empty where the row needs one
// (a company's or a contact's name, a phone's number, an e-mail's address) is refused: StorageError InvalidData.
class CompanyColumns
{
public:
    // What a plain edit of a stored row writes. A company's stage is not among them: it moves only through the
    // funnel (StageMover), which checks the move and keeps it in the stage history.
    static void edited(const Company &company, ColumnValues &values);
    static void edited(const Contact &contact, ColumnValues &values);
    static void edited(const Phone &phone, ColumnValues &values);
    static void edited(const Email &email, ColumnValues &values);

    // What a new row is written with: the edited columns, and what is fixed when the row is made: a new company's
    // stage (where its creator puts it; an import's companies start cold), the company a contact, phone or e-mail
    // belongs to. A new company given no region gets its city's (RegionOfCity), so every writer derives it alike. The
    // writer adds the creation stamp (and an import its batch).
    static void created(const Company &company, ColumnValues &values);
    static void created(const Contact &contact, ColumnValues &values);
    static void created(const Phone &phone, ColumnValues &values);
    static void created(const Email &email, ColumnValues &values);
};

} // namespace voronka
