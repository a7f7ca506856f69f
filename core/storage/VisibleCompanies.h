#pragma once

#include "SqlCondition.h"

#include <QList>

namespace voronka {

class Database;

// The companies users may see: every company but those of an import batch that is not complete ('loading': still
// being written; 'removing': being undone or cleaned up). An import commits in steps, so its companies are in the
// file long before it is done; every reader of companies takes this condition, so that a batch appears whole or
// not at all. Finding out costs one look-up in the small batches table (a partial index); when no batch is
// unfinished, which is nearly always, every condition here is empty and the queries run exactly as before.
class VisibleCompanies
{
public:
    // Reads which batches are unfinished now.
    explicit VisibleCompanies(Database &db);

    bool hidesAny() const { return !m_hiddenBatches.isEmpty(); }
    const QList<qint64> &hiddenBatches() const { return m_hiddenBatches; }

    // On the companies table under `alias` ("c" -> c.import_batch_id; "" for the bare table); empty sql when
    // nothing is hidden.
    SqlCondition condition(const QString &alias = QStringLiteral("c")) const;
    // On a column holding a company id (phones.company_id ...): the company is not hidden.
    SqlCondition companyIdCondition(const QString &column) const;
    // The hidden companies themselves (for counts that subtract them): "import_batch_id IN (...)" on the bare
    // companies table; empty sql when nothing is hidden.
    SqlCondition hiddenCondition() const;
    // How many companies are hidden, counted on the companies_batch index.
    qint64 hiddenCount() const;

private:
    QString placeholders() const;
    QVariantList batchValues() const;

    Database &m_db;
    QList<qint64> m_hiddenBatches;
};

} // namespace voronka
