#include "PaymentRecorder.h"

#include "FunnelError.h"
#include "StageMover.h"
#include "domain/AccountManagerChoice.h"
#include "domain/Activity.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/Payment.h"
#include "storage/ActivityRepository.h"
#include "storage/ClientHandoverRepository.h"
#include "storage/CompanyFunnelRepository.h"
#include "storage/DealFunnelRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QLocale>

#include <algorithm>

namespace voronka {

PaymentRecorder::PaymentRecorder(DataContext context, QTimeZone timeZone)
    : m_context(context)
    , m_timeZone(std::move(timeZone))
{
}

void PaymentRecorder::validate(const PaymentEntry &entry) const
{
    if (entry.amountKopecks == 0)
        throw FunnelError(FunnelError::Kind::MissingData, tr("Enter the amount paid."));
    if (entry.amountKopecks < 0)
        throw FunnelError(FunnelError::Kind::MissingData,
                          tr("The amount paid must be above zero; a refund is not a payment."));
    if (!entry.paidOn.isValid())
        throw FunnelError(FunnelError::Kind::MissingData, tr("Enter the day the payment arrived."));
    const QDate today = m_context.clock.nowUtc().toTimeZone(m_timeZone).date();
    if (entry.paidOn > today)
        throw FunnelError(FunnelError::Kind::ForbiddenMove,
                          tr("A payment is recorded when the money has arrived, not in advance."));
    if (entry.accountManagerId != 0) {
        const auto user = UserRepository(m_context).find(entry.accountManagerId);
        if (!user || !servesClients(*user))
            throw FunnelError(FunnelError::Kind::UnknownUser,
                              tr("A client can be handed only to an active account manager or the head."));
    }
}

bool PaymentRecorder::servesClients(const User &user)
{
    return user.active && (user.role == UserRole::AccountManager || user.role == UserRole::Head);
}

QList<User> PaymentRecorder::accountManagers() const
{
    QList<User> managers = UserRepository(m_context).list();
    managers.removeIf([](const User &user) { return !servesClients(user); });
    std::sort(managers.begin(), managers.end(),
              [](const User &a, const User &b) { return QString::localeAwareCompare(a.fullName, b.fullName) < 0; });
    return managers;
}

QString PaymentRecorder::refusal(const Deal &deal)
{
    if (deal.step == DealStep::Lost)
        return tr("The deal is lost (%1); a payment cannot be recorded against it.").arg(deal.lostReason);
    if (deal.step == DealStep::Paid)
        return tr("The deal is already paid in full; record a repeat sale as a new deal.");
    if (deal.step != DealStep::InvoiceIssued)
        return tr("Issue an invoice before recording a payment.");
    return {};
}

bool PaymentRecorder::handsOver(qint64 companyId) const
{
    return PaymentRepository(m_context).countForCompany(companyId) == 0
        && ClientHandoverRepository(m_context).broughtBy(companyId) == 0;
}

qint64 PaymentRecorder::chooseAccountManager(qint64 chosenId) const
{
    if (chosenId != 0)
        return chosenId;
    const auto leastLoaded = leastLoadedAccountManager(ClientHandoverRepository(m_context).accountManagerLoads());
    if (!leastLoaded)
        throw FunnelError(FunnelError::Kind::UnknownUser,
                          tr("There is no active account manager to hand the new client to; choose who serves it."));
    return *leastLoaded;
}

PaymentResult PaymentRecorder::record(qint64 dealId, qint64 expectedDealVersion, const PaymentEntry &entry)
{
    // Checks that need no lock come first, so bad input never opens a write transaction.
    validate(entry);

    WriteTransaction transaction(m_context.db);
    DealFunnelRepository deals(m_context);
    Deal deal = deals.findAtVersion(dealId, expectedDealVersion);
    if (const QString why = refusal(deal); !why.isEmpty())
        throw FunnelError(FunnelError::Kind::ForbiddenMove, why);

    PaymentRepository payments(m_context);
    const qint64 paidBefore = payments.paidForDeal(dealId);
    const qint64 left = deal.amountKopecks - paidBefore;
    // The default locale is the interface's (main sets it through InterfaceLanguage), so the amount reads as
    // every other amount in the window does.
    if (entry.amountKopecks > left)
        throw FunnelError(FunnelError::Kind::ForbiddenMove,
                          tr("The payment is more than is left to pay on the deal (%1).")
                              .arg(Money(left, deal.currency).format(QLocale())));

    CompanyFunnelRepository companies(m_context);
    auto company = companies.find(deal.companyId);
    if (!company)
        throw StorageError(StorageError::Kind::NotFound, tr("The company no longer exists: someone deleted it."));
    const bool firstPayment = handsOver(deal.companyId);

    Payment payment;
    payment.dealId = dealId;
    payment.companyId = deal.companyId;
    payment.amountKopecks = entry.amountKopecks;
    payment.currency = deal.currency;
    payment.paidOn = entry.paidOn;
    payments.create(payment);

    PaymentResult result;
    result.paymentId = payment.id;
    result.paidKopecks = paidBefore + entry.amountKopecks;
    result.dealPaid = result.paidKopecks == deal.amountKopecks;

    Activity activity;
    activity.companyId = deal.companyId;
    activity.dealId = dealId;
    activity.kind = ActivityKind::Payment;
    activity.outcome = result.dealPaid ? QStringLiteral("paid") : QStringLiteral("part_paid");
    activity.amount = Money(entry.amountKopecks, deal.currency);
    activity.note = entry.comment.trimmed();
    ActivityRepository(m_context).add(activity);

    StageMover mover(m_context);
    if (result.dealPaid)
        mover.applyDealMove(deal, DealStep::Paid, entry.comment); // closes its reminders (ObsoleteTasks)
    deals.saveStep(deal); // bumps the version even for a part payment, so concurrent payments collide
    result.dealVersion = deal.version;

    if (firstPayment) {
        const qint64 manager = chooseAccountManager(entry.accountManagerId);
        const qint64 broughtBy
            = deal.ownerId != 0 ? deal.ownerId : (company->ownerId != 0 ? company->ownerId : m_context.userId);
        const auto managerUser = UserRepository(m_context).find(manager);
        const QString handover = tr("First payment: handed over to %1")
                                     .arg(managerUser ? managerUser->fullName : QString::number(manager));
        if (company->stage != CompanyStage::Client)
            mover.applyCompanyMove(*company, CompanyStage::Client, handover);
        company->ownerId = manager;
        company->nextActionAt = {};
        companies.save(*company);
        ClientHandoverRepository(m_context).recordHandover(company->companyId, broughtBy, m_context.clock.nowUtc());
        result.handedOver = true;
        result.accountManagerId = manager;
    } else if (company->stage == CompanyStage::Deal || company->stage == CompanyStage::Reactivation) {
        // A client that was being won back (reactivation, then perhaps a new deal) is a client again when it
        // pays; it stays with its account manager and keeps who brought it.
        mover.applyCompanyMove(*company, CompanyStage::Client, entry.comment);
        companies.save(*company);
    }

    transaction.commit();
    return result;
}

} // namespace voronka
