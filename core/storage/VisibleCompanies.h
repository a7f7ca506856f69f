#pragma once

#include "SqlCondition.h"

#include <QList>

namespace voronka {

class Database;
class Viewer;

// The companies users may see, which every reader of companies takes as a condition:
// - never those of an import batch that is not complete ('loading': still being written; 'removing': being undone
//   or cleaned up). An import commits in steps, so its companies are in the file long before it is done; this
//   makes a batch appear whole or not at all. Finding out costs one look-up in the small batches table (a partial
//   index); when no batch is unfinished, which is nearly always, that part is empty.
// - only the signed-in person's part of the base (the connection's Viewer, see DESIGN.md "Who sees what"): the head
//   sees everything; a collector the companies they collected that are still cold; a caller the cold and calling
//   companies assigned to them (and the unassigned cold ones when callers take from the pool); a closer the
//   companies at the meeting and deal stages assigned to them (and an inquiry routed to them, at calling) and, to
//   read only, the clients they brought; an account manager their
//   clients, in reactivation or not. A person with two roles sees both parts. A head with a region (users.region)
//   sees the companies of that region only, every stage and owner.
class VisibleCompanies
{
public:
    // What the connection's viewer may see.
    explicit VisibleCompanies(Database &db);
    // Every complete company, whoever is signed in: for the work that must see the whole file whatever the person
    // doing it may read (an import's duplicate check, `voronka info`).
    static VisibleCompanies wholeBase(Database &db);

    // Some company is left out: the condition is not empty.
    bool hidesAny() const { return !m_hiddenBatches.isEmpty() || !m_roleSql.isEmpty(); }
    // Left out by role, not only by unfinished batches.
    bool limitsToViewer() const { return !m_roleSql.isEmpty(); }
    const QList<qint64> &hiddenBatches() const { return m_hiddenBatches; }

    // On the companies table under `alias` ("c" -> c.import_batch_id; "" for the bare table); empty sql when
    // nothing is hidden.
    SqlCondition condition(const QString &alias = QStringLiteral("c")) const;
    // Whether the viewer may change a company they see: not a closer's brought client (read-only for them). Reads
    // one row at most, and nothing when the viewer may change all they see.
    bool mayChange(qint64 companyId) const;
    // Throws StorageError ReadOnly, saying why, unless mayChange.
    void requireChange(qint64 companyId) const;
    // On a column holding a company id (phones.company_id ...): the company is visible.
    SqlCondition companyIdCondition(const QString &column) const;
    // The companies of unfinished batches (for counts that subtract them): "import_batch_id IN (...)" on the bare
    // companies table; empty sql when no batch is unfinished.
    SqlCondition hiddenCondition() const;
    // How many companies unfinished batches hide, counted on the companies_batch index.
    qint64 hiddenCount() const;

private:
    VisibleCompanies(Database &db, const Viewer &viewer);

    QString placeholders() const;
    QVariantList batchValues() const;
    SqlCondition batchCondition(const QString &alias) const;
    SqlCondition roleCondition(const QString &alias) const;

    Database &m_db;
    QList<qint64> m_hiddenBatches;
    QString m_roleSql; // the viewer's part with %1 for the alias ("c."), "" for everything
    QVariantList m_roleValues;
    QString m_changeableSql; // the part the viewer may also change, like m_roleSql
    QVariantList m_changeableValues;
};

} // namespace voronka
