#pragma once

#include "domain/Viewer.h"
#include "support/TestDatabase.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace voronka::test {

// A sales department on one base: the schema's head (id 1), a collector, two callers, a closer, an account manager,
// and one company in each place of the conveyor, named after where it is:
//   pool (cold, nobody's, collected by the collector), cold1 (cold, caller1's, the collector's), calling1 (calling,
//   caller1's), cold2 (cold, caller2's), meeting (the closer's), deal (the closer's, with a deal), client (the account
//   manager's, brought by the closer), reactivation (the account manager's), lost (caller1's, lost).
// The set of company names given in Latin letters (the fixture's names are "pool", "cold1" ...).
QSet<QString> setOf(std::initializer_list<const char *> names);

class TeamFixture
{
public:
    TeamFixture();

    TestDatabase base;
    qint64 headId = 1;
    qint64 collectorId = 0;
    qint64 caller1Id = 0;
    qint64 caller2Id = 0;
    qint64 closerId = 0;
    qint64 accountId = 0;
    QHash<QString, qint64> company; // by the names above

    // Every company name a viewer's company list shows, through the list's own count and rows.
    QSet<QString> listed(const Viewer &viewer, const QString &search = QString());
    // The names in a set of ids.
    QSet<QString> names(const QSet<qint64> &ids) const;
    Viewer viewerOf(qint64 userId, bool pool = false);
    // Looks at the base as this viewer until the end of the scope.
    void lookAs(const Viewer &viewer) { base.db().setViewer(viewer); }
};

} // namespace voronka::test
