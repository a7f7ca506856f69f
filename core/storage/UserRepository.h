#pragma once

#include "DataContext.h"
#include "domain/User.h"

#include <QList>
#include <optional>

namespace voronka {

class UserRepository
{
public:
    explicit UserRepository(DataContext context);

    QList<User> list(bool activeOnly = true) const;
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByLogin(const QString &login) const;
    // Throws StorageError InvalidData for an empty or taken login, or an empty name.
    void create(User &user);
    void update(User &user);

private:
    QList<User> select(const QString &where, const QVariantList &values) const;

    DataContext m_context;
};

} // namespace voronka
