#pragma once

#include "DataContext.h"
#include "domain/CompanyStage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace voronka {

// One client of the client department: a company at client (or being won back, in reactivation) with who
// serves it, who brought it, and what it has paid.
struct ClientListRow
{
    qint64 companyId = 0;
    QString name;
    CompanyStage stage = CompanyStage::Client;
    qint64 ownerId = 0; // the account manager; 0: nobody
    QString ownerName;
    qint64 broughtById = 0; // the closer who brought it; 0: not recorded
    QString broughtByName;
    QDateTime clientSince; // UTC; invalid when not recorded
    QDate lastPaymentOn; // invalid: no payment yet
    qint64 lastPaymentKopecks = 0;
    qint64 totalPaidKopecks = 0; // every payment of the company, in kopecks
    qint64 paymentCount = 0;
    qint64 dealCount = 0;
};

struct ClientFilter
{
    QString search; // the company search: words of the name, city or INN, phone digits
    qint64 ownerId = 0; // 0: every account manager
    QString region = {}; // only the clients of this region; empty: every region

    bool operator==(const ClientFilter &) const = default;
};

// Reads the client list in name order, with the payments aggregated per company. The client department has at most
// tens of thousands of clients, so the whole list is read, not paged like the cold base (on a big base the Clients
// section reads it on a worker: a million-company bench base has 150,000 clients), in chunks of a few hundred, each a
// statement of its own, never holding the base's read lock for long.
class ClientListQuery
{
public:
    explicit ClientListQuery(DataContext context);

    QList<ClientListRow> rows(const ClientFilter &filter = {}) const;
    // An upper bound of the companies rows() goes through (the highest company id): cheap to read, for choosing
    // whether to read the list on a worker.
    qint64 upperBound() const;

private:
    DataContext m_context;
};

} // namespace voronka
