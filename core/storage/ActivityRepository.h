#pragma once

#include "DataContext.h"
#include "domain/Activity.h"

#include <QList>

namespace voronka {

// The company timeline (activities). Rows are facts: added, never edited.
class ActivityRepository
{
public:
    explicit ActivityRepository(DataContext context);

    // Stores the activity as done now by the context's user; fills in id, userId and occurredAt.
    void add(Activity &activity);
    // The company's timeline, oldest first.
    QList<Activity> listForCompany(qint64 companyId) const;

private:
    DataContext m_context;
};

} // namespace voronka
