#include "DealColumn.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMimeData>
#include <QStyle>

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
    DraggedDeal deal{parts.at(0).toLongLong(&idOk), parts.at(1).toLongLong(&versionOk),
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
    // Long lines are elided (the tooltip has them whole): wrapped items misjudge their height. The company's name
    // is broken onto lines here instead (fitCardTexts), as the column's width allows.
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

QListWidgetItem *DealColumn::addCard(qint64 dealId, qint64 version, const QString &companyName, const QString &details)
{
    auto *card = new QListWidgetItem(this);
    card->setData(DealIdRole, dealId);
    card->setData(VersionRole, version);
    card->setData(CompanyNameRole, companyName);
    card->setData(DetailsRole, details);
    card->setText(wrappedName(companyName, fontMetrics(), cardTextWidth()) + QLatin1Char('\n') + details);
    return card;
}

int DealColumn::cardTextWidth() const
{
    // The card's border, padding and margin (the board's style sheet), the style's margin around an item's text,
    // and the list's spacing on both sides.
    constexpr int cardFrame = 2 * (1 + 4 + 1);
    const int textMargin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    return viewport()->width() - 2 * spacing() - cardFrame - textMargin - 2;
}

QString DealColumn::wrappedName(const QString &name, const QFontMetrics &metrics, int width, int maxLines)
{
    // Each line ends after a space or a hyphen ("ИП «Оптима-" / "Строй»"), as late as fits; a word longer than the
    // line is cut where it must be. The last line allowed takes the rest, elided.
    QStringList lines;
    QString rest = name.trimmed();
    while (!rest.isEmpty() && lines.size() + 1 < maxLines && width > 0 && metrics.horizontalAdvance(rest) > width) {
        int end = 0;
        for (int i = 0; i < rest.size(); ++i) {
            const QChar c = rest.at(i);
            if ((c == QLatin1Char(' ') || c == QLatin1Char('-'))
                && metrics.horizontalAdvance(rest.left(i + 1).trimmed()) <= width)
                end = i + 1;
        }
        if (end == 0) {
            end = rest.size();
            while (end > 1 && metrics.horizontalAdvance(rest.left(end)) > width)
                --end;
        }
        lines.append(rest.left(end).trimmed());
        rest = rest.mid(end).trimmed();
    }
    if (!rest.isEmpty())
        lines.append(width > 0 && metrics.horizontalAdvance(rest) > width
                         ? metrics.elidedText(rest, Qt::ElideRight, width)
                         : rest);
    return lines.join(QLatin1Char('\n'));
}

void DealColumn::fitCardTexts()
{
    const int width = cardTextWidth();
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *card = item(row);
        const QString text = wrappedName(card->data(CompanyNameRole).toString(), fontMetrics(), width)
            + QLatin1Char('\n') + card->data(DetailsRole).toString();
        if (text != card->text())
            card->setText(text);
    }
}

void DealColumn::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    fitCardTexts();
}

bool DealColumn::focusDeal(qint64 dealId)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(DealIdRole).toLongLong() == dealId) {
            setCurrentRow(row);
            setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void DealColumn::keyPressEvent(QKeyEvent *event)
{
    const int direction = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    Qt::KeyboardModifiers modifiers = event->modifiers();
    modifiers.setFlag(Qt::KeypadModifier, false);
    if (direction != 0 && modifiers == Qt::NoModifier) {
        emit neighbourRequested(direction, currentRow());
        event->accept();
        return;
    }
    if (direction != 0 && modifiers == Qt::ControlModifier) {
        if (const QListWidgetItem *card = currentItem()) {
            emit moveRequested(card->data(DealIdRole).toLongLong(), card->data(VersionRole).toLongLong(), direction);
        }
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
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
