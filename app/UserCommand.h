#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace voronka {

// The people of a base from the command line (contract in the README):
//   voronka user list --db PATH [--json]
//   voronka user add LOGIN --name NAME --role ROLE[,ROLE] --db PATH
//   voronka user passwd LOGIN --db PATH          (the new password from VORONKA_NEW_PASSWORD or typed twice)
//   voronka user deactivate LOGIN --to LOGIN[,LOGIN...] --db PATH
// each with [--as LOGIN] (needed once sign-in is on) and [--json]. What may be done by whom is core's
// (UserAdministration): this parses, signs in and prints.
class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace voronka
