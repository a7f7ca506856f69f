#include "BadFiles.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <stdexcept>

namespace voronka::test {

void writeTextFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        throw std::runtime_error("cannot write test file");
}

void writeForeignSqlite(const QString &path)
{
    const QString name = QStringLiteral("foreign-sqlite");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        if (!other.open())
            throw std::runtime_error("cannot create foreign SQLite file");
        QSqlQuery query(other);
        query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
        query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('not a CRM')"));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {
void fillSettings(const QString &basePath)
{
    auto db = Database::open(basePath);
    WriteTransaction transaction(*db);
    for (int i = 0; i < 2000; ++i)
        SqlStatement::run(db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                          {QStringLiteral("key%1").arg(i), QString(200, QLatin1Char('x'))});
    transaction.commit();
}
} // namespace

void fillAndTruncate(const QString &basePath)
{
    fillSettings(basePath);
    QFile file(basePath);
    if (!file.resize(file.size() / 2))
        throw std::runtime_error("cannot truncate test base");
}

void fillAndScramble(const QString &basePath)
{
    fillSettings(basePath);
    QFile file(basePath);
    if (!file.open(QIODevice::ReadWrite))
        throw std::runtime_error("cannot open test base");
    const qint64 quarter = file.size() / 4;
    if (!file.seek(file.size() - quarter) || file.write(QByteArray(quarter, '\x5a')) != quarter)
        throw std::runtime_error("cannot scramble test base");
}

void fillAndDamageSpareTable(const QString &basePath)
{
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        auto db = Database::open(basePath);
        WriteTransaction transaction(*db);
        SqlStatement::run(db->connection(),
                          QStringLiteral("CREATE TABLE spare_pages (id INTEGER PRIMARY KEY, filler TEXT)"));
        for (int i = 0; i < 400; ++i)
            SqlStatement::run(db->connection(), QStringLiteral("INSERT INTO spare_pages (filler) VALUES (?)"),
                              {QString(500, QLatin1Char('y'))});
        transaction.commit();
        rootPage = SqlStatement::scalar(db->connection(),
                                        QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'spare_pages'"))
                       .toLongLong();
        pageSize = SqlStatement::scalar(db->connection(), QStringLiteral("PRAGMA page_size")).toLongLong();
    }
    QFile file(basePath);
    if (rootPage < 2 || !file.open(QIODevice::ReadWrite) || !file.seek((rootPage - 1) * pageSize)
        || file.write(QByteArray(int(pageSize), '\x5a')) != pageSize)
        throw std::runtime_error("cannot damage test base");
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace voronka::test
