#pragma once

#include "InquiryRouting.h"
#include "domain/CompanySize.h"
#include "domain/PhoneNormalizer.h"
#include "storage/DataContext.h"

#include <QCoreApplication>
#include <QString>

namespace voronka {

// A person called or wrote (seed 004): who they are and what they want, as the person taking it typed it.
struct Inquiry
{
    QString personName;
    QString companyName; // empty: a private person, named after them
    QString phone;
    QString email;
    QString inn;
    QString request; // what they want
    InquirySource source = InquirySource::Other;
    CompanySize size = CompanySize::SmallOrMedium;
};

struct InquiryOutcome
{
    qint64 inquiryId = 0;
    qint64 companyId = 0;
    bool newCompany = false;
    qint64 routedTo = 0;
    QString routedToName;
    QString why; // the rule's words, or "their manager" for a company someone already holds
    QString warning; // over a limit, nobody on duty ...
    qint64 taskId = 0;
};

// Takes an inquiry in one transaction: finds the company by phone, INN or e-mail (in the whole base) or creates it,
// gives it to its manager when it has an active one and is being worked, else to the person the head's rule chooses
// (InquiryRouting), moves a cold or lost company on to calling through the funnel, and gives that person a task due
// now. Every inquirer stays in the base with a next action, buyer or not.
class InquiryIntake
{
    Q_DECLARE_TR_FUNCTIONS(InquiryIntake)

public:
    explicit InquiryIntake(DataContext context, PhoneNormalizer normalizer = PhoneNormalizer());

    // Throws TeamError BadInput (no name, no way to answer, a phone that is not a number) before anything is
    // written, or StorageError / FunnelError with nothing written.
    InquiryOutcome take(const Inquiry &inquiry);

private:
    qint64 findCompany(const Inquiry &inquiry, const QString &e164, const QString &email) const;

    DataContext m_context;
    PhoneNormalizer m_normalizer;
};

} // namespace voronka
