#include "DealColumn.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

#include <optional>

namespace voronka {

namespace {
struct DraggedDeal
{
    qint64 id = 0;
    qint64 version = 0;
    QString fromKey;
};

std::optional<DraggedDeal> readDragged(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(DealColumn::mimeType()))
        return std::nullopt;
    const QList<QByteArray> parts = mime->data(DealColumn::mimeType()).split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    bool idOk = false;
    bool versionOk = false;
    DraggedDeal deal {parts.at(0).toLongLong(&idOk), parts.at(1).toLongLong(&versionOk),
                      QString::fromLatin1(parts.at(2))};
    if (!idOk || !versionOk || deal.id <= 0)
        return std::nullopt;
    return deal;
}
} // namespace

DealColumn::DealColumn(DealStep step, QWidget *parent)
    : QListWidget(parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("column_") + dealStepKey(step));
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false); // long lines are elided (the tooltip has them whole): wrapped items misjudge their height
    setTextElideMode(Qt::ElideRight);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

QString DealColumn::mimeType()
{
    return QStringLiteral("application/x-voronka-deal");
}

QMimeData *DealColumn::dealMimeData(qint64 dealId, qint64 version, DealStep from)
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(),
                  QByteArray::number(dealId) + ' ' + QByteArray::number(version) + ' ' + dealStepKey(from).toLatin1());
    return mime;
}

QStringList DealColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *DealColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    const QListWidgetItem *item = items.first();
    return dealMimeData(item->data(DealIdRole).toLongLong(), item->data(VersionRole).toLongLong(), m_step);
}

Qt::DropActions DealColumn::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool DealColumn::acceptsFrom(const QMimeData *mime) const
{
    const auto deal = readDragged(mime);
    return deal && deal->fromKey != dealStepKey(m_step);
}

void DealColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsFrom(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DealColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsFrom(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DealColumn::dropEvent(QDropEvent *event)
{
    const auto deal = readDragged(event->mimeData());
    if (!deal || deal->fromKey == dealStepKey(m_step)) {
        event->ignore();
        return;
    }
    // A copy action: the source column keeps its card; the board reloads both after a move.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit dealDropped(deal->id, deal->version, m_step);
}

} // namespace voronka
