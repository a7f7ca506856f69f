#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

namespace {
Contact contactNamed(const QString &name, const QString &position = QString())
{
    Contact contact;
    contact.fullName = name;
    contact.position = position;
    return contact;
}

Phone phoneFrom(const QString &raw, PhoneKind kind = PhoneKind::Work)
{
    Phone phone;
    phone.raw = raw;
    phone.kind = kind;
    return phone;
}

CompanyRecord newRecord()
{
    CompanyRecord record;
    record.company = makeCompany(QStringLiteral("АО Меридиан"), QStringLiteral("Самара"));
    record.contacts = {contactNamed(QStringLiteral("Иванова Ольга"), QStringLiteral("Директор"))};
    record.phones = {phoneFrom(QStringLiteral("8 (846) 200-10-20 доб. 5")),
                     phoneFrom(QStringLiteral("звонить после обеда"), PhoneKind::Other)};
    return record;
}

int rows(Database &db, const char *table)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table))
        .toInt();
}
} // namespace

TEST_CASE("A new company record is stored with contacts and normalised phones", "[storage][record]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    const CompanyRecord saved = records.save({}, newRecord());

    REQUIRE(saved.company.id > 0);
    REQUIRE(saved.contacts.size() == 1);
    CHECK(saved.contacts.at(0).fullName == QStringLiteral("Иванова Ольга"));
    REQUIRE(saved.phones.size() == 2);
    CHECK(saved.phones.at(0).e164 == QStringLiteral("+78462001020"));
    CHECK(saved.phones.at(0).extension == QStringLiteral("5"));
    // An unreadable number is kept as typed, flagged by its empty E.164.
    CHECK(saved.phones.at(1).raw == QStringLiteral("звонить после обеда"));
    CHECK_FALSE(saved.phones.at(1).isValid());

    // Found by the phone digits in either national or international spelling.
    CHECK(CompanyListQuery(base.db(), {QStringLiteral("8 846 200 10"), std::nullopt, 0}).count() == 1);
    CHECK(CompanyListQuery(base.db(), {QStringLiteral("+7846200"), std::nullopt, 0}).count() == 1);
}

TEST_CASE("Editing a record adds, changes and removes contacts and phones", "[storage][record]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    const CompanyRecord original = records.save({}, newRecord());

    CompanyRecord edited = original;
    edited.company.website = QStringLiteral("meridian.example");
    edited.contacts[0].position = QStringLiteral("Генеральный директор");
    edited.contacts.append(contactNamed(QStringLiteral("Петров Игорь")));
    edited.phones.removeAt(1);
    edited.phones.prepend(phoneFrom(QStringLiteral("+7 912 345-67-89"), PhoneKind::Mobile));
    const CompanyRecord saved = records.save(original, edited);

    CHECK(saved.company.website == QStringLiteral("meridian.example"));
    CHECK(saved.company.version == 2);
    REQUIRE(saved.contacts.size() == 2);
    CHECK(saved.contacts.at(0).position == QStringLiteral("Генеральный директор"));
    CHECK(saved.contacts.at(0).version == 2);
    CHECK(saved.contacts.at(1).fullName == QStringLiteral("Петров Игорь"));
    REQUIRE(saved.phones.size() == 2);
    CHECK(saved.phones.at(0).e164 == QStringLiteral("+79123456789"));
    CHECK(saved.phones.at(0).kind == PhoneKind::Mobile);
    CHECK(saved.phones.at(1).e164 == QStringLiteral("+78462001020"));
    CHECK(saved.phones.at(1).position == 1);
    CHECK(rows(base.db(), "phones") == 2);
}

TEST_CASE("A record saved over someone else's change is refused whole", "[storage][record][conflict]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    const CompanyRecord original = records.save({}, newRecord());

    CompanyRecord theirs = original;
    theirs.company.city = QStringLiteral("Тольятти");
    records.save(original, theirs);

    CompanyRecord mine = original;
    mine.company.city = QStringLiteral("Сызрань");
    mine.contacts.append(contactNamed(QStringLiteral("Новый Контакт")));
    mine.phones.clear();
    CHECK_THROWS_MATCHES(records.save(original, mine), StorageError,
                         Catch::Predicate<StorageError>(
                             [](const StorageError &e) { return e.kind() == StorageError::Kind::StaleVersion; }));

    const CompanyRecord stored = *records.load(original.company.id);
    CHECK(stored.company.city == QStringLiteral("Тольятти"));
    CHECK(stored.contacts.size() == 1);
    CHECK(stored.phones.size() == 2);
}

TEST_CASE("A contact without a name rolls back the whole save", "[storage][record][bad-input]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    CompanyRecord record = newRecord();
    record.contacts.append(contactNamed(QStringLiteral("  ")));
    CHECK_THROWS_AS(records.save({}, record), StorageError);
    CHECK(rows(base.db(), "companies") == 0);
    CHECK(rows(base.db(), "contacts") == 0);
    CHECK(rows(base.db(), "phones") == 0);
    CHECK(rows(base.db(), "company_search") == 0);
}

TEST_CASE("Deleting a company deletes its contacts and phones", "[storage][record]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    const CompanyRecord saved = records.save({}, newRecord());
    CompanyRepository(base.context()).remove(saved.company.id, saved.company.version);
    CHECK(rows(base.db(), "contacts") == 0);
    CHECK(rows(base.db(), "phones") == 0);
}
