#pragma once

#include <QCoreApplication>
#include <QString>

namespace voronka {

// What kind of file system a base lives on.
struct FileSystemInfo
{
    bool isNetwork = false; // NFS, SMB/CIFS, a network FUSE mount (sshfs), a Windows network drive ...
    QString fileSystemName; // "nfs", "cifs", "smb2", "fuse.sshfs", "ext4/ext3/ext2", "NTFS", "remote" ...
};

// Tells whether a file lies on a network file system, where SQLite's locks are least trustworthy and Voronka
// says that it runs in its safe mode (docs/shared-database.md). Voronka writes the same way on every file
// system (rollback journal, full sync, short transactions): the probe only decides what the user is told.
class FileSystemProbe
{
    Q_DECLARE_TR_FUNCTIONS(FileSystemProbe)

public:
    // The file system of path (a file, or a folder; a file that does not exist yet is judged by its folder).
    // Linux: statfs f_type, with /proc/self/mounts for the kind of a FUSE mount; macOS: statfs f_fstypename;
    // Windows: a UNC path or GetDriveType == DRIVE_REMOTE. An empty name when the probe failed (not network).
    static FileSystemInfo probe(const QString &path);

    // The mappings behind probe(), on every platform so that they can be tested anywhere.
    static FileSystemInfo fromLinuxMagic(quint64 magic); // statfs f_type
    static FileSystemInfo fromLinuxMountType(const QString &type); // /proc/mounts type of a FUSE mount
    static FileSystemInfo fromMacTypeName(const QString &typeName); // statfs f_fstypename

    // The status bar's words for a base on a network drive; empty for a local one.
    static QString safeModeNotice(const FileSystemInfo &info);
};

} // namespace voronka
