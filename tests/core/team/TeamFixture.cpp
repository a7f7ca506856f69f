#include "TeamFixture.h"

#include "storage/CompanyListQuery.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

namespace voronka::test {

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

TeamFixture::TeamFixture()
{
    collectorId = createUser(base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    caller1Id = createUser(base, QStringLiteral("caller1"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    caller2Id = createUser(base, QStringLiteral("caller2"), QStringLiteral("Мария Голосова"), UserRole::Caller);
    closerId = createUser(base, QStringLiteral("closer"), QStringLiteral("Олег Договоров"), UserRole::Closer);
    accountId
        = createUser(base, QStringLiteral("account"), QStringLiteral("Светлана Клиентова"), UserRole::AccountManager);
    struct Place
    {
        const char *name;
        CompanyStage stage;
        qint64 owner;
    };
    const Place places[] = {
        {"pool", CompanyStage::Cold, 0},
        {"cold1", CompanyStage::Cold, caller1Id},
        {"calling1", CompanyStage::Calling, caller1Id},
        {"cold2", CompanyStage::Cold, caller2Id},
        {"meeting", CompanyStage::Meeting, closerId},
        {"deal", CompanyStage::Deal, closerId},
        {"client", CompanyStage::Client, accountId},
        {"reactivation", CompanyStage::Reactivation, accountId},
        {"lost", CompanyStage::Lost, caller1Id},
    };
    for (const Place &place : places)
        company.insert(QString::fromLatin1(place.name),
                       createCompany(base, QString::fromLatin1(place.name) + QStringLiteral(" ромашка"), place.stage,
                                     place.owner));
    const QSqlDatabase db = base.db().connection();
    SqlStatement::run(db, QStringLiteral("UPDATE companies SET collected_by = ? WHERE id IN (?, ?)"),
                      {collectorId, company.value(QStringLiteral("pool")), company.value(QStringLiteral("cold1"))});
    SqlStatement::run(db, QStringLiteral("UPDATE companies SET brought_by = ? WHERE id = ?"),
                      {closerId, company.value(QStringLiteral("client"))});
}

Viewer TeamFixture::viewerOf(qint64 userId, bool pool)
{
    const auto user = UserRepository(base.context()).find(userId);
    REQUIRE(user);
    return Viewer::of(*user, pool);
}

QSet<QString> TeamFixture::names(const QSet<qint64> &ids) const
{
    QSet<QString> found;
    for (auto it = company.cbegin(); it != company.cend(); ++it)
        if (ids.contains(it.value()))
            found.insert(it.key());
    return found;
}

QSet<QString> TeamFixture::listed(const Viewer &viewer, const QString &search)
{
    lookAs(viewer);
    CompanyFilter filter;
    filter.search = search;
    const CompanyListQuery query(base.db(), filter);
    const qint64 total = query.count();
    QSet<qint64> ids;
    for (const CompanyListRow &row : query.rowsAt(0, 100, total))
        ids.insert(row.id);
    CHECK(ids.size() == total);
    lookAs(Viewer::everything());
    return names(ids);
}

} // namespace voronka::test
