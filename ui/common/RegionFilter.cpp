#include "RegionFilter.h"

#include "NarrowCombo.h"
#include "storage/RegionListQuery.h"
#include "storage/StorageError.h"

#include <QAbstractItemView>
#include <QSignalBlocker>

namespace voronka {

RegionFilter::RegionFilter(Database &db, QWidget *parent)
    : QComboBox(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("regionFilter"));
    setToolTip(tr("Only the companies of one region"));
    keepNarrow(this, 14);
    reload();
}

QString RegionFilter::region() const
{
    return currentData().toString();
}

void RegionFilter::reload()
{
    QStringList regions;
    try {
        regions = RegionListQuery::present(m_db);
    } catch (const StorageError &) {
        // The list stays as it was; the section's own read reports a base that cannot be read.
        if (count() > 0)
            return;
    }
    const QString chosen = region();
    if (!chosen.isEmpty() && !regions.contains(chosen))
        regions.prepend(chosen);
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("All regions"), QString());
    for (const QString &name : std::as_const(regions))
        addItem(name, name);
    setCurrentIndex(std::max(0, findData(chosen)));
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth());
}

void RegionFilter::showPopup()
{
    reload();
    QComboBox::showPopup();
}

} // namespace voronka
