#include "MeetingTableModel.h"

#include "MeetingsView.h"
#include "common/DateTimeText.h"

#include <QBrush>

namespace voronka {

// The texts keep MeetingsView's translation context: they are the section's column titles and cells.

void MeetingTableModel::setRows(QList<MeetingListRow> rows, const QDateTime &now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    endResetModel();
}

bool MeetingTableModel::isOverdue(int row) const
{
    return m_rows.at(row).dueAt <= m_now;
}

int MeetingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MeetingsView::ColumnCount;
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MeetingListRow &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.companyId;
    if (role == Qt::ForegroundRole && index.column() == MeetingsView::WhenColumn && isOverdue(index.row()))
        return QBrush(Qt::red);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MeetingsView::WhenColumn: {
        const QString when = shortDateTimeText(row.dueAt);
        return isOverdue(index.row()) ? MeetingsView::tr("%1 (overdue)").arg(when) : when;
    }
    case MeetingsView::CompanyColumn:
        return row.companyName;
    case MeetingsView::CityColumn:
        return row.city;
    case MeetingsView::PhoneColumn:
        return row.mainPhone;
    case MeetingsView::PlaceColumn:
        return row.place;
    case MeetingsView::CloserColumn:
        return row.assigneeName.isEmpty() ? MeetingsView::tr("nobody") : row.assigneeName;
    case MeetingsView::BookedByColumn:
        return row.bookedByName;
    default:
        return {};
    }
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeetingsView::WhenColumn:
        return MeetingsView::tr("When");
    case MeetingsView::CompanyColumn:
        return MeetingsView::tr("Company");
    case MeetingsView::CityColumn:
        return MeetingsView::tr("City");
    case MeetingsView::PhoneColumn:
        return MeetingsView::tr("Phone");
    case MeetingsView::PlaceColumn:
        return MeetingsView::tr("Place");
    case MeetingsView::CloserColumn:
        return MeetingsView::tr("Closer");
    case MeetingsView::BookedByColumn:
        return MeetingsView::tr("Booked by");
    default:
        return {};
    }
}

} // namespace voronka
