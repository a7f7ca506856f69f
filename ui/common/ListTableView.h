#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTableView>

namespace voronka {

// A read-only list of records, one per row: whole rows selected one at a time, fixed row heights (sizing rows to
// their contents would read every row of a long list), no word wrap, left-aligned headers.
//
// Its columns size themselves to what they hold: each fits its header, the texts it is given as samples (the
// widest date, an amount) and the rows in view, and one column (the name) stretches over the width the others
// leave. The rows in view only: a list can hold a million companies read in pages, and a scan of every row to
// size a column would read them all. The stretch column never gets narrower than its own content needs, so on a
// narrow screen the list scrolls sideways rather than cutting every name short.
class ListTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ListTableView(const QString &objectName, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // How the stretch column fares on a narrow screen: a name is what a row is looked up by, so its column stays
    // the widest one even when the list has to scroll sideways; free text (a note) takes what the others leave,
    // down to what its rows in view need.
    enum class Stretch { KeepWidest, TakeWhatIsLeft };
    // The column that takes the width the others leave; -1 (the default): none.
    void setStretchColumn(int column, Stretch rule = Stretch::KeepWidest);
    int stretchColumn() const { return m_stretchColumn; }
    // Texts the column must show whole besides its header and the rows in view (a column sized before its rows
    // are read, or one whose widest values are rare).
    void setColumnSamples(int column, const QStringList &samples);
    // A column whose texts are free (a note, a next step) gets at most about this many characters' width; the
    // rest is elided, and the tooltip has it whole.
    void setColumnMaximumCharacters(int column, int characters);
    // Sizes the columns again from the header, the samples and the rows in view. Runs by itself when the list is
    // shown and, once its owner has scrolled it, after its rows are read again; columns the user has resized by hand
    // keep their width.
    void fitColumns();
    // fitColumns() once the events queued now have run (see setModel()).
    void fitColumnsSoon();
    // The width a column needs for its header, its samples and the rows in view.
    int neededColumnWidth(int column) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void stretch();
    int textWidth(const QString &text) const;

    int m_stretchColumn = -1;
    Stretch m_stretchRule = Stretch::KeepWidest;
    int m_stretchColumnNeeds = 0;
    QList<QMetaObject::Connection> m_modelConnections;
    QHash<int, QStringList> m_samples;
    QHash<int, int> m_maximumCharacters;
    QSet<int> m_sizedByUser;
    bool m_sizing = false; // the view itself resizes sections, not the user
    bool m_fitPending = false;
};

} // namespace voronka
