#pragma once

#include <QString>

namespace voronka::test {

// Faults of the disk or share under a folder, injected below SQLite: a VFS registered as SQLite's default wraps the
// real one and fails the calls for files under the folder the way a real disk or share fails them. Every connection
// opened after the first FaultyDisk goes through it (open the base after constructing one, or reopen it); files
// elsewhere, and every file once the FaultyDisk is gone, are passed through untouched. One at a time.
class FaultyDisk
{
public:
    enum class Fault {
        None,
        Full, // every write and growth fails with SQLITE_FULL, as on a disk with no space left
        ReadOnly, // files cannot be created or written (SQLITE_CANTOPEN, SQLITE_READONLY): a share remounted read-only
        Vanished, // every open, read and write fails with an I/O error: the share disconnected
        ShortWrite, // the next write lands half and fails with SQLITE_IOERR_WRITE (a torn network write); then all
                    // writes work again
    };

    explicit FaultyDisk(const QString &folder, Fault fault = Fault::None);
    ~FaultyDisk();
    FaultyDisk(const FaultyDisk &) = delete;
    FaultyDisk &operator=(const FaultyDisk &) = delete;

    void setFault(Fault fault);
    // How many calls the fault has failed so far (to prove a test really went through it).
    int failures() const;

    // Watches the locks on one file under the folder (opened through the disk): mostReadsUnderOneLock() is the most
    // reads of it that one connection made while holding its lock without letting go, about the pages read. Every
    // such read keeps colleagues' commits waiting on a shared file; a copy in steps lets go between them.
    void watchReadLocks(const QString &path);
    int mostReadsUnderOneLock() const;
};

} // namespace voronka::test
