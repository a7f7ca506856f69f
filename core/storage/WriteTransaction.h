#pragma once

namespace voronka {

class Database;

// A write transaction: BEGIN IMMEDIATE at the outermost level (so two writers never deadlock upgrading a
// read lock), a SAVEPOINT when nested. Rolls back unless commit() was called.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Throws StorageError; at the outermost level a busy COMMIT is retried with backoff first.
    void commit();

private:
    void rollback() noexcept;

    Database &m_db;
    int m_level = 0;
    bool m_finished = false;
};

} // namespace voronka
