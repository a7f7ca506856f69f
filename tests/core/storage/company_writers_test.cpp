#include "domain/PhoneNormalizer.h"
#include "storage/CompanyBulkWriter.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"
#include "support/StoredRows.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// A record as it may reach a writer from anywhere: nothing trimmed, spaces of every kind, invisible characters.
CompanyRecord messyRecord()
{
    CompanyRecord record;
    Company &company = record.company;
    company.name = s(u" \uFEFFООО\u00A0«Север»  ");
    company.inn = s(u" 7707083893\t");
    company.city = s(u"Тверь\u200B");
    company.address = s(u"пр-т  Мира,\r\n12");
    company.industry = s(u"  ");
    company.source = s(u"Справочник\u2028 2025");
    Contact contact;
    contact.fullName = s(u"  Петров \t Иван ");
    contact.position = s(u"Директор\u00AD");
    contact.note = s(u"\n  Звонить  утром \r\n\r\nне\u00A0в пятницу  \n\n");
    record.contacts.append(contact);
    for (const char16_t *raw : {u" +7 (482)  250-10-20 доб. 7 ", u"  звонить\u00A0секретарю"}) {
        Phone phone;
        phone.raw = s(raw);
        record.phones.append(phone);
    }
    record.emails.append(Email{0, 0, 0, s(u" Sever@Example.RU\u200B"), 0});
    return record;
}
} // namespace

TEST_CASE("The import's bulk writer stores a record exactly as the repositories do", "[storage][writer]")
{
    TestDatabase typedBase;
    const qint64 typed = CompanyRecordRepository(typedBase.context()).save({}, messyRecord()).company.id;

    TestDatabase bulkBase;
    CompanyRecord record = messyRecord();
    // The bulk writer takes phones already normalised, as the import gives them.
    for (Phone &phone : record.phones) {
        const NormalizedPhone normalized = PhoneNormalizer().normalize(phone.raw);
        phone.e164 = normalized.e164;
        phone.extension = normalized.extension;
    }
    WriteTransaction transaction(bulkBase.db());
    CompanyBulkWriter writer(bulkBase.context());
    writer.insert(record);
    transaction.commit();

    const QStringList typedRows = storedRows(typedBase.db(), typed);
    CHECK(typedRows.contains(s(u"companies[0].name = \"ООО «Север»\"")));
    CHECK(typedRows.contains(s(u"companies[0].inn = \"7707083893\"")));
    CHECK(typedRows.contains(s(u"companies[0].city = \"Тверь\"")));
    CHECK(typedRows.contains(s(u"companies[0].address = \"пр-т Мира, 12\"")));
    CHECK(typedRows.contains(s(u"companies[0].industry = NULL")));
    CHECK(typedRows.contains(s(u"companies[0].source = \"Справочник 2025\"")));
    CHECK(typedRows.contains(s(u"contacts[0].full_name = \"Петров Иван\"")));
    CHECK(typedRows.contains(s(u"contacts[0].position = \"Директор\"")));
    // A note keeps its lines, each tidied; blank lines at its ends go.
    CHECK(typedRows.contains(s(u"contacts[0].note = \"Звонить утром\n\nне в пятницу\"")));
    CHECK(typedRows.contains(s(u"phones[0].raw = \"+7 (482) 250-10-20 доб. 7\"")));
    CHECK(typedRows.contains(s(u"phones[1].raw = \"звонить секретарю\"")));
    CHECK(typedRows.contains(s(u"emails[0].address = \"sever@example.ru\"")));
    CHECK(storedRows(bulkBase.db(), record.company.id) == typedRows);
}

TEST_CASE("Both writers refuse a company whose name is only spaces and invisible characters", "[storage][writer]")
{
    TestDatabase base;
    Company company;
    company.name = s(u" \u200B\u00A0\t");
    CHECK_THROWS_AS(CompanyRepository(base.context()).create(company), StorageError);

    CompanyRecord record;
    record.company = company;
    WriteTransaction transaction(base.db());
    CompanyBulkWriter writer(base.context());
    CHECK_THROWS_AS(writer.insert(record), StorageError);
}

TEST_CASE("A card's save that differs only in spaces writes nothing", "[storage][writer]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    const CompanyRecord stored = records.save({}, messyRecord());
    CompanyRecord edited = stored;
    edited.company.name = s(u"ООО  «Север»");
    edited.contacts[0].fullName = s(u"Петров\u00A0Иван");
    const CompanyRecord saved = records.save(stored, edited);
    CHECK(saved.company.version == stored.company.version);
    CHECK(saved.contacts.at(0).version == stored.contacts.at(0).version);
}
