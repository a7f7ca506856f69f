#include "storage/FileSystemProbe.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("A base in a local temporary folder is not on a network drive", "[storage][file-system]")
{
    QTemporaryDir dir;
    const FileSystemInfo folder = FileSystemProbe::probe(dir.path());
    CHECK_FALSE(folder.isNetwork);
    CHECK_FALSE(folder.fileSystemName.isEmpty());
    // A base not created yet is judged by the folder it will go in.
    const FileSystemInfo newFile = FileSystemProbe::probe(dir.filePath(QStringLiteral("new/base.voronka")));
    CHECK(newFile.fileSystemName == folder.fileSystemName);
    CHECK(FileSystemProbe::safeModeNotice(folder).isEmpty());
}

TEST_CASE("Network file systems are told apart from local ones by their statfs magic", "[storage][file-system]")
{
    const auto network = [](quint64 magic) { return FileSystemProbe::fromLinuxMagic(magic).isNetwork; };
    CHECK(network(0x6969)); // NFS
    CHECK(network(0xFF534D42)); // CIFS
    CHECK(network(0xFE534D42)); // SMB2
    CHECK(network(0x517B)); // SMB
    CHECK(network(0x00C36400)); // Ceph
    CHECK_FALSE(network(0xEF53)); // ext4
    CHECK_FALSE(network(0x01021994)); // tmpfs
    CHECK_FALSE(network(0x58465342)); // XFS
    CHECK_FALSE(network(0x9123683E)); // Btrfs
    CHECK(FileSystemProbe::fromLinuxMagic(0xFE534D42).fileSystemName == QStringLiteral("smb2"));
    CHECK(FileSystemProbe::fromLinuxMagic(0x1234).fileSystemName == QStringLiteral("0x1234"));
    CHECK_FALSE(network(0x1234)); // unknown: not claimed to be shared
}

TEST_CASE("A FUSE mount is network unless its driver serves a local disk", "[storage][file-system]")
{
    CHECK(FileSystemProbe::fromLinuxMountType(QStringLiteral("fuse.sshfs")).isNetwork);
    CHECK(FileSystemProbe::fromLinuxMountType(QStringLiteral("fuse.rclone")).isNetwork);
    CHECK_FALSE(FileSystemProbe::fromLinuxMountType(QStringLiteral("fuseblk")).isNetwork);
    CHECK_FALSE(FileSystemProbe::fromLinuxMountType(QStringLiteral("fuse.ntfs-3g")).isNetwork);
    CHECK(FileSystemProbe::fromLinuxMountType(QStringLiteral("fuse.sshfs")).fileSystemName
          == QStringLiteral("fuse.sshfs"));
}

TEST_CASE("macOS network file systems are recognised by their type name", "[storage][file-system]")
{
    CHECK(FileSystemProbe::fromMacTypeName(QStringLiteral("smbfs")).isNetwork);
    CHECK(FileSystemProbe::fromMacTypeName(QStringLiteral("nfs")).isNetwork);
    CHECK(FileSystemProbe::fromMacTypeName(QStringLiteral("afpfs")).isNetwork);
    CHECK(FileSystemProbe::fromMacTypeName(QStringLiteral("webdav")).isNetwork);
    CHECK_FALSE(FileSystemProbe::fromMacTypeName(QStringLiteral("apfs")).isNetwork);
    CHECK_FALSE(FileSystemProbe::fromMacTypeName(QStringLiteral("hfs")).isNetwork);
}

TEST_CASE("The status bar names the network file system of a shared base", "[storage][file-system]")
{
    CHECK(FileSystemProbe::safeModeNotice(FileSystemInfo{true, QStringLiteral("cifs")})
          == QStringLiteral("Shared file on a network drive (cifs): safe mode"));
    CHECK(FileSystemProbe::safeModeNotice(FileSystemInfo{false, QStringLiteral("ext4/ext3/ext2")}).isEmpty());
}
