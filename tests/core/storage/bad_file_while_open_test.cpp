// What happens to an open base when the file changes under it: the share turns read-only, the file is deleted
// or cut short, the disk fills up. Voronka must refuse the write with a StorageError a person can read, keep
// what was stored before, and never acknowledge a write that did not land.
#include "storage/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "support/BadFiles.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <unistd.h>

#include <memory>
#include <optional>

using namespace voronka;
using namespace voronka::test;

namespace {
// A mount made by the test and undone when it ends; mounting needs root with CAP_SYS_ADMIN, which a container
// may not grant, so every test that uses one says how it falls back.
class ScopedMount
{
public:
    // tmpfs of the given size on folder.
    static std::unique_ptr<ScopedMount> tmpfs(const QString &folder, qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) != 0)
            return nullptr;
        return std::unique_ptr<ScopedMount>(new ScopedMount(folder));
    }
    // folder over itself, read-only: files opened before stay open, new ones (a journal) cannot be created.
    static std::unique_ptr<ScopedMount> readOnlyBind(const QString &folder)
    {
        const QByteArray path = QFile::encodeName(folder);
        if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0)
            return nullptr;
        std::unique_ptr<ScopedMount> bound(new ScopedMount(folder));
        if (::mount(nullptr, path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0)
            return nullptr;
        return bound;
    }

    ScopedMount(const ScopedMount &) = delete;
    ScopedMount &operator=(const ScopedMount &) = delete;
    ~ScopedMount() { unmount(); }

    void unmount()
    {
        if (!m_folder.isEmpty())
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
        m_folder.clear();
    }

private:
    explicit ScopedMount(QString folder)
        : m_folder(std::move(folder))
    {
    }
    QString m_folder;
};

qint64 companyCount(Database &db)
{
    return SqlStatement::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM companies")).toLongLong();
}

// Tries to store a company; the error when it is refused.
std::optional<StorageError> tryCreate(TestDatabase &base, const QString &name)
{
    try {
        Company company = makeCompany(name, QStringLiteral("Moscow"));
        CompanyRepository(base.context()).create(company);
    } catch (const StorageError &error) {
        return error;
    }
    return std::nullopt;
}
} // namespace

TEST_CASE("A base whose folder turns read-only while open refuses writes and keeps its rows",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    REQUIRE_FALSE(tryCreate(base, QStringLiteral("Before")));

    // A share remounted read-only: as root (CI) a read-only bind mount, since root writes through any chmod;
    // otherwise the folder and the file lose their write bits, which stops the journal being created the same way.
    std::unique_ptr<ScopedMount> readOnly;
    if (::geteuid() == 0) {
        readOnly = ScopedMount::readOnlyBind(base.dir());
        if (!readOnly) {
            WARN("skipped: running as root without the right to mount, and chmod does not stop root");
            return;
        }
    } else {
        QFile::setPermissions(base.path(), QFile::ReadOwner);
        QFile::setPermissions(base.dir(), QFile::ReadOwner | QFile::ExeOwner);
    }

    const auto refused = tryCreate(base, QStringLiteral("While read-only"));
    REQUIRE(refused);
    INFO(refused->message().toStdString());
    CHECK((refused->kind() == StorageError::Kind::ReadOnly || refused->kind() == StorageError::Kind::PermissionDenied));
    CHECK(refused->message().contains(QStringLiteral("read-only")));
    CHECK(companyCount(base.db()) == 1);
    CHECK(base.db().transactionDepth() == 0);

    if (readOnly) {
        readOnly->unmount();
    } else {
        QFile::setPermissions(base.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner);
    }
    // Writable again: the same open base takes the write the user retries.
    CHECK_FALSE(tryCreate(base, QStringLiteral("After")));
    base.reopen();
    CHECK(companyCount(base.db()) == 2);
}

TEST_CASE("A base deleted while open refuses writes instead of writing into the deleted file",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    REQUIRE_FALSE(tryCreate(base, QStringLiteral("Before")));
    REQUIRE(QFile::remove(base.path()));

    // On POSIX the open handle still reaches the deleted file: a write that succeeded would be acknowledged and
    // then vanish with the last handle. SQLite notices the file has gone and refuses.
    const auto refused = tryCreate(base, QStringLiteral("Into the void"));
    REQUIRE(refused);
    INFO(refused->message().toStdString());
    CHECK(refused->kind() == StorageError::Kind::ReadOnly);
    CHECK(refused->message().contains(QStringLiteral("moved or deleted")));
    CHECK(base.db().transactionDepth() == 0);
    CHECK_FALSE(QFile::exists(base.path()));
}

TEST_CASE("A base cut short while open reports damage instead of reading or writing garbage",
          "[storage][database][bad-input]")
{
    TestDatabase base;
    for (int i = 0; i < 300; ++i)
        REQUIRE_FALSE(tryCreate(base, QStringLiteral("Company %1 ").arg(i) + QString(1000, QLatin1Char('x'))));
    base.reopen(); // nothing of the table in this connection's cache
    QFile file(base.path());
    REQUIRE(file.resize(file.size() / 2)); // another program, or a copy over the share stopped half-way

    std::optional<StorageError> read;
    try {
        SqlStatement names(base.db().connection(), QStringLiteral("SELECT name FROM companies"));
        names.exec();
        while (names.next()) { }
    } catch (const StorageError &error) {
        read = error;
    }
    REQUIRE(read);
    INFO(read->message().toStdString());
    CHECK(read->kind() == StorageError::Kind::Damaged);
    CHECK(read->message().startsWith(QStringLiteral("The base file is damaged. Restore the latest good backup.")));
    const auto written = tryCreate(base, QStringLiteral("On a cut file"));
    REQUIRE(written);
    INFO(written->message().toStdString());
    CHECK(written->kind() == StorageError::Kind::Damaged);
    CHECK(base.db().transactionDepth() == 0);
}

TEST_CASE("A full disk refuses the write that does not fit and keeps every row stored before",
          "[storage][database][bad-input]")
{
    QTemporaryDir mountPoint;
    // A small tmpfs where the machine allows mounting; elsewhere the same SQLITE_FULL comes from a page limit on
    // the file (PRAGMA max_page_count), which SQLite reports exactly as it reports a full disk.
    auto disk = ScopedMount::tmpfs(mountPoint.path(), 2 * 1024 * 1024);
    const QString path = QDir(mountPoint.path()).filePath(QStringLiteral("full.voronka"));
    FakeClock clock;
    std::unique_ptr<Database> db = Database::open(path);
    if (!disk) {
        WARN("no tmpfs (mounting is not allowed here): the disk fills through PRAGMA max_page_count");
        const qint64 pages = SqlStatement::scalar(db->connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
        SqlStatement::scalar(db->connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 64));
    }
    DataContext context{*db, clock, 1};

    qint64 stored = 0;
    std::optional<StorageError> full;
    const QString filler(4000, QLatin1Char('x'));
    for (int i = 0; i < 100000 && !full; ++i) {
        try {
            Company company = makeCompany(QStringLiteral("Company %1").arg(i), QStringLiteral("Moscow"));
            company.address = filler;
            CompanyRepository(context).create(company);
            ++stored;
        } catch (const StorageError &error) {
            full = error;
        }
    }
    REQUIRE(full);
    INFO(full->message().toStdString());
    CHECK(full->kind() == StorageError::Kind::DiskFull);
    CHECK(full->message().startsWith(QStringLiteral("The change was not saved: the disk holding the base is full.")));
    CHECK(stored > 0);
    CHECK(db->transactionDepth() == 0);
    CHECK(companyCount(*db) == stored);
    CHECK(SqlStatement::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
}
