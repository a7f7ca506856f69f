#pragma once

#include "domain/Deal.h"
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
class QKeySequence;
class QLabel;
class QMenu;
class QScrollArea;

namespace voronka {

class ChangeSet;
class DealColumn;
class PaymentDialog;
class RegionFilter;

// The Deals section: a kanban board with one column per deal step, the deals as cards, the count and the sum
// of amounts on each column, and a filter by owner. Dragging a card to another column moves the deal through
// StageMover; a refused move is explained and the card stays where it was. A card's context menu (and double click
// or Enter) records a payment against an issued invoice, and opens a new deal for the card's company or the company
// itself (Ctrl+Enter). Without a mouse: arrows go from card to card, Ctrl+right and Ctrl+left move the deal to the
// next or previous step exactly as a drag there would. It reads itself again whenever it is shown, and while shown
// when the base's ChangeHub announces changed deals, payments, or companies on its cards.
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
    // The context menu of a deal's card: "Open company", "Record payment…" and "New deal…" for its company.
    QMenu *createCardMenu(qint64 dealId, QWidget *parent);
    // Makes the deal's card the current one and gives it the focus, scrolling its column into view.
    bool focusDeal(qint64 dealId);
    // The deal whose card has the focus; 0 when none has.
    qint64 focusedDealId() const;
    QScrollArea *scrollArea() const { return m_scroll; }

public slots:
    void reload();
    // Another desktop changed the base: reads the board again, each column keeping its scroll position and the
    // card the user had selected.
    void refreshFromElsewhere();
    // Moves a deal read at expectedVersion; returns true when it moved. A refusal is shown to the user.
    bool moveDeal(qint64 dealId, qint64 expectedVersion, voronka::DealStep to);
    // Asks for a payment against the deal and records it; a deal not at "invoice issued" is explained instead.
    bool recordPayment(qint64 dealId);
    // Asks for a new deal for the company of this deal's card (a repeat sale) and opens it.
    bool openNewDeal(qint64 dealId);
    // Asks to show the deal's company (in the cold base, where its card can be edited).
    bool openCompany(qint64 dealId);

signals:
    void dealMoved(qint64 dealId);
    void paymentRecorded(qint64 dealId, qint64 companyId);
    // "Open company" on a card: show the company.
    void companyActivated(qint64 companyId);

protected:
    bool event(QEvent *event) override;

private:
    static QList<QKeySequence> openCompanyKeys();
    // Tells the other sections through the base's ChangeHub (the board shows the result already).
    void announce(const ChangeSet &changes);
    bool askDetails(const PipelineDeal &deal, DealMove &move);
    void focusNeighbour(DealColumn *from, int direction, int row);
    bool moveByKey(DealColumn *from, qint64 dealId, qint64 expectedVersion, int direction);
    void showCardMenu(DealColumn *column, const QPoint &at);
    QString paymentStatus(const PaymentDialog &dialog, const Deal &deal, const QString &companyName) const;

    DataContext m_context;
    QList<User> m_users;
    MoveDetails m_moveDetails;
    QComboBox *m_owner = nullptr;
    RegionFilter *m_region = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<DealColumn *> m_columns;
    QList<QLabel *> m_headers;
    QHash<qint64, PipelineDeal> m_deals;
};

} // namespace voronka
