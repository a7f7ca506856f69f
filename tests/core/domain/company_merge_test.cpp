#include "domain/CompanyMerge.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/StorageError.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using voronka::test::makeCompany;
using voronka::test::TestDatabase;

namespace {
CompanyRecord storedRecord(TestDatabase &base)
{
    CompanyRecord record;
    record.company = makeCompany(QStringLiteral("ООО Ромашка"), QStringLiteral("Казань"));
    record.company.website = QStringLiteral("romashka.ru");
    Contact contact;
    contact.fullName = QStringLiteral("Петров Иван");
    record.contacts = {contact};
    Phone phone;
    phone.raw = QStringLiteral("+7 843 200-10-20");
    record.phones = {phone};
    return CompanyRecordRepository(base.context()).save({}, record);
}
} // namespace

TEST_CASE("A merge takes fields changed by one side silently and flags fields both changed", "[storage][merge]")
{
    TestDatabase base;
    const CompanyRecord loaded = storedRecord(base);
    CompanyRecord mine = loaded;
    mine.company.city = QStringLiteral("Самара");
    mine.company.name = QStringLiteral("ООО Ромашка-М");
    CompanyRecord theirs = loaded;
    theirs.company.website = QStringLiteral("romashka.com");
    theirs.company.name = QStringLiteral("ООО Ромашка-Т");
    theirs.company.stage = CompanyStage::Calling;
    theirs.company.version = loaded.company.version + 1;

    const CompanyMerge merge(loaded, mine, theirs);
    CHECK(merge.change(CompanyField::City) == FieldChange::OnlyMine);
    CHECK(merge.change(CompanyField::Website) == FieldChange::OnlyTheirs);
    CHECK(merge.change(CompanyField::Name) == FieldChange::Conflict);
    CHECK(merge.change(CompanyField::Inn) == FieldChange::Unchanged);
    CHECK(merge.change(CompanyField::Contacts) == FieldChange::Unchanged);
    CHECK(merge.conflicts() == QList<CompanyField>{CompanyField::Name});

    const CompanyRecord byDefault = merge.merged();
    CHECK(byDefault.company.city == QStringLiteral("Самара"));
    CHECK(byDefault.company.website == QStringLiteral("romashka.com"));
    CHECK(byDefault.company.stage == CompanyStage::Calling);
    CHECK(byDefault.company.name == QStringLiteral("ООО Ромашка-М"));
    CHECK(byDefault.company.version == theirs.company.version);

    const CompanyRecord theirName = merge.merged({{CompanyField::Name, MergeChoice::Theirs}});
    CHECK(theirName.company.name == QStringLiteral("ООО Ромашка-Т"));
    CHECK(theirName.company.city == QStringLiteral("Самара"));

    const CompanyRecord allMine = merge.allFrom(MergeChoice::Mine);
    CHECK(allMine.company.website == QStringLiteral("romashka.ru"));
    CHECK(allMine.company.stage == CompanyStage::Calling); // the stage is never the card's to merge
    const CompanyRecord allTheirs = merge.allFrom(MergeChoice::Theirs);
    CHECK(allTheirs.company.city == QStringLiteral("Казань"));
    CHECK(allTheirs.company.name == QStringLiteral("ООО Ромашка-Т"));
}

TEST_CASE("The same change on both sides is no conflict", "[storage][merge]")
{
    TestDatabase base;
    const CompanyRecord loaded = storedRecord(base);
    CompanyRecord mine = loaded;
    CompanyRecord theirs = loaded;
    mine.company.inn = theirs.company.inn = QStringLiteral("1655000000");
    const CompanyMerge merge(loaded, mine, theirs);
    CHECK(merge.change(CompanyField::Inn) == FieldChange::BothSame);
    CHECK(merge.conflicts().isEmpty());
    CHECK(merge.merged().company.inn == QStringLiteral("1655000000"));
}

TEST_CASE("Contact lists changed on both sides conflict as a whole and a merge saves over the stored record",
          "[storage][merge]")
{
    TestDatabase base;
    const CompanyRecord loaded = storedRecord(base);
    CompanyRecordRepository records(base.context());

    CompanyRecord theirEdit = loaded;
    theirEdit.contacts[0].position = QStringLiteral("Директор");
    theirEdit.company.city = QStringLiteral("Уфа");
    const CompanyRecord theirs = records.save(loaded, theirEdit);

    CompanyRecord mine = loaded;
    mine.contacts[0].fullName = QStringLiteral("Петров Иван Ильич");
    Contact added;
    added.fullName = QStringLiteral("Сидорова Анна");
    mine.contacts.append(added);
    mine.company.address = QStringLiteral("ул. Баумана, 1");
    // Saving mine over what it was loaded from is refused: someone saved first.
    REQUIRE_THROWS_MATCHES(records.save(loaded, mine), StorageError,
                           Catch::Predicate<StorageError>(
                               [](const StorageError &e) { return e.kind() == StorageError::Kind::StaleVersion; }));

    const CompanyMerge merge(loaded, mine, theirs);
    CHECK(merge.change(CompanyField::Contacts) == FieldChange::Conflict);
    CHECK(merge.change(CompanyField::Phones) == FieldChange::Unchanged);

    const CompanyRecord stored = records.save(theirs, merge.merged());
    CHECK(stored.company.city == QStringLiteral("Уфа"));
    CHECK(stored.company.address == QStringLiteral("ул. Баумана, 1"));
    REQUIRE(stored.contacts.size() == 2);
    CHECK(stored.contacts[0].fullName == QStringLiteral("Петров Иван Ильич"));
    CHECK(stored.contacts[1].fullName == QStringLiteral("Сидорова Анна"));
    REQUIRE(stored.phones.size() == 1);
}

TEST_CASE("Keeping mine brings back a contact the other side deleted", "[storage][merge]")
{
    TestDatabase base;
    const CompanyRecord loaded = storedRecord(base);
    CompanyRecordRepository records(base.context());
    CompanyRecord theirEdit = loaded;
    theirEdit.contacts.clear();
    const CompanyRecord theirs = records.save(loaded, theirEdit);

    CompanyRecord mine = loaded;
    mine.contacts[0].position = QStringLiteral("Главбух");
    const CompanyMerge merge(loaded, mine, theirs);
    CHECK(merge.change(CompanyField::Contacts) == FieldChange::Conflict);

    const CompanyRecord stored = records.save(theirs, merge.allFrom(MergeChoice::Mine));
    REQUIRE(stored.contacts.size() == 1);
    CHECK(stored.contacts[0].position == QStringLiteral("Главбух"));
}

TEST_CASE("A merge keeps the e-mail addresses typed on the card while a colleague changed something else",
          "[storage][merge]")
{
    TestDatabase base;
    const CompanyRecord loaded = storedRecord(base);
    CompanyRecord mine = loaded;
    Email email;
    email.address = QStringLiteral("sales@romashka.ru");
    mine.emails.append(email);
    CompanyRecord theirs = loaded;
    theirs.company.city = QStringLiteral("Самара");
    theirs.company.version = loaded.company.version + 1;

    const CompanyMerge merge(loaded, mine, theirs);
    CHECK(merge.change(CompanyField::Emails) == FieldChange::OnlyMine);
    const CompanyRecord merged = merge.merged();
    CHECK(merged.company.city == QStringLiteral("Самара"));
    REQUIRE(merged.emails.size() == 1);
    CHECK(merged.emails.at(0).address == QStringLiteral("sales@romashka.ru"));
}
