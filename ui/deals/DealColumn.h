#pragma once

#include "domain/DealStep.h"

#include <QListWidget>

class QFontMetrics;
class QMimeData;

namespace voronka {

// One column of the pipeline board: the deal cards at one step. A card dragged here asks the board to move
// its deal (dealDropped); the column itself never moves or removes a card, the board reloads after a move.
// The keyboard does what the mouse does: arrows go from card to card and column to column, Ctrl+arrow asks to move
// the deal to the neighbouring step.
class DealColumn : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int DealIdRole = Qt::UserRole + 1;
    static constexpr int VersionRole = Qt::UserRole + 2;
    static constexpr int CompanyNameRole = Qt::UserRole + 3;
    static constexpr int DetailsRole = Qt::UserRole + 4;

    explicit DealColumn(DealStep step, QWidget *parent = nullptr);

    DealStep step() const { return m_step; }
    // What dragging a card carries: the deal, the version it was read at and the step it is shown in.
    static QMimeData *dealMimeData(qint64 dealId, qint64 version, DealStep from);
    static QString mimeType();
    // Adds a deal's card: the company's name (on as many lines as the column's width needs, up to three), then
    // the lines of details.
    QListWidgetItem *addCard(qint64 dealId, qint64 version, const QString &companyName, const QString &details);
    // A company's name on lines of the width, broken after a space or a hyphen where it can; what does not fit on
    // maxLines lines is elided.
    static QString wrappedName(const QString &name, const QFontMetrics &metrics, int width, int maxLines = 3);
    // Makes the deal's card the current one and gives the column the focus; false when the deal is not here.
    bool focusDeal(qint64 dealId);

signals:
    void dealDropped(qint64 dealId, qint64 expectedVersion, voronka::DealStep to);
    // Left or right arrow on a card (direction -1 or +1): the focus goes to the neighbouring column's card at row.
    void neighbourRequested(int direction, int row);
    // Ctrl+left or Ctrl+right on a card: the deal moves to the neighbouring step, as if dragged there.
    void moveRequested(qint64 dealId, qint64 expectedVersion, int direction);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsFrom(const QMimeData *mime) const;
    // Lays the names out again for the width the cards have now.
    void fitCardTexts();
    int cardTextWidth() const;

    DealStep m_step;
};

} // namespace voronka
