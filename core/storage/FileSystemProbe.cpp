#include "FileSystemProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace voronka {

namespace {
// The nearest existing file or folder on the way to path: a new base is judged by the folder it goes in.
QString existingPart(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return {};
        info = QFileInfo(parent);
    }
    return info.canonicalFilePath();
}

#if defined(Q_OS_LINUX)
// /proc/mounts writes a space in a mount point as \040 (and a tab, newline and backslash likewise).
QString unescapeMountPoint(const QByteArray &field)
{
    QByteArray out;
    for (int i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += char(code);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return QString::fromUtf8(out);
}

// The type column of the mount that holds path (the longest mount point above it).
QString mountTypeOf(const QString &path)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    QString best;
    QString bestType;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        const QString mountPoint = unescapeMountPoint(fields[1]);
        const bool above
            = path == mountPoint || mountPoint == QStringLiteral("/") || path.startsWith(mountPoint + QLatin1Char('/'));
        if (above && mountPoint.size() >= best.size()) {
            best = mountPoint;
            bestType = QString::fromUtf8(fields[2]);
        }
    }
    return bestType;
}
#endif
} // namespace

FileSystemInfo FileSystemProbe::fromLinuxMagic(quint64 magic)
{
    switch (magic) {
    case 0x6969:
        return {true, QStringLiteral("nfs")};
    case 0x517B:
        return {true, QStringLiteral("smb")};
    case 0xFF534D42:
        return {true, QStringLiteral("cifs")};
    case 0xFE534D42:
        return {true, QStringLiteral("smb2")};
    case 0x65735546:
        return {true, QStringLiteral("fuse")}; // refined by the mount type: sshfs is network, fuseblk is not
    case 0x00C36400:
        return {true, QStringLiteral("ceph")};
    case 0x5346414F:
    case 0x6B414653:
        return {true, QStringLiteral("afs")};
    case 0x73757245:
        return {true, QStringLiteral("coda")};
    case 0x564C:
        return {true, QStringLiteral("ncp")};
    case 0x01021994:
        return {false, QStringLiteral("tmpfs")};
    case 0xEF53:
        return {false, QStringLiteral("ext4/ext3/ext2")};
    case 0x58465342:
        return {false, QStringLiteral("xfs")};
    case 0x9123683E:
        return {false, QStringLiteral("btrfs")};
    case 0x794C7630:
        return {false, QStringLiteral("overlay")};
    case 0x4D44:
        return {false, QStringLiteral("vfat")};
    case 0x2011BAB0:
        return {false, QStringLiteral("exfat")};
    case 0x5346544E:
        return {false, QStringLiteral("ntfs")};
    case 0x2FC12FC1:
        return {false, QStringLiteral("zfs")};
    case 0xF2F52010:
        return {false, QStringLiteral("f2fs")};
    default:
        return {false, QStringLiteral("0x%1").arg(magic, 0, 16)};
    }
}

FileSystemInfo FileSystemProbe::fromLinuxMountType(const QString &type)
{
    // fuseblk is a FUSE driver for a local disk (ntfs-3g, exfat); so are a few fuse.* ones.
    static const QStringList localFuse{QStringLiteral("fuseblk"),     QStringLiteral("fuse.ntfs-3g"),
                                       QStringLiteral("fuse.exfat"),  QStringLiteral("fuse.lxcfs"),
                                       QStringLiteral("fuse.portal"), QStringLiteral("fuse.fuse-overlayfs")};
    if (type.isEmpty())
        return {true, QStringLiteral("fuse")};
    return {!localFuse.contains(type), type};
}

FileSystemInfo FileSystemProbe::fromMacTypeName(const QString &typeName)
{
    static const QStringList network{QStringLiteral("smbfs"),   QStringLiteral("nfs"),    QStringLiteral("afpfs"),
                                     QStringLiteral("webdav"),  QStringLiteral("cifs"),   QStringLiteral("ftp"),
                                     QStringLiteral("osxfuse"), QStringLiteral("macfuse")};
    return {network.contains(typeName), typeName};
}

FileSystemInfo FileSystemProbe::probe(const QString &path)
{
    const QString existing = existingPart(path);
    if (existing.isEmpty())
        return {};
#if defined(Q_OS_LINUX)
    struct statfs stats
    {
    };
    if (statfs(QFile::encodeName(existing).constData(), &stats) != 0)
        return {};
    const FileSystemInfo info = fromLinuxMagic(static_cast<quint64>(static_cast<quint32>(stats.f_type)));
    if (info.fileSystemName == QStringLiteral("fuse"))
        return fromLinuxMountType(mountTypeOf(existing));
    return info;
#elif defined(Q_OS_MACOS)
    struct statfs stats
    {
    };
    if (statfs(QFile::encodeName(existing).constData(), &stats) != 0)
        return {};
    return fromMacTypeName(QString::fromUtf8(stats.f_fstypename));
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(existing);
    if (native.startsWith(QStringLiteral("\\\\")))
        return {true, QStringLiteral("remote")}; // a UNC path: \\server\share\...
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return {true, QStringLiteral("remote")};
    return {false, QStringLiteral("local")};
#else
    return {};
#endif
}

QString FileSystemProbe::safeModeNotice(const FileSystemInfo &info)
{
    if (!info.isNetwork)
        return {};
    return tr("Shared file on a network drive (%1): safe mode").arg(info.fileSystemName);
}

} // namespace voronka
