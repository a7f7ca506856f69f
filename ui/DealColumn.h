#pragma once

#include "domain/DealStep.h"

#include <QListWidget>

class QMimeData;

namespace voronka {

// One column of the pipeline board: the deal cards at one step. A card dragged here asks the board to move
// its deal (dealDropped); the column itself never moves or removes a card, the board reloads after a move.
class DealColumn : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int DealIdRole = Qt::UserRole + 1;
    static constexpr int VersionRole = Qt::UserRole + 2;

    explicit DealColumn(DealStep step, QWidget *parent = nullptr);

    DealStep step() const { return m_step; }
    // What dragging a card carries: the deal, the version it was read at and the step it is shown in.
    static QMimeData *dealMimeData(qint64 dealId, qint64 version, DealStep from);
    static QString mimeType();

signals:
    void dealDropped(qint64 dealId, qint64 expectedVersion, voronka::DealStep to);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsFrom(const QMimeData *mime) const;

    DealStep m_step;
};

} // namespace voronka
