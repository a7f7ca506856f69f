#include "ClientTableModel.h"

#include "ClientsView.h"
#include "domain/Money.h"

#include <QLocale>

namespace voronka {

// The texts keep ClientsView's translation context: they are the section's column titles and cells.

void ClientTableModel::setRows(QList<ClientListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ClientsView::ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClientListRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(isNumber(index.column()) ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return row.companyId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ClientsView::NameColumn:
        return row.name;
    case ClientsView::StageColumn:
        return companyStageTitle(row.stage);
    case ClientsView::OwnerColumn:
        return row.ownerName.isEmpty() ? ClientsView::tr("nobody") : row.ownerName;
    case ClientsView::BroughtByColumn:
        return row.broughtByName;
    case ClientsView::ClientSinceColumn:
        return row.clientSince.isValid() ? locale.toString(row.clientSince.toLocalTime().date(), QLocale::ShortFormat)
                                         : QString();
    case ClientsView::LastPaymentColumn:
        return row.lastPaymentOn.isValid() ? locale.toString(row.lastPaymentOn, QLocale::ShortFormat)
                                           : ClientsView::tr("no payments");
    case ClientsView::LastAmountColumn:
        return row.lastPaymentOn.isValid() ? Money(row.lastPaymentKopecks).format(locale) : QString();
    case ClientsView::TotalPaidColumn:
        return Money(row.totalPaidKopecks).format(locale);
    case ClientsView::DealsColumn:
        return locale.toString(row.dealCount);
    default:
        return {};
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(isNumber(section) ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientsView::NameColumn:
        return ClientsView::tr("Company");
    case ClientsView::StageColumn:
        return ClientsView::tr("Stage");
    case ClientsView::OwnerColumn:
        return ClientsView::tr("Account manager");
    case ClientsView::BroughtByColumn:
        return ClientsView::tr("Brought by");
    case ClientsView::ClientSinceColumn:
        return ClientsView::tr("Client since");
    case ClientsView::LastPaymentColumn:
        return ClientsView::tr("Last payment");
    case ClientsView::LastAmountColumn:
        return ClientsView::tr("Amount");
    case ClientsView::TotalPaidColumn:
        return ClientsView::tr("Total paid");
    case ClientsView::DealsColumn:
        return ClientsView::tr("Deals");
    default:
        return {};
    }
}

bool ClientTableModel::isNumber(int column)
{
    return column == ClientsView::LastAmountColumn || column == ClientsView::TotalPaidColumn
        || column == ClientsView::DealsColumn;
}

} // namespace voronka
