#include "FunnelFixture.h"

#include "storage/CompanyFunnelRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/PhoneRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"

namespace voronka::test {

FunnelFixture::FunnelFixture()
{
    callerId = addUser(QStringLiteral("caller"), UserRole::Caller);
    closerId = addUser(QStringLiteral("closer"), UserRole::Closer);
    accountManagerId = addUser(QStringLiteral("manager"), UserRole::AccountManager);
    companyId = addCompany(QStringLiteral("ООО «Ромашка»"));
    Phone phone;
    phone.companyId = companyId;
    phone.raw = QStringLiteral("+7 495 123-45-67");
    phone.e164 = QStringLiteral("+74951234567");
    PhoneRepository(base.context()).create(phone);
    phoneId = phone.id;
}

qint64 FunnelFixture::addUser(const QString &login, UserRole role)
{
    User user;
    user.login = login;
    user.fullName = login + QStringLiteral(" person");
    user.role = role;
    UserRepository(base.context()).create(user);
    return user.id;
}

qint64 FunnelFixture::addCompany(const QString &name)
{
    Company company = makeCompany(name, QStringLiteral("Москва"));
    CompanyRepository(base.context()).create(company);
    return company.id;
}

CallOutcomes FunnelFixture::callsAs(qint64 userId, CallOutcomeOptions options)
{
    options.timeZone = QTimeZone::utc();
    return CallOutcomes(base.contextAs(userId), options);
}

CompanyFunnelState FunnelFixture::state(qint64 id)
{
    return *CompanyFunnelRepository(base.context()).find(id);
}

qint64 FunnelFixture::count(const QString &sqlTail, std::initializer_list<QVariant> values)
{
    return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM ") + sqlTail, values)
        .toLongLong();
}

qint64 FunnelFixture::lostReasonId(const QString &title)
{
    for (const LostReason &reason : LostReasonRepository(base.context()).list(false)) {
        if (reason.title == title)
            return reason.id;
    }
    return 0;
}

CompanyMove companyMove(CompanyStage to, const QString &comment, qint64 lostReasonId)
{
    CompanyMove move;
    move.to = to;
    move.comment = comment;
    move.lostReasonId = lostReasonId;
    return move;
}

DealMove dealMove(DealStep to, const QString &comment, qint64 lostReasonId, const QString &invoiceNumber,
                  const QDate &invoiceDate)
{
    DealMove move;
    move.to = to;
    move.comment = comment;
    move.lostReasonId = lostReasonId;
    move.invoiceNumber = invoiceNumber;
    move.invoiceDate = invoiceDate;
    return move;
}

} // namespace voronka::test
