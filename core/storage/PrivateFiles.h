#pragma once

#include <QString>

namespace voronka {

// Keeps a client base from being read by every account on the computer. The default base lives in the user's data
// folder: it is created readable and writable by its owner only (0600), in a folder only they may enter (0700), and
// its backups take the base's own permissions, so a base on a share keeps what the share gives it and so do its
// backups. SQLite gives a base's journal the base's permissions itself. On Windows these calls change nothing: the
// user's profile folder is the user's alone by its ACL.
class PrivateFiles
{
public:
    // Creates an empty file (which SQLite opens as a new base) that only its owner may read and write; false when it
    // cannot be created.
    static bool createOwnerOnly(const QString &path);
    // The folder (created when missing) only its owner may enter; false when it cannot be made so.
    static bool makeFolderOwnerOnly(const QString &folder);
    // An existing default base from before: the file and its folder become the owner's alone.
    static void tighten(const QString &basePath);
    // Creates an empty file with `like`'s permissions (a backup of a base, before anything is written to it).
    static bool createWithPermissionsOf(const QString &like, const QString &path);
    // Nobody but the owner may read the file.
    static bool isOwnerOnly(const QString &path);
};

} // namespace voronka
