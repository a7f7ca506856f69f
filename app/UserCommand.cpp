#include "UserCommand.h"

#include "CommandLineOutput.h"
#include "CommandLineSignIn.h"
#include "ExitCode.h"
#include "TerminalPassword.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "team/CompanyAssignment.h"
#include "team/TeamError.h"
#include "team/UserAdministration.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <variant>

namespace voronka {

namespace {
const char *newPasswordVariable = "VORONKA_NEW_PASSWORD";

QJsonArray roleKeys(const User &user)
{
    QJsonArray keys;
    for (const UserRole role : user.roles())
        keys.append(userRoleKey(role));
    return keys;
}

QStringList logins(const QString &commaSeparated)
{
    QStringList list;
    for (const QString &login : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!login.trimmed().isEmpty())
            list.append(login.trimmed());
    return list;
}

// A person's region for --json: null for every region.
QJsonValue regionValue(const User &user)
{
    return user.region.isEmpty() ? QJsonValue() : QJsonValue(user.region);
}

// A column of the plain list, as wide as its widest cell.
QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width + 2, QLatin1Char(' '));
}

int list(UserAdministration &administration, bool json)
{
    const QList<TeamMember> members = administration.members();
    if (json) {
        QJsonArray users;
        for (const TeamMember &member : members)
            users.append(QJsonObject{{QStringLiteral("login"), member.user.login},
                                     {QStringLiteral("name"), member.user.fullName},
                                     {QStringLiteral("roles"), roleKeys(member.user)},
                                     {QStringLiteral("active"), member.user.active},
                                     {QStringLiteral("region"), regionValue(member.user)},
                                     {QStringLiteral("companies"), member.companies}});
        printJson(QJsonObject{{QStringLiteral("users"), users}});
        return ExitOk;
    }
    const QStringList header{UserCommand::tr("LOGIN"),  UserCommand::tr("NAME"),   UserCommand::tr("ROLES"),
                             UserCommand::tr("ACTIVE"), UserCommand::tr("REGION"), UserCommand::tr("COMPANIES")};
    QList<QStringList> rows{header};
    for (const TeamMember &member : members)
        rows.append({member.user.login, member.user.fullName, userRoleKeys(member.user.roles()),
                     member.user.active ? UserCommand::tr("yes") : UserCommand::tr("no"),
                     member.user.region.isEmpty() ? UserCommand::tr("all") : member.user.region,
                     QString::number(member.companies)});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? padded(row.at(column), widths.at(column)) : row.at(column);
        text += line + QLatin1Char('\n');
    }
    printOut(text);
    return ExitOk;
}

// The roles of --role, or the usage error's exit code.
std::variant<QList<UserRole>, int> parseRoles(const QString &roleText)
{
    QList<UserRole> roles;
    for (const QString &key : roleText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = userRoleFromKey(key.trimmed());
        if (!role)
            return usageError(
                UserCommand::tr("Unknown role: %1 (roles: %2).").arg(key.trimmed(), userRoleKeys(allUserRoles())));
        if (!roles.contains(*role))
            roles.append(*role);
    }
    if (roles.isEmpty())
        return usageError(
            UserCommand::tr("user add needs --role ROLE[,ROLE] (roles: %1).").arg(userRoleKeys(allUserRoles())));
    return roles;
}

int add(UserAdministration &administration, const QString &login, const QString &name, const QList<UserRole> &roles,
        const QString &region, bool json)
{
    const User user = administration.add(login, name, roles, region);
    if (json)
        printJson(QJsonObject{{QStringLiteral("login"), user.login},
                              {QStringLiteral("name"), user.fullName},
                              {QStringLiteral("roles"), roleKeys(user)},
                              {QStringLiteral("active"), user.active},
                              {QStringLiteral("region"), regionValue(user)}});
    else if (user.region.isEmpty())
        printOut(UserCommand::tr("%1 (%2) added: %3.\n").arg(user.login, user.fullName, userRoleKeys(user.roles())));
    else
        printOut(UserCommand::tr("%1 (%2) added: %3, region %4.\n")
                     .arg(user.login, user.fullName, userRoleKeys(user.roles()), user.region));
    return ExitOk;
}

