#pragma once

#include "DataContext.h"
#include "domain/User.h"

#include <QList>
#include <optional>

namespace voronka {

class UserRepository
{
public:
    // The schema step that gave users passwords and a second role (015_team.sql).
    static constexpr int teamSchemaVersion = 15;
    // The schema step that gave users a region (018_regions.sql).
    static constexpr int regionSchemaVersion = 18;

    explicit UserRepository(DataContext context);

    QList<User> list(bool activeOnly = true) const;
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByLogin(const QString &login) const;
    // Throws StorageError InvalidData for an empty or taken login, or an empty name.
    void create(User &user);
    // Writes login, name, roles and active (never the password: SignIn and UserAdministration do).
    void update(User &user);
    // Sets the person's region (empty: every region), version-checked like update(); the caller checks the name.
    void setRegion(User &user, const QString &region);
    // Some active user has a password, so everybody signs in (SignIn::required).
    bool anyPassword() const;

private:
    QList<User> select(const QString &where, const QVariantList &values) const;

    DataContext m_context;
};

} // namespace voronka
