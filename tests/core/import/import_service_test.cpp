#include "import/ImportError.h"
#include "import/ImportReport.h"
#include "import/ImportService.h"
#include "storage/AuditLog.h"
#include "storage/CallQueueQuery.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(VORONKA_FIXTURES "/") + name;
}

QJsonObject expectedOf(const QString &caseName)
{
    QFile file(fixture(caseName + QStringLiteral("/expected.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

ImportResult importBytes(TestDatabase &base, const QByteArray &bytes, ImportOptions options = {},
                         ImportReport *report = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    if (options.fileName.isEmpty())
        options.fileName = QStringLiteral("test.csv");
    return ImportService(base.context()).run(&buffer, options, report);
}

ImportResult importFile(TestDatabase &base, const QString &path, ImportOptions options = {},
                        ImportReport *report = nullptr)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return ImportService(base.context()).run(&file, options, report);
}

qint64 count(TestDatabase &base, const char *table)
{
    return SqlStatement::scalar(base.db().connection(),
                                QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table))
        .toLongLong();
}

// Everything an import can change, as text, to prove that a failed or undone import left the base as it was.
QString snapshot(TestDatabase &base)
{
    QStringList lines;
    for (const char *sql :
         {"SELECT id, name, inn, city, address, website, industry, version FROM companies ORDER BY id",
          "SELECT id, company_id, full_name, position FROM contacts ORDER BY id",
          "SELECT id, company_id, raw, e164 FROM phones ORDER BY id",
          "SELECT id, company_id, address FROM emails ORDER BY id",
          "SELECT id, company_id, note FROM activities ORDER BY id",
          "SELECT rowid, text FROM company_search ORDER BY rowid",
          "SELECT company_id, text FROM search_backlog ORDER BY company_id"}) {
        SqlStatement select(base.db().connection(), QString::fromLatin1(sql));
        select.exec();
        while (select.next()) {
            QStringList cells;
            for (int i = 0; i < 8 && select.value(i).isValid(); ++i)
                cells.append(select.value(i).toString());
            lines.append(cells.join(QLatin1Char('|')));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// A file that breaks off mid-read, as one on a share that was disconnected or a USB stick pulled out.
class VanishingDevice : public QIODevice
{
public:
    VanishingDevice(QByteArray data, qint64 failAt)
        : m_data(std::move(data))
        , m_failAt(failAt)
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 size = std::min({maxSize, m_failAt - m_position, qint64(m_data.size()) - m_position});
        memcpy(data, m_data.constData() + m_position, size_t(size));
        m_position += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failAt;
    qint64 m_position = 0;
};

} // namespace

TEST_CASE("Golden import cases land as expected", "[import][golden]")
{
    const QStringList cases = QDir(QStringLiteral(VORONKA_FIXTURES))
                                  .entryList({QStringLiteral("import-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(cases.size() >= 3);
    for (const QString &caseName : cases) {
        DYNAMIC_SECTION(caseName.toStdString())
        {
            TestDatabase base;
            const QJsonObject expected = expectedOf(caseName);
            MemoryImportReport report;
            const ImportResult result = importFile(base, fixture(caseName + QStringLiteral("/input.csv")), {}, &report);

            CHECK(result.encoding == expected.value(QStringLiteral("encoding")).toString());
            const QString delimiter = result.delimiter == u'\t' ? QStringLiteral("tab") : QString(result.delimiter);
            CHECK(delimiter == expected.value(QStringLiteral("delimiter")).toString());
            CHECK(result.headerFound == expected.value(QStringLiteral("header")).toBool());
            CHECK(result.rows == expected.value(QStringLiteral("rows")).toInt());
            CHECK(result.imported == expected.value(QStringLiteral("imported")).toInt());
            CHECK(result.duplicates() == expected.value(QStringLiteral("duplicates")).toInt());
            CHECK(result.rejected == expected.value(QStringLiteral("rejected")).toInt());
            CHECK(result.rows == result.imported + result.duplicates() + result.rejected);

            QStringList reported;
            for (const auto &entry : report.entries())
                reported.append(QStringLiteral("%1 %2").arg(entry.line).arg(ImportReport::statusKey(entry.status)));
            QStringList expectedReport;
            for (const auto &entry : expected.value(QStringLiteral("report")).toArray()) {
                const QJsonObject object = entry.toObject();
                expectedReport.append(QStringLiteral("%1 %2")
                                          .arg(object.value(QStringLiteral("line")).toInt())
                                          .arg(object.value(QStringLiteral("status")).toString()));
            }
            CHECK(reported == expectedReport);

            const QJsonArray companies = expected.value(QStringLiteral("companies")).toArray();
            CHECK(count(base, "companies") == companies.size());
            CompanyRecordRepository records(base.context());
            for (const auto &each : companies) {
                const QJsonObject want = each.toObject();
                const QString name = want.value(QStringLiteral("name")).toString();
                INFO(name.toStdString());
                const QVariant id = SqlStatement::scalar(
                    base.db().connection(), QStringLiteral("SELECT id FROM companies WHERE name = ?"), {name});
                REQUIRE(id.isValid());
                const CompanyRecord record = *records.load(id.toLongLong());
                CHECK(record.company.city == want.value(QStringLiteral("city")).toString());
                CHECK(record.company.inn == want.value(QStringLiteral("inn")).toString());
                QStringList phones;
                for (const Phone &phone : record.phones)
                    phones.append(phone.isValid() ? phone.e164 : phone.raw);
                QStringList wantPhones;
                for (const auto &phone : want.value(QStringLiteral("phones")).toArray())
                    wantPhones.append(phone.toString());
                CHECK(phones == wantPhones);
                QStringList emails;
                for (const Email &email : record.emails)
                    emails.append(email.address);
                QStringList wantEmails;
                for (const auto &email : want.value(QStringLiteral("emails")).toArray())
                    wantEmails.append(email.toString());
                CHECK(emails == wantEmails);
                QStringList contacts;
                for (const Contact &contact : record.contacts)
                    contacts.append(contact.fullName);
                QStringList wantContacts;
                for (const auto &contact : want.value(QStringLiteral("contacts")).toArray())
                    wantContacts.append(contact.toString());
                CHECK(contacts == wantContacts);
            }
            const QJsonObject notes = expected.value(QStringLiteral("notes")).toObject();
            for (auto it = notes.begin(); it != notes.end(); ++it) {
                const QVariant note = SqlStatement::scalar(
                    base.db().connection(),
                    QStringLiteral("SELECT a.note FROM activities a JOIN companies c ON c.id = a.company_id "
                                   "WHERE c.name = ?"),
                    {it.key()});
                CHECK(note.toString() == it.value().toString());
            }
        }
    }
}

TEST_CASE("An imported batch is recorded and can be undone exactly", "[import][undo]")
{
    TestDatabase base;
    Company existing = makeCompany(QStringLiteral("ООО Ромашка"), QStringLiteral("Москва"));
    CompanyRepository(base.context()).create(existing);
    const QString before = snapshot(base);

    ImportOptions options;
    options.duplicates = DuplicatePolicy::Merge;
    options.fileName = QStringLiteral("list.csv");
    // The second row has the first one's phone: it merges into the company the first row creates.
    const QByteArray list = QStringLiteral("Компания;Телефон;ИНН;Город;Email\n"
                                           "Новая Компания;8 495 111 22 33;7707083893;Тверь;new@firm.ru\n"
                                           "Дубль Новой;8 495 111 22 33;;Казань;other@firm.ru\n")
                                .toUtf8();
    const ImportResult result = importBytes(base, list, options);
    CHECK(result.imported == 1);
    CHECK(result.merged == 1);
    CHECK(count(base, "emails") == 2);

    const auto batch = ImportBatchRepository(base.context()).find(result.batchId);
    REQUIRE(batch);
    CHECK(batch->fileName == QStringLiteral("list.csv"));
    CHECK(batch->rowsRead == 2);
    CHECK(batch->imported == 1);
    CHECK(batch->merged == 1);
    CHECK(batch->duplicatePolicy == QStringLiteral("merge"));
    CHECK(batch->finishedAt.isValid());

    const ImportUndoSummary summary = ImportBatchRepository(base.context()).undo(result.batchId);
    CHECK(summary.companiesRemoved == 1);
    CHECK(snapshot(base) == before);
    CHECK(ImportBatchRepository(base.context()).find(result.batchId)->undoneAt.isValid());
    CHECK_THROWS_AS(ImportBatchRepository(base.context()).undo(result.batchId), StorageError);
}

TEST_CASE("Undo restores what a merge changed in a company that was already there", "[import][undo][merge]")
{
    TestDatabase base;
    CompanyRecordRepository records(base.context());
    CompanyRecord stored;
    stored.company = makeCompany(QStringLiteral("АО Меридиан"));
    Phone phone;
    phone.raw = QStringLiteral("8 846 200 10 20");
    stored.phones.append(phone);
    stored = records.save({}, stored);
    const QString before = snapshot(base);

    ImportOptions options;
    options.duplicates = DuplicatePolicy::Merge;
    const QByteArray list = QStringLiteral("Компания;Телефон;Город;Сайт;Контактное лицо;Email;Комментарий\n"
                                           "Меридиан;+7 846 200-10-20, 8 917 000 11 22;Самара;meridian.ru;"
                                           "Орлова Ирина;boss@meridian.ru;перезвонить\n")
                                .toUtf8();
    const ImportResult result = importBytes(base, list, options);
    CHECK(result.merged == 1);
    CHECK(result.imported == 0);
    CompanyRecord merged = *records.load(stored.company.id);
    CHECK(merged.company.name == QStringLiteral("АО Меридиан")); // never overwritten
    CHECK(merged.company.city == QStringLiteral("Самара"));
    CHECK(merged.company.region == QStringLiteral("Самарская область")); // the city's, filled like the city
    CHECK(merged.company.website == QStringLiteral("meridian.ru"));
    CHECK(merged.phones.size() == 2);
    CHECK(merged.contacts.size() == 1);
    CHECK(merged.emails.size() == 1);
    CHECK(CompanyListQuery(base.db(), {QStringLiteral("89170001122"), std::nullopt, 0}).count() == 1);

    // A person corrects the website after the import; undo must keep that and clear only the city and its region.
    CompanyRecord corrected = merged;
    corrected.company.website = QStringLiteral("meridian-samara.ru");
    records.save(merged, corrected);
    const ImportUndoSummary summary = ImportBatchRepository(base.context()).undo(result.batchId);
    CHECK(summary.companiesRemoved == 0);
    CHECK(summary.fieldsCleared == 2);
    CHECK(summary.fieldsKept == 1);
    const CompanyRecord after = *records.load(stored.company.id);
    CHECK(after.company.city.isEmpty());
    CHECK(after.company.region.isEmpty());
    CHECK(after.company.website == QStringLiteral("meridian-samara.ru"));
    CHECK(after.phones.size() == 1);
    CHECK(after.contacts.isEmpty());
    CHECK(after.emails.isEmpty());
    CHECK(count(base, "activities") == 0);
    CHECK(CompanyListQuery(base.db(), {QStringLiteral("89170001122"), std::nullopt, 0}).count() == 0);
    CHECK(snapshot(base) != before); // the person's website edit stays
}

TEST_CASE("Duplicate policies skip, merge or import", "[import][duplicates]")
{
    const QByteArray list
        = QStringLiteral("Компания;Телефон\nАльфа;8 495 000 00 01\nАльфа копия;+7 495 000-00-01\n").toUtf8();
    for (const auto &[policy, imported, merged, skipped] :
         {std::tuple{DuplicatePolicy::Skip, 1, 0, 1}, std::tuple{DuplicatePolicy::Merge, 1, 1, 0},
          std::tuple{DuplicatePolicy::Import, 2, 0, 0}}) {
        TestDatabase base;
        ImportOptions options;
        options.duplicates = policy;
        const ImportResult result = importBytes(base, list, options);
        INFO(duplicatePolicyKey(policy).toStdString());
        CHECK(result.imported == imported);
        CHECK(result.merged == merged);
        CHECK(result.skipped == skipped);
        CHECK(count(base, "companies") == imported);
    }
}

TEST_CASE("A list imported without an owner lands unowned and in every caller's queue, in file order",
          "[import][owner][queue]")
{
    TestDatabase base;
    const qint64 collector
        = createUser(base, QStringLiteral("collector"), QStringLiteral("Сборщик"), UserRole::Collector);
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Звонарь"), UserRole::Caller);
    const qint64 colleague = createUser(base, QStringLiteral("caller2"), QStringLiteral("Коллега"), UserRole::Caller);
    const QByteArray list
        = QStringLiteral("Компания;Телефон\nЯблоко;8 495 000 00 01\nАрбуз;8 495 000 00 02\n").toUtf8();
    QBuffer buffer;
    buffer.setData(list);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.fileName = QStringLiteral("collected.csv");
    // ownerId left at 0: not assigned, whoever imports it.
    const ImportResult result = ImportService(base.contextAs(collector)).run(&buffer, options, nullptr);
    REQUIRE(result.imported == 2);
    CHECK(
        SqlStatement::scalar(base.db().connection(),
                             QStringLiteral("SELECT count(*) FROM companies WHERE owner_id IS NULL AND stage = 'cold' "
                                            "AND next_action_at IS NULL"))
            .toInt()
        == 2);
    CHECK(ImportBatchRepository(base.context()).list().first().ownerId == 0);

    for (const qint64 user : {caller, colleague}) {
        QStringList queue;
        for (const CallQueueEntry &entry : CallQueueQuery(base.contextAs(user)).next(user, 10))
            queue.append(entry.name);
        CHECK(queue == QStringList{QStringLiteral("Яблоко"), QStringLiteral("Арбуз")});
    }
}

TEST_CASE("A saved mapping is offered again for the same header", "[import][mapping]")
{
    TestDatabase base;
    const QByteArray list = QStringLiteral("Колонка А;Колонка Б\nАльфа;8 495 000 00 01\n").toUtf8();
    QBuffer first;
    first.setData(list);
    REQUIRE(first.open(QIODevice::ReadOnly));
    ImportOptions options;
    options.hasHeader = true;
    options.mapping = {ImportField::Company, ImportField::Phone};
    ImportService(base.context()).run(&first, options);

    QBuffer second;
    second.setData(list);
    REQUIRE(second.open(QIODevice::ReadOnly));
    ImportOptions fresh;
    fresh.hasHeader = true;
    const ImportPreview preview = ImportService(base.context()).preview(&second, fresh);
    CHECK(preview.mappingRemembered);
    CHECK(preview.mapping == QList<ImportField>{ImportField::Company, ImportField::Phone});
}

TEST_CASE("Files that cannot be imported leave the base exactly as it was", "[import][bad-input]")
{
    TestDatabase base;
    Company existing = makeCompany(QStringLiteral("Старая компания"));
    CompanyRepository(base.context()).create(existing);
    const QString before = snapshot(base);
    const qint64 batchesBefore = count(base, "import_batches");

    const auto failure = [&base](const QByteArray &bytes, ImportOptions options = {}) {
        try {
            importBytes(base, bytes, options);
        } catch (const ImportError &error) {
            return error.kind();
        }
        FAIL("the import ran");
        return ImportError::Kind::Storage;
    };
    CHECK(failure(QByteArray()) == ImportError::Kind::NotText);
    CHECK(failure(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)) == ImportError::Kind::NotText);
    CHECK(failure(QStringLiteral("Компания;Телефон\r\n").toUtf8()) == ImportError::Kind::NoRows);
    CHECK(failure(QStringLiteral("Компания;Телефон\nАльфа;\"8 495 000 00 01\nБета;1\n").toUtf8())
          == ImportError::Kind::Malformed);
    CHECK(failure(QStringLiteral("Колонка;Другая\nабв;где\n").toUtf8()) == ImportError::Kind::NoUsableColumn);
    CHECK(failure(QByteArray("Company;Phone\nA\0B;1\n", 20)) == ImportError::Kind::Malformed);

    CHECK(snapshot(base) == before);
    CHECK(count(base, "import_batches") == batchesBefore);
}

TEST_CASE("A cancelled import writes nothing", "[import][cancel]")
{
    TestDatabase base;
    QByteArray list = QStringLiteral("Компания;Телефон\n").toUtf8();
    for (int i = 0; i < 5000; ++i)
        list += QStringLiteral("Компания %1;8 495 %2\n").arg(i).arg(1000000 + i).toUtf8();
    QBuffer buffer;
    buffer.setData(list);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    int calls = 0;
    try {
        ImportService(base.context()).run(&buffer, {}, nullptr, [&calls](const ImportProgress &progress) {
            ++calls;
            return progress.rows < 3000;
        });
        FAIL("the import was not cancelled");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Cancelled);
    }
    CHECK(calls >= 1);
    CHECK(count(base, "companies") == 0);
    CHECK(count(base, "import_batches") == 0);
}

TEST_CASE("An import into a read-only base is refused whole", "[import][bad-input]")
{
    TestDatabase base;
    base.close();
    QFile::setPermissions(base.path(), QFile::ReadOwner);
    base.reopen();
    const QByteArray list = QStringLiteral("Компания;Телефон\nАльфа;8 495 000 00 01\n").toUtf8();
    try {
        importBytes(base, list);
        FAIL("imported into a read-only base");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Storage);
        CHECK(error.storageKind() == StorageError::Kind::ReadOnly);
    }
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A file that vanishes mid-read imports nothing", "[import][bad-input]")
{
    TestDatabase base;
    QByteArray list = QStringLiteral("Компания;Телефон\n").toUtf8();
    for (int i = 0; i < 20000; ++i)
        list += QStringLiteral("Компания %1;8 495 %2\n").arg(i).arg(1000000 + i).toUtf8();
    VanishingDevice device(list, list.size() / 2);
    REQUIRE(device.open(QIODevice::ReadOnly));
    try {
        ImportService(base.context()).run(&device, {});
        FAIL("the import finished on a broken file");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Unreadable);
    }
    CHECK(count(base, "companies") == 0);
    CHECK(count(base, "import_batches") == 0);
}

TEST_CASE("A base that fills up during an import is left as it was", "[import][bad-input]")
{
    TestDatabase base;
    Company existing = makeCompany(QStringLiteral("Старая компания"));
    CompanyRepository(base.context()).create(existing);
    const QString before = snapshot(base);
    // SQLite's page limit stands in for a full disk: writes past it fail with SQLITE_FULL.
    const qint64 pages = SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
    SqlStatement::scalar(base.db().connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 5));
    QByteArray list = QStringLiteral("Компания;Телефон;Комментарий\n").toUtf8();
    for (int i = 0; i < 3000; ++i)
        list += QStringLiteral("Компания %1;8 495 %2;%3\n").arg(i).arg(1000000 + i).arg(QString(200, u'x')).toUtf8();
    try {
        importBytes(base, list);
        FAIL("the import fitted into five pages");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportError::Kind::Storage);
        // Why the base refused survives the import, for the command line's exit code.
        CHECK(error.storageKind() == StorageError::Kind::DiskFull);
        CHECK(error.message().contains(QStringLiteral("full")));
    }
    CHECK(snapshot(base) == before);
}

TEST_CASE("A duplicate names the company it repeats, with its line when it is in the same file", "[import][duplicates]")
{
    TestDatabase base;
    importBytes(base, QStringLiteral("Компания;Телефон\nООО Ромашка;8 495 123-45-67\n").toUtf8());
    const QByteArray list = QStringLiteral("Компания;Телефон;ИНН\n"
                                           "Альфа;8 495 000 00 01;\n"
                                           "Бета;8 495 000 00 02;7707083893\n"
                                           "Альфа копия;+7 495 000-00-01;\n"
                                           "Ромашка снова;+7 (495) 123-45-67;\n"
                                           "Бета по ИНН;;7707083893\n")
                                .toUtf8();
    MemoryImportReport report;
    ImportOptions options;
    options.duplicates = DuplicatePolicy::Skip;
    const ImportResult result = importBytes(base, list, options, &report);
    CHECK(result.skipped == 3);

    QList<ImportReport::Entry> duplicates;
    for (const ImportReport::Entry &entry : report.entries()) {
        if (entry.status == ImportReport::Status::Duplicate)
            duplicates.append(entry);
    }
    REQUIRE(duplicates.size() == 3);
    for (const ImportReport::Entry &entry : std::as_const(duplicates))
        REQUIRE(entry.duplicateOf.has_value());

    const ImportReport::DuplicateOf &alpha = *duplicates.at(0).duplicateOf;
    CHECK(duplicates.at(0).line == 4);
    CHECK(alpha.key == DuplicateIndex::KeyKind::Phone);
    CHECK(alpha.value == QStringLiteral("+74950000001"));
    CHECK(alpha.companyName == QStringLiteral("Альфа"));
    CHECK(alpha.line == 2);
    CHECK(duplicates.at(0).reason == QStringLiteral("the same phone +74950000001 as «Альфа» (line 2)"));

    const ImportReport::DuplicateOf &romashka = *duplicates.at(1).duplicateOf;
    CHECK(romashka.companyName == QStringLiteral("ООО Ромашка"));
    CHECK(romashka.line == 0);
    CHECK(duplicates.at(1).reason
          == QStringLiteral("the same phone +74951234567 as «ООО Ромашка», already in the base"));

    const ImportReport::DuplicateOf &beta = *duplicates.at(2).duplicateOf;
    CHECK(beta.key == DuplicateIndex::KeyKind::Inn);
    CHECK(beta.companyName == QStringLiteral("Бета"));
    CHECK(beta.line == 3);
    CHECK(duplicates.at(2).reason == QStringLiteral("the same INN 7707083893 as «Бета» (line 3)"));
}

TEST_CASE("An import writes no audit row per company, and the history names the file and who imported it",
          "[import][audit]")
{
    TestDatabase base;
    const qint64 anna = createUser(base, QStringLiteral("anna"), QStringLiteral("Анна Смирнова"), UserRole::Collector);
    const qint64 auditBefore = count(base, "audit_log");

    ImportOptions options;
    options.fileName = QStringLiteral("list.csv");
    QBuffer buffer;
    buffer.setData(QStringLiteral("Компания;Телефон;Город\n"
                                  "ООО Первая;8 495 111 22 33;Тверь\n"
                                  "ООО Вторая;8 495 111 22 44;Казань\n"
                                  "ООО Третья;8 495 111 22 55;Уфа\n")
                       .toUtf8());
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const ImportResult result = ImportService(base.contextAs(anna)).run(&buffer, options, nullptr);
    REQUIRE(result.imported == 3);
    CHECK(count(base, "audit_log") == auditBefore);

    const qint64 second = SqlStatement::scalar(base.db().connection(),
                                               QStringLiteral("SELECT id FROM companies WHERE name = 'ООО Вторая'"))
                              .toLongLong();
    const QList<AuditEntry> entries = AuditLog(base.context()).forCompany(second);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().table == QStringLiteral("companies"));
    CHECK(entries.first().rowId == second);
    CHECK(entries.first().field == QStringLiteral("imported"));
    CHECK(entries.first().newValue == QStringLiteral("list.csv"));
    CHECK(entries.first().userId == anna);
    CHECK(entries.first().userName == QStringLiteral("Анна Смирнова"));
    CHECK(entries.first().changedAt == base.clock().nowUtc());

    // A company typed in afterwards still has its own creation row, and only that.
    Company typed = makeCompany(QStringLiteral("ООО Набранная"));
    CompanyRepository(base.contextAs(anna)).create(typed);
    CHECK(count(base, "audit_log") == auditBefore + 1);
    const QList<AuditEntry> typedEntries = AuditLog(base.context()).forCompany(typed.id);
    REQUIRE(typedEntries.size() == 1);
    CHECK(typedEntries.first().field == QStringLiteral("created"));
    CHECK(typedEntries.first().newValue == QStringLiteral("ООО Набранная"));
    CHECK(typedEntries.first().userId == anna);
}

TEST_CASE("A cancelled import stops reading the file a few batches past where it was cancelled", "[import][cancel]")
{
    TestDatabase base;
    QByteArray list = QStringLiteral("Компания;Телефон;Город\n").toUtf8();
    for (int i = 0; i < 40000; ++i)
        list += QStringLiteral("Компания %1;8 495 %2;Город %1\n").arg(i).arg(1000000 + i).toUtf8();
    QBuffer buffer;
    buffer.setData(list);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CHECK_THROWS_AS(ImportService(base.context())
                        .run(&buffer, {}, nullptr, [](const ImportProgress &progress) { return progress.rows < 2000; }),
                    ImportError);
    // The rows are read on a second thread ahead of the writer; once run() has returned that thread is gone, and it
    // stopped within its bounded lead (8 batches of 512 rows, plus one chunk of the file), not at the end.
    const qint64 readAtReturn = buffer.pos();
    CHECK(readAtReturn < list.size() / 2);
    CHECK(count(base, "companies") == 0);
}

TEST_CASE("A company imported before the batch became its audit entry shows its old creation row only once",
          "[import][audit]")
{
    TestDatabase base;
    const ImportResult result
        = importBytes(base, QStringLiteral("Компания;Телефон\nООО Старая;8 495 111 22 33\n").toUtf8());
    REQUIRE(result.imported == 1);
    const qint64 id
        = SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT id FROM companies")).toLongLong();
    // What the trigger of schema step 9 wrote for every imported company until step 11 removed it.
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("INSERT INTO audit_log (table_name, row_id, company_id, user_id, changed_at, "
                                     "field, new_value) SELECT 'companies', id, id, updated_by, updated_at, 'created', "
                                     "name FROM companies"));
    const QList<AuditEntry> entries = AuditLog(base.context()).forCompany(id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().field == QStringLiteral("created"));
    CHECK(entries.first().newValue == QStringLiteral("ООО Старая"));
}