int setRegion(UserAdministration &administration, const QString &login, const QString &region, bool json)
{
    administration.setRegion(login, region);
    const User user = administration.user(login);
    if (json)
        printJson(QJsonObject{{QStringLiteral("login"), user.login}, {QStringLiteral("region"), regionValue(user)}});
    else if (user.region.isEmpty())
        printOut(UserCommand::tr("%1 (%2) works in every region.\n").arg(user.login, user.fullName));
    else
        printOut(UserCommand::tr("%1 (%2) works in %3.\n").arg(user.login, user.fullName, user.region));
    return ExitOk;
}

// The new password: VORONKA_NEW_PASSWORD, else typed twice on the terminal.
std::optional<QString> newPassword(const QString &login, bool json, int &exitCode)
{
    if (qEnvironmentVariableIsSet(newPasswordVariable))
        return qEnvironmentVariable(newPasswordVariable);
    if (!TerminalPassword::available()) {
        exitCode = failure(UserCommand::tr("No new password: set %1, or run the command on a terminal to type it.")
                               .arg(QString::fromLatin1(newPasswordVariable)),
                           ExitUsage, json);
        return std::nullopt;
    }
    auto first = TerminalPassword::ask(UserCommand::tr("New password for %1: ").arg(login));
    auto second = first ? TerminalPassword::ask(UserCommand::tr("The same again: ")) : std::nullopt;
    const bool same = first && second && *first == *second;
    if (second)
        second->fill(QChar(0));
    if (!same) {
        if (first)
            first->fill(QChar(0));
        exitCode = failure(first && second ? UserCommand::tr("The two passwords differ; nothing was changed.")
                                           : UserCommand::tr("No new password was typed; nothing was changed."),
                           ExitFailure, json);
        return std::nullopt;
    }
    return first;
}

int passwd(UserAdministration &administration, const QString &login, bool json)
{
    int exitCode = ExitFailure;
    std::optional<QString> password = newPassword(login, json, exitCode);
    if (!password)
        return exitCode;
    // Wiped whether the change is made or refused.
    struct Wipe
    {
        QString &text;
        ~Wipe() { text.fill(QChar(0)); }
    } wipe{*password};
    administration.setPassword(login, *password);
    const User user = administration.user(login);
    if (json)
        printJson(QJsonObject{{QStringLiteral("login"), user.login}, {QStringLiteral("password_set"), true}});
    else
        printOut(UserCommand::tr("The password of %1 (%2) is set.\n").arg(user.login, user.fullName));
    return ExitOk;
}

int deactivate(UserAdministration &administration, const QString &login, const QStringList &to, bool json)
{
    const User leaving = administration.user(login);
    QStringList heirLogins; // as stored, whatever the case typed
    for (const QString &heir : to)
        heirLogins.append(administration.user(heir).login);
    const HandOver handOver = administration.deactivate(login, to);

    if (json) {
        QJsonArray shares;
        for (qsizetype i = 0; i < handOver.shares.size(); ++i)
            shares.append(QJsonObject{{QStringLiteral("login"), heirLogins.at(i)},
                                      {QStringLiteral("name"), handOver.shares.at(i).name},
                                      {QStringLiteral("companies"), handOver.shares.at(i).companies}});
        printJson(QJsonObject{{QStringLiteral("login"), leaving.login},
                              {QStringLiteral("assignment"), handOver.assignmentId},
                              {QStringLiteral("shares"), shares}});
        return ExitOk;
    }
    QString text
        = UserCommand::tr("%1 (%2) is deactivated; %n companies handed over:\n", nullptr, int(handOver.companies))
              .arg(leaving.login, leaving.fullName);
    for (qsizetype i = 0; i < handOver.shares.size(); ++i)
        text += UserCommand::tr("  %n to %1 (%2)\n", nullptr, int(handOver.shares.at(i).companies))
                    .arg(handOver.shares.at(i).name, heirLogins.at(i));
    printOut(text);
    return ExitOk;
}
} // namespace

int UserCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists, adds and deactivates the people of a Voronka base and sets their "
                                        "passwords and regions."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("user"), tr("The user command."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, passwd, region or deactivate."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The person (not for list)."));
    parser.addPositionalArgument(QStringLiteral("REGION"), tr("region: the person's region (or --none)."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The base."), QStringLiteral("PATH"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("add: the person's full name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("add: the roles, comma-separated (%1).").arg(userRoleKeys(allUserRoles())),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("deactivate: who takes over the person's companies, deals and tasks "
                                         "(several: spread evenly)."),
                                      QStringLiteral("LOGIN,..."));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          tr("add: the person's region (a head with one sees that region only)."),
                                          QStringLiteral("REGION"));
    const QCommandLineOption noneOption(QStringLiteral("none"), tr("region: every region."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption asOption = CommandLineSignIn::option();
    parser.addOptions({dbOption, nameOption, roleOption, toOption, regionOption, noneOption, jsonOption, asOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const bool json = parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("passwd"),
                              QStringLiteral("region"), QStringLiteral("deactivate")};
    if (!actions.contains(action))
        return usageError(action.isEmpty() ? tr("user needs an action: list, add, passwd, region or deactivate.")
                                           : tr("Unknown user action: %1").arg(action));
    const bool listing = action == QLatin1String("list");
    const bool regioning = action == QLatin1String("region");
    if (regioning) {
        if (positional.size() != (parser.isSet(noneOption) ? 3 : 4))
            return usageError(tr("user region needs LOGIN and a REGION, or LOGIN --none."));
    } else if (positional.size() != (listing ? 2 : 3)) {
        return usageError(listing ? tr("user list takes no login.") : tr("user %1 needs one LOGIN.").arg(action));
    }
    if (!regioning && parser.isSet(noneOption))
        return usageError(tr("--none is for user region."));
    const QString login = positional.value(2).trimmed();
    if (!parser.isSet(dbOption))
        return usageError(tr("user needs --db PATH."));
    const bool adding = action == QLatin1String("add");
    if (!adding && (parser.isSet(nameOption) || parser.isSet(roleOption) || parser.isSet(regionOption)))
        return usageError(tr("--name, --role and --region are for user add."));
    const bool deactivating = action == QLatin1String("deactivate");
    if (!deactivating && parser.isSet(toOption))
        return usageError(tr("--to is for user deactivate."));
    if (!listing && login.isEmpty())
        return usageError(tr("user %1 needs one LOGIN.").arg(action));
    // Wrong usage is told before the base is opened or anybody signs in.
    QList<UserRole> roles;
    const QString name = parser.value(nameOption).trimmed();
    if (adding) {
        auto parsed = parseRoles(parser.value(roleOption));
        if (const int *exitCode = std::get_if<int>(&parsed))
            return *exitCode;
        roles = std::get<QList<UserRole>>(parsed);
        if (name.isEmpty())
            return usageError(tr("user add needs --name NAME."));
    }
    const QStringList heirs = logins(parser.value(toOption));
    if (deactivating && heirs.isEmpty())
        return usageError(tr("user deactivate needs --to LOGIN[,LOGIN...]: who takes over the work."));

    try {
        DatabaseOptions options;
        options.createIfMissing = false;
        options.readOnly = listing; // a list changes nothing: a read-only file will do
        auto db = Database::open(parser.value(dbOption), options);
        SystemClock clock;
        CommandLineSignIn signIn(parser.value(asOption));
        if (const auto stop = signIn.signIn(*db, clock, json))
            return *stop;
        const DataContext context{*db, clock, signIn.userId()};
        UserAdministration administration(context);
        if (listing)
            return list(administration, json);
        if (adding)
            return add(administration, login, name, roles, parser.value(regionOption), json);
        if (regioning)
            return setRegion(administration, login, parser.isSet(noneOption) ? QString() : positional.value(3), json);
        if (deactivating)
            return deactivate(administration, login, heirs, json);
        return passwd(administration, login, json);
    } catch (const TeamError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    } catch (const StorageError &error) {
        return failure(error.message(), exitCodeFor(error.kind()), json);
    }
}

} // namespace voronka
