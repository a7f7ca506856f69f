#pragma once

#include "domain/DealStep.h"
#include "domain/User.h"
#include "funnel/StageMover.h"
#include "storage/DataContext.h"
#include "storage/PipelineQuery.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;

namespace voronka {

class DealColumn;

// The Deals section: a kanban board with one column per deal step, the deals as cards, the count and the sum
// of amounts on each column, and a filter by owner. Dragging a card to another column moves the deal through
// StageMover; a refused move is explained and the card stays where it was.
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    // Fills in what a move needs from the user (invoice number and date, a lost reason); false: cancelled.
    using MoveDetails = std::function<bool(const PipelineDeal &deal, DealMove &move)>;

    PipelineBoard(DataContext context, QList<User> users, QWidget *parent = nullptr);

    DealColumn *column(DealStep step) const;
    // For tests: replaces the dialogs that ask for an invoice's number and date or a lost reason.
    void setMoveDetails(MoveDetails details) { m_moveDetails = std::move(details); }
    // Roubles from kopecks in the user's locale: "1,250,000 ₽", "2,500.50 ₽".
    static QString formatAmount(qint64 kopecks);

public slots:
    void reload();
    // Moves a deal read at expectedVersion; returns true when it moved. A refusal is shown to the user.
    bool moveDeal(qint64 dealId, qint64 expectedVersion, voronka::DealStep to);

signals:
    void dealMoved(qint64 dealId);

private:
    bool askDetails(const PipelineDeal &deal, DealMove &move);

    DataContext m_context;
    QList<User> m_users;
    MoveDetails m_moveDetails;
    QComboBox *m_owner = nullptr;
    QLabel *m_summary = nullptr;
    QList<DealColumn *> m_columns;
    QList<QLabel *> m_headers;
    QHash<qint64, PipelineDeal> m_deals;
};

} // namespace voronka
