#include "domain/CompanyRecord.h"
#include "import/EmailAddress.h"
#include "import/ImportService.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/SqlStatement.h"
#include "support/StoredRows.h"
#include "support/TestDatabase.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// The company a person types into the card, with what people paste along: doubled spaces, a no-break space, a
// tab, a zero-width space. The card trims each field, splits the e-mail field, and saves through
// CompanyRecordRepository (CompanyCard::editedRecord, CompanyCard::save).
qint64 typeInCard(TestDatabase &base)
{
    CompanyRecord record;
    Company &company = record.company;
    company.name = s(u"  ООО   «Ромашка»\u200B ").trimmed();
    company.inn = QStringLiteral("7707083893");
    company.city = s(u"Нижний\u00A0Новгород").trimmed();
    company.address = s(u"ул.  Ленина,\t 1 ").trimmed();
    company.website = QStringLiteral("romashka.example");
    company.industry = s(u"Оптовая   торговля").trimmed();
    company.source = s(u"Выставка  2026").trimmed();
    Contact contact;
    contact.fullName = s(u"Иванова   Ольга").trimmed();
    contact.position = s(u"Главный\u00A0\u00A0бухгалтер").trimmed();
    record.contacts.append(contact);
    Phone phone;
    phone.raw = s(u"8 (831)  200-10-20").trimmed();
    phone.kind = PhoneKind::Work;
    record.phones.append(phone);
    for (const QString &address : EmailAddress::splitCell(s(u" Info@Romashka.Example ")))
        record.emails.append(Email{0, 0, 0, address, 0});
    return CompanyRecordRepository(base.context()).save({}, record).company.id;
}

// The same company in a cold list, as messy as lists come.
qint64 importFromList(TestDatabase &base)
{
    const QString list = s(u"Компания;ИНН;Город;Адрес;Сайт;Вид деятельности;Контактное лицо;Должность;Телефон;Email\r\n"
                           u"\"  ООО   «Ромашка»\u200B \";7707083893;Нижний\u00A0Новгород;\"ул.  Ленина,\t 1 \";"
                           u"romashka.example;Оптовая   торговля;Иванова   Ольга;Главный\u00A0\u00A0бухгалтер;"
                           u"8 (831)  200-10-20; Info@Romashka.Example \r\n");
    QBuffer buffer;
    buffer.setData(list.toUtf8());
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("list.csv");
    // The tag becomes the companies' source as the collector typed it in the wizard.
    options.tag = s(u"Выставка  2026");
    const ImportResult result = ImportService(base.context()).run(&buffer, options);
    REQUIRE(result.imported == 1);
    return SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT max(id) FROM companies")).toLongLong();
}
} // namespace

TEST_CASE("A company imported from a list is stored as the same company typed in the card", "[import][writer]")
{
    TestDatabase typedBase;
    TestDatabase importedBase;
    const QStringList typed = storedRows(typedBase.db(), typeInCard(typedBase));
    const QStringList imported = storedRows(importedBase.db(), importFromList(importedBase));

    // Each table took part, and every column of it is compared.
    for (const char *table : {"companies[0].name", "contacts[0].full_name", "phones[0].raw", "emails[0].address",
                              "company_search[0].text"}) {
        INFO(table);
        CHECK(typed.filter(QString::fromLatin1(table)).size() == 1);
    }
    CHECK(typed.contains(s(u"companies[0].name = \"ООО «Ромашка»\"")));
    CHECK(typed.contains(s(u"companies[0].address = \"ул. Ленина, 1\"")));
    CHECK(typed.contains(s(u"contacts[0].full_name = \"Иванова Ольга\"")));
    CHECK(typed.contains(s(u"phones[0].raw = \"8 (831) 200-10-20\"")));
    CHECK(typed == imported);
}
