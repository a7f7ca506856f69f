#include "PipelineBoard.h"

#include "DealColumn.h"
#include "InvoiceDialog.h"
#include "NewDealDialog.h"
#include "PaymentDialog.h"
#include "common/ChangeFollower.h"
#include "common/CoreAttempt.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "common/NarrowCombo.h"
#include "common/RegionFilter.h"
#include "common/ScrollKeeper.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "funnel/DealStepMachine.h"
#include "funnel/FunnelError.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/DealRepository.h"
#include "storage/LostReasonRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <vector>

namespace voronka {

namespace {
// Wide enough for a company's name on two lines ("ООО «Северный" / "ветер Логистик»") and an amount on each card:
// all eight columns side by side on a 1920 px screen; on a smaller one the board scrolls sideways.
constexpr int ColumnWidth = 164;

// What a card shows under the company's name: the deal, its amount, its invoice and what is paid, its owner.
QString cardDetails(const PipelineDeal &deal)
{
    QStringList lines{deal.title,
                      deal.amountKopecks > 0 ? Money(deal.amountKopecks, deal.currency).format(QLocale())
                                             : PipelineBoard::tr("no amount yet")};
    if (!deal.invoiceNumber.isEmpty())
        lines.append(PipelineBoard::tr("invoice %1").arg(deal.invoiceNumber));
    // What is paid, while it is not all (a paid deal's column says that it is).
    if (deal.step == DealStep::InvoiceIssued || (deal.paidKopecks > 0 && deal.paidKopecks < deal.amountKopecks))
        lines.append(PipelineBoard::tr("paid %1").arg(Money(deal.paidKopecks, deal.currency).format(QLocale())));
    if (!deal.ownerName.isEmpty())
        lines.append(deal.ownerName);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

PipelineBoard::PipelineBoard(DataContext context, QList<User> users, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_users(std::move(users))
{
    setObjectName(QStringLiteral("pipelineBoard"));

    auto *title = new QLabel(tr("<h2>Deals</h2>"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    keepNarrow(m_owner);
    m_owner->addItem(tr("All owners"), qint64(0));
    for (const User &user : std::as_const(m_users))
        m_owner->addItem(user.fullName, user.id);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelineBoard::reload);
    auto *ownerLabel = new QLabel(tr("&Owner:"));
    ownerLabel->setBuddy(m_owner);
    m_region = new RegionFilter(context.db);
    connect(m_region, &QComboBox::currentIndexChanged, this, &PipelineBoard::reload);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setWordWrap(true); // two lines rather than a window wider than the screen
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addWidget(m_region);
    top->addStretch();
    top->addWidget(m_summary);

    auto *columnsWidget = new QWidget;
    auto *columnsLayout = new QHBoxLayout(columnsWidget);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->setSpacing(6);
    for (const DealStep step : allDealSteps()) {
        auto *header = new QLabel;
        header->setObjectName(QStringLiteral("header_") + dealStepKey(step));
        header->setTextFormat(Qt::RichText);
        header->setAlignment(Qt::AlignCenter);
        auto *column = new DealColumn(step);
        column->setMinimumWidth(ColumnWidth);
        column->setStyleSheet(QStringLiteral(
            "QListWidget { background: palette(window); }"
            "QListWidget::item { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; "
            "padding: 4px; margin: 1px; }"
            "QListWidget::item:selected { border: 1px solid palette(highlight); background: palette(alternate-base); "
            "color: palette(text); }"));
        if (context.db.isReadOnly())
            column->setDragDropMode(QAbstractItemView::NoDragDrop);
        connect(column, &DealColumn::dealDropped, this, &PipelineBoard::moveDeal, Qt::QueuedConnection);
        column->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(column, &QWidget::customContextMenuRequested, this,
                [this, column](const QPoint &at) { showCardMenu(column, at); });
        connect(column, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *card) { recordPayment(card->data(DealColumn::DealIdRole).toLongLong()); });
        connect(column, &DealColumn::neighbourRequested, this,
                [this, column](int direction, int row) { focusNeighbour(column, direction, row); });
        connect(column, &DealColumn::moveRequested, this, [this, column](qint64 dealId, qint64 version, int direction) {
            moveByKey(column, dealId, version, direction);
        });
        auto *box = new QVBoxLayout;
        box->addWidget(header);
        box->addWidget(column, 1);
        columnsLayout->addLayout(box, 1);
        m_headers.append(header);
        m_columns.append(column);
    }
    // Every column stays reachable on a narrow screen: the board scrolls sideways rather than squeezing them.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(columnsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    // Ctrl+Enter on a card opens its company (Enter records a payment, as a double click does).
    for (const QKeySequence &keys : openCompanyKeys()) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (const qint64 dealId = focusedDealId())
                openCompany(dealId);
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 6, 0);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);

    m_moveDetails = [this](const PipelineDeal &deal, DealMove &move) { return askDetails(deal, move); };
    // Deals and their payments, and the companies and owners named on the cards. Hidden, the board waits: it is
    // read again whenever it is shown.
    new ChangeFollower(
        this, context.db.changes(), ChangeFollower::WhileHidden::Ignore,
        [this](const ChangeSet &changes) {
            QSet<qint64> companies;
            for (const PipelineDeal &deal : std::as_const(m_deals))
                companies.insert(deal.companyId);
            return changes.touches(ChangeSet::Kind::Deal) || changes.touches(ChangeSet::Kind::Payment)
                || changes.touches(ChangeSet::Kind::User) || changes.touchesAny(ChangeSet::Kind::Company, companies);
        },
        [this](const ChangeSet &) { refreshFromElsewhere(); });
    reload();
}

bool PipelineBoard::event(QEvent *event)
{
    // Made the section in view: deals may have been added or moved in other sections or by colleagues meanwhile.
    if (event->type() == QEvent::ShowToParent)
        reload();
    return QWidget::event(event);
}

void PipelineBoard::announce(const ChangeSet &changes)
{
    m_context.db.changes().announce(changes, this);
}

DealColumn *PipelineBoard::column(DealStep step) const
{
    return m_columns.value(allDealSteps().indexOf(step));
}

void PipelineBoard::reload()
{
    QList<PipelineColumn> columns;
    try {
        columns = PipelineQuery(m_context).columns(m_owner->currentData().toLongLong(), m_region->region());
    } catch (const StorageError &error) {
        m_summary->setText(tr("The deals cannot be read: %1").arg(error.message()));
        return;
    }
    m_deals.clear();
    int openDeals = 0;
    qint64 openAmount = 0;
    for (int i = 0; i < columns.size() && i < m_columns.size(); ++i) {
        const PipelineColumn &shown = columns.at(i);
        DealColumn *column = m_columns.at(i);
        column->clear();
        for (const PipelineDeal &deal : shown.deals) {
            m_deals.insert(deal.id, deal);
            QListWidgetItem *item = column->addCard(deal.id, deal.version, deal.companyName, cardDetails(deal));
            item->setToolTip(
                tr("%1\n%2\nOwner: %3")
                    .arg(deal.companyName, deal.title, deal.ownerName.isEmpty() ? tr("nobody") : deal.ownerName));
        }
        m_headers.at(i)->setText(QStringLiteral("<b>%1</b> (%2)<br>%3")
                                     .arg(dealStepTitle(shown.step).toHtmlEscaped(),
                                          QLocale().toString(shown.deals.size()),
                                          Money(shown.amountKopecks).format(QLocale()).toHtmlEscaped()));
        if (shown.step != DealStep::Paid && shown.step != DealStep::Lost) {
            openDeals += int(shown.deals.size());
            openAmount += shown.amountKopecks;
        }
    }
    m_summary->setText(
        tr("Open deals: %1, worth %2").arg(QLocale().toString(openDeals), Money(openAmount).format(QLocale())));
}

void PipelineBoard::refreshFromElsewhere()
{
    std::vector<std::unique_ptr<ScrollKeeper>> keepers;
    QList<qint64> selected;
    for (DealColumn *column : std::as_const(m_columns)) {
        keepers.push_back(std::make_unique<ScrollKeeper>(column));
        const QListWidgetItem *current = column->currentItem();
        selected.append(current ? current->data(DealColumn::DealIdRole).toLongLong() : 0);
    }
    reload();
    for (int i = 0; i < m_columns.size(); ++i) {
        DealColumn *column = m_columns.at(i);
        for (int row = 0; selected.at(i) != 0 && row < column->count(); ++row) {
            if (column->item(row)->data(DealColumn::DealIdRole).toLongLong() == selected.at(i))
                column->setCurrentRow(row);
        }
    }
}

bool PipelineBoard::askDetails(const PipelineDeal &deal, DealMove &move)
{
    const QString what = tr("%1: %2").arg(deal.companyName, deal.title);
    if (move.to == DealStep::InvoiceIssued) {
        InvoiceDialog dialog(what, m_context.clock.nowUtc().toLocalTime().date(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        move.invoiceNumber = dialog.number();
        move.invoiceDate = dialog.date();
    } else if (move.to == DealStep::Lost) {
        const QList<LostReason> reasons = LostReasonRepository(m_context).list();
        QStringList titles;
        for (const LostReason &reason : reasons)
            titles.append(reason.title);
        bool ok = false;
        const QString chosen
            = QInputDialog::getItem(this, tr("Deal lost"), tr("Why was %1 lost?").arg(what), titles, 0, false, &ok);
        if (!ok)
            return false;
        for (const LostReason &reason : reasons) {
            if (reason.title == chosen)
                move.lostReasonId = reason.id;
        }
    }
    return true;
}

bool PipelineBoard::moveDeal(qint64 dealId, qint64 expectedVersion, DealStep to)
{
    const PipelineDeal deal = m_deals.value(dealId);
    DealMove move;
    move.to = to;
    // A move the step table refuses is refused at once, without first asking for a lost reason or an invoice
    // (a paid deal dragged to lost); the explanation is the one core gives.
    const QString refusal = deal.id != 0 && to != DealStep::Paid ? DealStepMachine::refusal(deal.step, to) : QString();
    if (refusal.isEmpty() && deal.id != 0 && m_moveDetails && !m_moveDetails(deal, move))
        return false; // cancelled: the card stays
    const Attempt attempt = attemptOrExplain(this, tr("The deal was not moved"), [&] {
        if (!refusal.isEmpty())
            throw FunnelError(FunnelError::Kind::ForbiddenMove, refusal);
        StageMover(m_context).moveDeal(dealId, expectedVersion, move);
    });
    if (attempt == Attempt::Stale)
        reload(); // show what a colleague changed
    if (attempt != Attempt::Done)
        return false;
    reload();
    emit dealMoved(dealId);
    // The company's timeline has the step; an invoice starts a payment reminder, a lost deal closes follow-ups.
    announce(ChangeSet()
                 .add(ChangeSet::Kind::Deal, dealId)
                 .add(ChangeSet::Kind::Company, deal.companyId)
                 .addSomewhere(ChangeSet::Kind::Task));
    return true;
}

QList<QKeySequence> PipelineBoard::openCompanyKeys()
{
    return {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
}

qint64 PipelineBoard::focusedDealId() const
{
    for (const DealColumn *column : m_columns) {
        if (column->hasFocus() && column->currentItem())
            return column->currentItem()->data(DealColumn::DealIdRole).toLongLong();
    }
    return 0;
}

bool PipelineBoard::focusDeal(qint64 dealId)
{
    for (DealColumn *column : std::as_const(m_columns)) {
        if (column->focusDeal(dealId)) {
            m_scroll->ensureWidgetVisible(column, 0, 0);
            return true;
        }
    }
    return false;
}

void PipelineBoard::focusNeighbour(DealColumn *from, int direction, int row)
{
    // The nearest column that way with a card in it; the row the focus was on, or the last card if shorter.
    for (int index = m_columns.indexOf(from) + direction; index >= 0 && index < m_columns.size(); index += direction) {
        DealColumn *column = m_columns.at(index);
        if (column->count() == 0)
            continue;
        column->setCurrentRow(std::clamp(row, 0, column->count() - 1));
        column->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(column, 0, 0);
        return;
    }
}

bool PipelineBoard::moveByKey(DealColumn *from, qint64 dealId, qint64 expectedVersion, int direction)
{
    const int target = m_columns.indexOf(from) + direction;
    if (target < 0 || target >= m_columns.size() || m_context.db.isReadOnly())
        return false;
    // The same move as a drop on that column: the same questions, the same rules, the same refusals.
    const bool moved = moveDeal(dealId, expectedVersion, m_columns.at(target)->step());
    focusDeal(dealId); // where it is now, so that the next Ctrl+arrow moves it on
    return moved;
}

bool PipelineBoard::openCompany(qint64 dealId)
{
    const qint64 companyId = m_deals.value(dealId).companyId;
    if (companyId == 0)
        return false;
    emit companyActivated(companyId);
    return true;
}

QMenu *PipelineBoard::createCardMenu(qint64 dealId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    QAction *open = menu->addAction(tr("&Open company"), this, [this, dealId] { openCompany(dealId); });
    open->setObjectName(QStringLiteral("openCompanyAction"));
    open->setShortcuts(openCompanyKeys());
    open->setShortcutVisibleInContextMenu(true);
    open->setToolTip(tr("Show %1 in the cold base").arg(m_deals.value(dealId).companyName));
    menu->addSeparator();
    const bool writable = !m_context.db.isReadOnly();
    QAction *payment = menu->addAction(tr("Record &payment…"), this, [this, dealId] { recordPayment(dealId); });
    payment->setObjectName(QStringLiteral("recordPaymentAction"));
    payment->setEnabled(writable);
    if (m_deals.value(dealId).step != DealStep::InvoiceIssued)
        payment->setToolTip(tr("A payment is recorded against an issued invoice."));
    QAction *newDeal = menu->addAction(tr("&New deal…"), this, [this, dealId] { openNewDeal(dealId); });
    newDeal->setObjectName(QStringLiteral("newDealAction"));
    newDeal->setToolTip(tr("A repeat sale to %1").arg(m_deals.value(dealId).companyName));
    newDeal->setEnabled(writable);
    return menu;
}

void PipelineBoard::showCardMenu(DealColumn *column, const QPoint &at)
{
    const QListWidgetItem *card = column->itemAt(at);
    if (!card)
        return;
    QMenu *menu = createCardMenu(card->data(DealColumn::DealIdRole).toLongLong(), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(column->viewport()->mapToGlobal(at));
}

bool PipelineBoard::recordPayment(qint64 dealId)
{
    if (m_context.db.isReadOnly())
        return false;
    const QString companyName = m_deals.value(dealId).companyName;
    qint64 companyId = 0;
    qint64 paymentId = 0;
    try {
        // The deal as it is now, not as the card was drawn: the dialog shows what is left to pay on it.
        const std::optional<Deal> deal = DealRepository(m_context).find(dealId);
        if (!deal) {
            MessageBox::warning(this, tr("No payment recorded"), tr("The deal no longer exists: someone deleted it."));
            reload();
            return false;
        }
        if (const QString why = PaymentRecorder::refusal(*deal); !why.isEmpty()) {
            MessageBox::warning(this, tr("No payment can be recorded"), why);
            return false;
        }
        companyId = deal->companyId;
        PaymentDialog dialog(m_context, *deal, companyName, this);
        const bool recorded = ModalDialog::exec(dialog) == QDialog::Accepted;
        reload(); // after a colleague's change too
        if (!recorded)
            return false;
        m_status->setText(paymentStatus(dialog, *deal, companyName));
        paymentId = dialog.recorded().paymentId;
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("No payment recorded"), error.message());
        return false;
    }
    emit paymentRecorded(dealId, companyId);
    // The deal's paid sum (perhaps its step), the company's timeline (perhaps its hand-over to a client), and the
    // payment reminder closed.
    announce(ChangeSet()
                 .add(ChangeSet::Kind::Payment, paymentId)
                 .add(ChangeSet::Kind::Deal, dealId)
                 .add(ChangeSet::Kind::Company, companyId)
                 .addSomewhere(ChangeSet::Kind::Task));
    return true;
}

QString PipelineBoard::paymentStatus(const PaymentDialog &dialog, const Deal &deal, const QString &companyName) const
{
    const PaymentResult &result = dialog.recorded();
    QString status = tr("Payment of %1 recorded").arg(Money(dialog.recordedKopecks(), deal.currency).format(QLocale()));
    if (result.handedOver) {
        const auto manager = UserRepository(m_context).find(result.accountManagerId);
        status += tr("; %1 is now a client of %2")
                      .arg(companyName, manager ? manager->fullName : QString::number(result.accountManagerId));
    }
    if (result.dealPaid)
        return status + tr("; the deal is paid in full");
    return status
        + tr("; %1 left to pay").arg(Money(deal.amountKopecks - result.paidKopecks, deal.currency).format(QLocale()));
}

bool PipelineBoard::openNewDeal(qint64 dealId)
{
    const PipelineDeal shown = m_deals.value(dealId);
    if (shown.companyId == 0 || m_context.db.isReadOnly())
        return false;
    try {
        NewDealDialog dialog(m_context, m_users, shown.companyId, shown.companyName, this);
        if (ModalDialog::exec(dialog) != QDialog::Accepted)
            return false;
        reload();
        m_status->setText(tr("A new deal is open for %1").arg(shown.companyName));
        announce(ChangeSet()
                     .add(ChangeSet::Kind::Deal, dialog.opened().dealId)
                     .add(ChangeSet::Kind::Company, shown.companyId)
                     .addSomewhere(ChangeSet::Kind::Task));
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("The deal was not opened"), error.message());
        return false;
    }
    return true;
}

} // namespace voronka
