#include "SignInBase.h"

#include "storage/SqlStatement.h"
#include "team/UserAdministration.h"

#include <catch2/catch.hpp>

namespace voronka::test {

SignInBase::SignInBase()
{
    const qint64 caller1
        = createUser(m_base, QStringLiteral("caller1"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    const qint64 caller2
        = createUser(m_base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
    createUser(m_base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    struct Place
    {
        const char *name;
        CompanyStage stage;
        qint64 owner;
    };
    const Place places[] = {
        {"pool1", CompanyStage::Cold, 0},          {"pool2", CompanyStage::Cold, 0},
        {"pool3", CompanyStage::Cold, 0},          {"mine1", CompanyStage::Cold, caller1},
        {"mine2", CompanyStage::Calling, caller1}, {"theirs", CompanyStage::Cold, caller2},
        {"meeting", CompanyStage::Meeting, 1},
    };
    for (const Place &place : places)
        company.insert(QString::fromLatin1(place.name),
                       createCompany(m_base, QString::fromLatin1(place.name), place.stage, place.owner));
    // The head's password first (it turns sign-in on), then the head sets the callers'.
    UserAdministration administration(m_base.context());
    administration.setPassword(QStringLiteral("head"), headPassword);
    administration.setPassword(QStringLiteral("caller1"), callerPassword);
    administration.setPassword(QStringLiteral("caller2"), callerPassword);
    m_base.close();
}

VoronkaRun SignInBase::run(const QStringList &arguments, const QString &password,
                           QHash<QString, QString> variables) const
{
    if (!password.isNull())
        variables.insert(QStringLiteral("VORONKA_PASSWORD"), password);
    return runVoronka(arguments + QStringList{QStringLiteral("--db"), path()}, variables);
}

void SignInBase::addCompany(const QString &name, CompanyStage stage)
{
    m_base.reopen();
    company.insert(name, createCompany(m_base, name, stage, 0));
    m_base.close();
}

QHash<QString, QString> SignInBase::owners() const
{
    auto db = Database::open(path());
    SqlStatement select(db->connection(),
                        QStringLiteral("SELECT c.name, coalesce(u.login, '') FROM companies c "
                                       "LEFT JOIN users u ON u.id = c.owner_id"));
    select.exec();
    QHash<QString, QString> owners;
    while (select.next())
        owners.insert(select.value(0).toString(), select.value(1).toString());
    return owners;
}

QVariant SignInBase::userValue(const QString &login, const QString &column) const
{
    auto db = Database::open(path());
    return SqlStatement::scalar(db->connection(), QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(column),
                                {login});
}

QStringList exportedNames(const VoronkaRun &run)
{
    QStringList lines = run.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // the header
    QStringList names;
    for (const QString &line : std::as_const(lines))
        names.append(line.section(QLatin1Char(';'), 0, 0));
    names.sort();
    return names;
}

} // namespace voronka::test
