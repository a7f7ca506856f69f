#pragma once

#include "DataContext.h"
#include "domain/LostReason.h"

#include <QList>

#include <optional>

namespace voronka {

// The editable list of lost reasons (lost_reasons). Reasons are retired, never deleted, so a reason
// recorded on a company keeps meaning something.
class LostReasonRepository
{
public:
    explicit LostReasonRepository(DataContext context);

    // In list order.
    QList<LostReason> list(bool activeOnly = true) const;
    std::optional<LostReason> find(qint64 id) const;
    // Throws StorageError InvalidData for an empty title or one already in the list.
    void create(LostReason &reason);
    // Saves title, position and active; throws StorageError StaleVersion, NotFound or InvalidData.
    void update(LostReason &reason);

private:
    QList<LostReason> select(const QString &where, const QVariantList &values) const;
    void validate(const LostReason &reason) const;

    DataContext m_context;
};

} // namespace voronka
