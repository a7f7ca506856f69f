#include "UserRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StorageError.h"
#include "VersionedTable.h"
#include "domain/TextNormalization.h"

#include <QCoreApplication>

namespace voronka {

namespace {
VersionedTable usersTable(DataContext context)
{
    return {context,
            QStringLiteral("users"),
            {QCoreApplication::translate("UserRepository", "The user no longer exists: someone deleted it."),
             QCoreApplication::translate("UserRepository", "The user was changed by %1 at %2 since you opened it."),
             QCoreApplication::translate("UserRepository", "The user was changed at %1 since you opened it.")}};
}

void validate(const User &user)
{
    if (user.login.trimmed().isEmpty() || user.fullName.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("UserRepository", "A user needs a login and a name."));
}
} // namespace

UserRepository::UserRepository(DataContext context)
    : m_context(context)
{
}

QList<User> UserRepository::select(const QString &where, const QVariantList &values) const
{
    // A base from before the team step (read by `voronka check`) has neither passwords nor second roles.
    const bool team = m_context.db.schemaVersion() >= teamSchemaVersion;
    const bool regions = m_context.db.schemaVersion() >= regionSchemaVersion;
    SqlStatement statement(
        m_context.db.connection(),
        QStringLiteral("SELECT id, login, full_name, role, active, version, %1, %2 FROM users ")
                .arg(team ? QStringLiteral("extra_roles, password_hash IS NOT NULL") : QStringLiteral("'', 0"),
                     regions ? QStringLiteral("region") : QStringLiteral("NULL"))
            + where + QStringLiteral(" ORDER BY full_name, id"));
    for (const auto &value : values)
        statement.bind(value);
    statement.exec();
    QList<User> users;
    while (statement.next()) {
        User user;
        user.id = statement.value(0).toLongLong();
        user.login = statement.value(1).toString();
        user.fullName = statement.value(2).toString();
        user.role = userRoleFromKey(statement.value(3).toString()).value_or(UserRole::Caller);
        user.active = statement.value(4).toBool();
        user.version = statement.value(5).toLongLong();
        user.extraRoles = userRolesFromKeys(statement.value(6).toString());
        user.extraRoles.removeAll(user.role);
        user.hasPassword = statement.value(7).toBool();
        user.region = statement.value(8).toString();
        users.append(user);
    }
    return users;
}

QList<User> UserRepository::list(bool activeOnly) const
{
    return select(activeOnly ? QStringLiteral("WHERE active = 1") : QString(), {});
}

std::optional<User> UserRepository::find(qint64 id) const
{
    const auto users = select(QStringLiteral("WHERE id = ?"), {id});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.front());
}

std::optional<User> UserRepository::findByLogin(const QString &login) const
{
    // Logins differ by more than case, in any alphabet: the column's NOCASE folds ASCII only ("Иван" and "иван"),
    // so the few users are compared here.
    const QString wanted = login.trimmed().toCaseFolded();
    for (const User &user : select(QString(), {}))
        if (user.login.toCaseFolded() == wanted)
            return user;
    return std::nullopt;
}

void UserRepository::create(User &user)
{
    validate(user);
    if (findByLogin(user.login))
        throw StorageError(StorageError::Kind::InvalidData,
                           QCoreApplication::translate("UserRepository", "The login %1 is taken.").arg(user.login));
    user.extraRoles.removeAll(user.role);
    SqlStatement insert(m_context.db.connection(),
                        QStringLiteral("INSERT INTO users (login, full_name, role, extra_roles, active, region, "
                                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    user.region = normalizedLine(user.region);
    insert.bind({user.login.trimmed(), user.fullName.trimmed(), userRoleKey(user.role), userRoleKeys(user.extraRoles),
                 user.active ? 1 : 0, user.region.isEmpty() ? QVariant() : QVariant(user.region)});
    for (const auto &value : usersTable(m_context).creationStamp())
        insert.bind(value);
    insert.exec();
    user.id = insert.lastInsertId();
    user.version = 1;
}

void UserRepository::update(User &user)
{
    validate(user);
    user.extraRoles.removeAll(user.role);
    user.version = usersTable(m_context).update(
        user.id, user.version, QStringLiteral("login = ?, full_name = ?, role = ?, extra_roles = ?, active = ?"),
        {user.login.trimmed(), user.fullName.trimmed(), userRoleKey(user.role), userRoleKeys(user.extraRoles),
         user.active ? 1 : 0});
}

void UserRepository::setRegion(User &user, const QString &region)
{
    const QString stored = normalizedLine(region);
    user.version = usersTable(m_context).update(user.id, user.version, QStringLiteral("region = ?"),
                                                {stored.isEmpty() ? QVariant() : QVariant(stored)});
    user.region = stored;
}

bool UserRepository::anyPassword() const
{
    if (m_context.db.schemaVersion() < teamSchemaVersion)
        return false;
    return SqlStatement::scalar(m_context.db.connection(),
                                QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE active = 1 "
                                               "AND password_hash IS NOT NULL)"))
        .toBool();
}

} // namespace voronka
