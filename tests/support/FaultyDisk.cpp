#include "FaultyDisk.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

// Built like SQLite's own test VFSes (src/test_devsym.c): our file object comes first and the real VFS's file object
// follows it in the same allocation; every method forwards to the real one unless the armed fault says otherwise.

namespace voronka::test {

namespace {
struct State
{
    QMutex mutex;
    QByteArray folder; // UTF-8, ends with '/'
    FaultyDisk::Fault fault = FaultyDisk::Fault::None;
    int failures = 0;
    bool active = false;
    QByteArray watched; // the file whose read locks are watched (UTF-8); empty: none
    int mostReadsUnderOneLock = 0;
};

State &state()
{
    static State instance;
    return instance;
}

sqlite3_vfs *realVfs = nullptr;

// The fault that applies to a file path now (None outside the folder).
FaultyDisk::Fault faultFor(const char *path)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.active || !path || s.fault == FaultyDisk::Fault::None)
        return FaultyDisk::Fault::None;
    return std::strncmp(path, s.folder.constData(), size_t(s.folder.size())) == 0 ? s.fault : FaultyDisk::Fault::None;
}

int fail(int code)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    ++s.failures;
    return code;
}

// The one-shot short write is used up by the write it tears.
bool takeShortWrite()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.fault != FaultyDisk::Fault::ShortWrite)
        return false;
    s.fault = FaultyDisk::Fault::None;
    ++s.failures;
    return true;
}

struct FaultyFile
{
    sqlite3_file base;
    sqlite3_file *real;
    char path[1024];
    int lockLevel; // SQLITE_LOCK_NONE ... EXCLUSIVE, as this handle holds it now
    int readsUnderLock; // reads since this handle last went from no lock to a lock
};

// A read of the watched file while its handle holds a lock: one more page read that colleagues' commits wait for.
void countRead(FaultyFile *file)
{
    if (file->lockLevel == SQLITE_LOCK_NONE)
        return;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.active || s.watched.isEmpty() || s.watched != file->path)
        return;
    ++file->readsUnderLock;
    s.mostReadsUnderOneLock = std::max(s.mostReadsUnderOneLock, file->readsUnderLock);
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FaultyFile *>(file)->real;
}

FaultyDisk::Fault faultOf(sqlite3_file *file)
{
    return faultFor(reinterpret_cast<FaultyFile *>(file)->path);
}

