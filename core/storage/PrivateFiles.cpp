#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace voronka {

namespace {
constexpr QFileDevice::Permissions ownerReadWrite
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions ownerFolder = ownerReadWrite | QFileDevice::ExeOwner | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions othersRead = QFileDevice::ReadGroup | QFileDevice::ReadOther;

bool createWith(const QString &path, QFileDevice::Permissions permissions)
{
    QFile file(path);
    // Created with the permissions at once (open(2)'s mode), never readable by others in between.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions);
}
} // namespace

bool PrivateFiles::createOwnerOnly(const QString &path)
{
    return createWith(path, ownerReadWrite);
}

bool PrivateFiles::makeFolderOwnerOnly(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    return QFile::setPermissions(folder, ownerFolder);
}

void PrivateFiles::tighten(const QString &basePath)
{
    const QFileInfo info(basePath);
    if (info.exists() && (info.permissions() & othersRead))
        QFile::setPermissions(basePath,
                              (info.permissions() & ~(othersRead | QFileDevice::WriteGroup | QFileDevice::WriteOther))
                                  | ownerReadWrite);
    makeFolderOwnerOnly(info.absolutePath());
}

bool PrivateFiles::createWithPermissionsOf(const QString &like, const QString &path)
{
    const QFileInfo info(like);
    const QFileDevice::Permissions permissions = info.exists() ? info.permissions() : ownerReadWrite;
    // The umask may take bits away at creation (a group-writable share): they are given back after.
    return createWith(path, permissions) && QFile::setPermissions(path, permissions);
}

bool PrivateFiles::isOwnerOnly(const QString &path)
{
    return !(QFileInfo(path).permissions() & othersRead);
}

} // namespace voronka
