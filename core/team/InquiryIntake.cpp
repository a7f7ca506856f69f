#include "InquiryIntake.h"

#include "TeamError.h"
#include "domain/Clock.h"
#include "domain/CompanyRecord.h"
#include "domain/Task.h"
#include "funnel/StageMover.h"
#include "storage/CompanyKeyLookup.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/InquiryRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

namespace voronka {

InquiryIntake::InquiryIntake(DataContext context, PhoneNormalizer normalizer)
    : m_context(context)
    , m_normalizer(std::move(normalizer))
{
}

qint64 InquiryIntake::findCompany(const Inquiry &inquiry, const QString &e164, const QString &email) const
{
    const CompanyKeyLookup lookup(m_context.db);
    if (const qint64 byPhone = lookup.byPhone(e164))
        return byPhone;
    if (const qint64 byInn = lookup.byInn(inquiry.inn))
        return byInn;
    return lookup.byEmail(email);
}

InquiryOutcome InquiryIntake::take(const Inquiry &inquiry)
{
    const QString personName = inquiry.personName.simplified();
    const QString companyName = inquiry.companyName.simplified();
    if (personName.isEmpty() && companyName.isEmpty())
        throw TeamError(TeamError::Kind::BadInput, tr("Give the person's or the company's name."));
    const QString phone = inquiry.phone.simplified();
    const QString email = inquiry.email.trimmed().toLower();
    if (phone.isEmpty() && email.isEmpty())
        throw TeamError(TeamError::Kind::BadInput, tr("Give a phone or an e-mail to answer the inquiry by."));
    const QString e164 = phone.isEmpty() ? QString() : m_normalizer.normalize(phone).e164;
    if (!phone.isEmpty() && e164.isEmpty())
        throw TeamError(TeamError::Kind::BadInput, tr("%1 is not a phone number.").arg(phone));
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        throw TeamError(TeamError::Kind::BadInput, tr("%1 is not an e-mail address.").arg(inquiry.email.trimmed()));

    WriteTransaction transaction(m_context.db);
    InquiryOutcome outcome;
    outcome.companyId = findCompany(inquiry, e164, email);
    CompanyRepository companies(m_context);
    if (outcome.companyId == 0) {
        CompanyRecord record;
        record.company.name = companyName.isEmpty() ? personName : companyName;
        record.company.inn = inquiry.inn.trimmed();
        record.company.source = tr("Inquiry: %1").arg(inquirySourceTitle(inquiry.source));
        record.company.size = inquiry.size;
        if (!personName.isEmpty() && !companyName.isEmpty()) {
            Contact contact;
            contact.fullName = personName;
            record.contacts.append(contact);
        }
        if (!phone.isEmpty()) {
            Phone number;
            number.raw = phone;
            record.phones.append(number);
        }
        if (!email.isEmpty()) {
            Email address;
            address.address = email;
            record.emails.append(address);
        }
        outcome.companyId = CompanyRecordRepository(m_context, m_normalizer).save({}, record).company.id;
        outcome.newCompany = true;
    }
    Company company = *companies.findInWholeBase(outcome.companyId);

    // A company someone is working on stays theirs; a new, cold or lost one goes by the head's rule.
    const bool beingWorked = company.stage != CompanyStage::Cold && company.stage != CompanyStage::Lost;
    const auto owner = company.ownerId == 0 ? std::nullopt : UserRepository(m_context).find(company.ownerId);
    QString rule;
    if (beingWorked && owner && owner->active) {
        outcome.routedTo = owner->id;
        outcome.why = tr("their manager");
        rule = QStringLiteral("owner");
    } else {
        InquiryRouting routing(m_context);
        const RoutingChoice choice = routing.choose(inquiry.size, m_context.clock.nowUtc().toLocalTime().date());
        outcome.routedTo = choice.userId;
        outcome.why = choice.why;
        outcome.warning = choice.warning;
        rule = routingRuleKey(routing.rule());
        StageMover mover(m_context);
        const QString comment = tr("Inquiry: %1").arg(inquiry.request.simplified());
        if (company.stage == CompanyStage::Lost)
            company.version = mover.moveCompany(company.id, company.version, {CompanyStage::Cold, comment, 0});
        if (company.stage == CompanyStage::Lost || company.stage == CompanyStage::Cold)
            company.version = mover.moveCompany(company.id, company.version, {CompanyStage::Calling, comment, 0});
        company = *companies.findInWholeBase(company.id);
        company.ownerId = outcome.routedTo;
    }
    if (const auto routed = UserRepository(m_context).find(outcome.routedTo))
        outcome.routedToName = routed->fullName;
    const QDateTime now = m_context.clock.nowUtc();
    company.nextActionAt = now;
    company.size = outcome.newCompany ? inquiry.size : company.size;
    companies.update(company);

    Task task;
    task.companyId = company.id;
    task.assigneeId = outcome.routedTo;
    task.kind = TaskKind::Custom;
    task.dueAt = now;
    task.note
        = tr("Inquiry (%1): %2")
              .arg(inquirySourceTitle(inquiry.source),
                   inquiry.request.simplified().isEmpty() ? tr("no details given") : inquiry.request.simplified());
    TaskRepository(m_context).create(task);
    outcome.taskId = task.id;

    InquiryRow row;
    row.companyId = company.id;
    row.contactName = personName;
    row.phone = e164.isEmpty() ? phone : e164;
    row.email = email;
    row.request = inquiry.request.trimmed();
    row.sourceKey = inquirySourceKey(inquiry.source);
    row.routedTo = outcome.routedTo;
    row.rule = rule;
    row.taskId = task.id;
    outcome.inquiryId = InquiryRepository(m_context).add(row);
    transaction.commit();
    return outcome;
}

} // namespace voronka