int fileClose(sqlite3_file *file)
{
    return real(file)->pMethods->xClose(real(file));
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (faultOf(file) == FaultyDisk::Fault::Vanished)
        return fail(SQLITE_IOERR_READ);
    countRead(reinterpret_cast<FaultyFile *>(file));
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    switch (faultOf(file)) {
    case FaultyDisk::Fault::Full:
        return fail(SQLITE_FULL);
    case FaultyDisk::Fault::ReadOnly:
        return fail(SQLITE_READONLY);
    case FaultyDisk::Fault::Vanished:
        return fail(SQLITE_IOERR_WRITE);
    case FaultyDisk::Fault::ShortWrite:
        if (takeShortWrite()) {
            real(file)->pMethods->xWrite(real(file), buffer, amount / 2, offset);
            return SQLITE_IOERR_WRITE;
        }
        break;
    case FaultyDisk::Fault::None:
        break;
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    switch (faultOf(file)) {
    case FaultyDisk::Fault::ReadOnly:
        return fail(SQLITE_READONLY);
    case FaultyDisk::Fault::Vanished:
        return fail(SQLITE_IOERR_TRUNCATE);
    default:
        return real(file)->pMethods->xTruncate(real(file), size);
    }
}

int fileSync(sqlite3_file *file, int flags)
{
    if (faultOf(file) == FaultyDisk::Fault::Vanished)
        return fail(SQLITE_IOERR_FSYNC);
    return real(file)->pMethods->xSync(real(file), flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    if (faultOf(file) == FaultyDisk::Fault::Vanished)
        return fail(SQLITE_IOERR_FSTAT);
    return real(file)->pMethods->xFileSize(real(file), size);
}

int fileLock(sqlite3_file *file, int level)
{
    const int result = real(file)->pMethods->xLock(real(file), level);
    auto *faulty = reinterpret_cast<FaultyFile *>(file);
    if (result == SQLITE_OK) {
        if (faulty->lockLevel == SQLITE_LOCK_NONE)
            faulty->readsUnderLock = 0;
        faulty->lockLevel = std::max(faulty->lockLevel, level);
    }
    return result;
}

int fileUnlock(sqlite3_file *file, int level)
{
    const int result = real(file)->pMethods->xUnlock(real(file), level);
    if (result == SQLITE_OK)
        reinterpret_cast<FaultyFile *>(file)->lockLevel = level;
    return result;
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int fileControl(sqlite3_file *file, int op, void *argument)
{
    // SQLite grows a file ahead of writing (SQLITE_FCNTL_SIZE_HINT): on a full disk that fails too.
    if (op == SQLITE_FCNTL_SIZE_HINT && faultOf(file) == FaultyDisk::Fault::Full)
        return fail(SQLITE_FULL);
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **memory)
{
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, memory);
}

int fileShmLock(sqlite3_file *file, int offset, int count, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, count, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    // No memory-mapped reads: every read has to pass fileRead so that a fault can fail it.
    (void)file;
    (void)offset;
    (void)amount;
    *pointer = nullptr;
    return SQLITE_OK;
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

const sqlite3_io_methods faultyMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *faulty = reinterpret_cast<FaultyFile *>(file);
    faulty->base.pMethods = nullptr;
    faulty->real = reinterpret_cast<sqlite3_file *>(faulty + 1);
    faulty->path[0] = '\0';
    faulty->lockLevel = SQLITE_LOCK_NONE;
    faulty->readsUnderLock = 0;
    if (name) {
        std::strncpy(faulty->path, name, sizeof faulty->path - 1);
        faulty->path[sizeof faulty->path - 1] = '\0';
    }
    const FaultyDisk::Fault fault = faultFor(name);
    if (fault == FaultyDisk::Fault::Vanished)
        return fail(SQLITE_CANTOPEN);
    if (fault == FaultyDisk::Fault::ReadOnly && (flags & (SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE)))
        return fail(SQLITE_CANTOPEN);
    const int result = realVfs->xOpen(realVfs, name, faulty->real, flags, outFlags);
    if (faulty->real->pMethods)
        faulty->base.pMethods = &faultyMethods;
    return result;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    const FaultyDisk::Fault fault = faultFor(name);
    if (fault == FaultyDisk::Fault::ReadOnly || fault == FaultyDisk::Fault::Vanished)
        return fail(SQLITE_IOERR_DELETE);
    return realVfs->xDelete(realVfs, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    if (faultFor(name) == FaultyDisk::Fault::Vanished)
        return fail(SQLITE_IOERR_ACCESS);
    return realVfs->xAccess(realVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    realVfs->xDlError(realVfs, size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *library, const char *symbol))(void)
{
    return realVfs->xDlSym(realVfs, library, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *library)
{
    realVfs->xDlClose(realVfs, library);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xRandomness(realVfs, size, out);
}

int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return realVfs->xCurrentTime(realVfs, now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *message)
{
    return realVfs->xGetLastError(realVfs, size, message);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return realVfs->xCurrentTimeInt64(realVfs, now);
}

sqlite3_vfs faultyVfs;

// Registers the shim as the default VFS once per process; it stays (passing everything through) after the last
// FaultyDisk, since connections opened through it may still be open.
void install()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs)
        throw std::runtime_error("SQLite has no default VFS");
    faultyVfs.iVersion = 2;
    faultyVfs.szOsFile = int(sizeof(FaultyFile)) + realVfs->szOsFile;
    faultyVfs.mxPathname = realVfs->mxPathname;
    faultyVfs.zName = "voronka-faulty-disk";
    faultyVfs.xOpen = vfsOpen;
    faultyVfs.xDelete = vfsDelete;
    faultyVfs.xAccess = vfsAccess;
    faultyVfs.xFullPathname = vfsFullPathname;
    faultyVfs.xDlOpen = vfsDlOpen;
    faultyVfs.xDlError = vfsDlError;
    faultyVfs.xDlSym = vfsDlSym;
    faultyVfs.xDlClose = vfsDlClose;
    faultyVfs.xRandomness = vfsRandomness;
    faultyVfs.xSleep = vfsSleep;
    faultyVfs.xCurrentTime = vfsCurrentTime;
    faultyVfs.xGetLastError = vfsGetLastError;
    faultyVfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    if (sqlite3_vfs_register(&faultyVfs, 1) != SQLITE_OK)
        throw std::runtime_error("cannot register the faulty-disk VFS");
}
} // namespace

FaultyDisk::FaultyDisk(const QString &folder, Fault fault)
{
    install();
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.active)
        throw std::logic_error("only one FaultyDisk at a time");
    // SQLite hands the VFS absolute paths as the file system spells them.
    const QString absolute = QFileInfo(folder).canonicalFilePath();
    if (absolute.isEmpty())
        throw std::runtime_error("the faulty disk's folder must exist");
    s.folder = absolute.toUtf8() + '/';
    s.fault = fault;
    s.failures = 0;
    s.active = true;
}

FaultyDisk::~FaultyDisk()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.active = false;
    s.fault = Fault::None;
    s.watched.clear();
}

void FaultyDisk::setFault(Fault fault)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.fault = fault;
}

int FaultyDisk::failures() const
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.failures;
}

void FaultyDisk::watchReadLocks(const QString &path)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.watched = QFileInfo(path).canonicalFilePath().toUtf8();
    s.mostReadsUnderOneLock = 0;
}

int FaultyDisk::mostReadsUnderOneLock() const
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.mostReadsUnderOneLock;
}

} // namespace voronka::test
