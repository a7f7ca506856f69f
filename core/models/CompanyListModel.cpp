#include "CompanyListModel.h"

#include "CompanyListLoader.h"
#include "domain/PhoneNormalizer.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QLocale>

#include <cstdlib>
#include <limits>

namespace voronka {

CompanyListModel::CompanyListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(std::make_unique<CompanyListQuery>(db, CompanyFilter{}))
{
    recount();
}

CompanyListModel::~CompanyListModel()
{
    if (!m_loader)
        return;
    // The loader's connection must be closed on its own thread; a read still running is waited for.
    m_loader->supersede(std::numeric_limits<quint64>::max());
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader] { delete loader; }, Qt::BlockingQueuedConnection);
    m_loaderThread.quit();
    m_loaderThread.wait();
}

void CompanyListModel::recount()
{
    // Reads run inside paint and layout code: a failure is reported through a signal, never thrown into Qt.
    try {
        m_count = m_query->count();
        if (m_query->filter() == CompanyFilter{})
            m_baseSize = m_count;
        m_lastError.clear();
    } catch (const StorageError &error) {
        m_count = 0;
        m_lastError = error.message();
        emit readFailed(m_lastError);
    }
}

void CompanyListModel::setFilter(const CompanyFilter &filter)
{
    if (m_loadingGeneration != 0) {
        m_loadingGeneration = 0; // what the loader still brings is for an older filter
        m_loader->supersede(++m_generation);
    }
    beginResetModel();
    m_query = std::make_unique<CompanyListQuery>(m_db, filter);
    m_pages.clear();
    recount();
    endResetModel();
}

const CompanyFilter &CompanyListModel::filter() const
{
    return m_query->filter();
}

void CompanyListModel::refresh()
{
    if (!isLoading())
        setFilter(m_query->filter());
}

void CompanyListModel::load(const CompanyFilter &filter, qint64 companyId)
{
    ++m_generation;
    if (!loadsInBackground()) {
        m_loadingGeneration = 0;
        setFilter(filter);
        emit loaded(companyId != 0 ? rowOfCompany(companyId) : -1);
        return;
    }
    startLoader();
    m_loadingGeneration = m_generation;
    m_loadingFilter = filter;
    m_loader->supersede(m_generation);
    QMetaObject::invokeMethod(m_loader, "load", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(voronka::CompanyFilter, filter), Q_ARG(qint64, companyId), Q_ARG(int, pageSize));
}

void CompanyListModel::startLoader()
{
    if (m_loader)
        return;
    qRegisterMetaType<voronka::CompanyFilter>();
    qRegisterMetaType<voronka::CompanyListSnapshot>();
    m_loader = new CompanyListLoader(m_db.path());
    m_loader->moveToThread(&m_loaderThread);
    connect(m_loader, &CompanyListLoader::loaded, this, &CompanyListModel::takeSnapshot, Qt::QueuedConnection);
    m_loaderThread.setObjectName(QStringLiteral("company list loader"));
    m_loaderThread.start();
}

void CompanyListModel::takeSnapshot(const CompanyListSnapshot &snapshot)
{
    if (snapshot.generation != m_loadingGeneration)
        return; // a newer load() is on its way
    m_loadingGeneration = 0;
    beginResetModel();
    m_query = std::make_unique<CompanyListQuery>(m_db, snapshot.filter);
    m_pages.clear();
    if (snapshot.error.isEmpty()) {
        m_query->assume(snapshot.known);
        m_count = snapshot.count;
        if (snapshot.filter == CompanyFilter{})
            m_baseSize = m_count;
        m_pages.insert(snapshot.firstRow / pageSize, snapshot.rows);
        ++m_pagesRead;
        m_lastError.clear();
    } else {
        m_count = 0;
        m_lastError = snapshot.error;
    }
    endResetModel();
    if (!snapshot.error.isEmpty())
        emit readFailed(m_lastError);
    emit loaded(int(snapshot.position));
}

qint64 CompanyListModel::companyIdAt(int row) const
{
    const CompanyListRow *found = rowAt(row);
    return found ? found->id : 0;
}

int CompanyListModel::rowOfCompany(qint64 companyId) const
{
    try {
        return int(m_query->positionOf(companyId));
    } catch (const StorageError &error) {
        m_lastError = error.message();
        emit readFailed(m_lastError);
        return -1;
    }
}

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Views address rows with int; a base beyond two billion companies is out of scope.
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CompanyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CompanyListRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == CompanyIdRole)
        return row->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row->name;
    case PhoneColumn:
        return row->mainPhone.startsWith(QLatin1Char('+')) ? PhoneNormalizer::formatInternational(row->mainPhone)
                                                           : row->mainPhone;
    case CityColumn:
        return row->city;
    case StageColumn:
        return companyStageTitle(row->stage);
    case OwnerColumn:
        return row->ownerName;
    case NextActionColumn:
        if (!row->nextActionAt.isValid())
            return QString();
        {
            const QDateTime local = row->nextActionAt.toLocalTime();
            return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + local.time().toString(QStringLiteral("HH:mm"));
        }
    default:
        return {};
    }
}

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Company");
    case PhoneColumn:
        return tr("Phone");
    case CityColumn:
        return tr("City");
    case StageColumn:
        return tr("Stage");
    case OwnerColumn:
        return tr("Owner");
    case NextActionColumn:
        return tr("Next action");
    default:
        return {};
    }
}

const CompanyListRow *CompanyListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<CompanyListRow> &rows = page(row / pageSize);
    const int inPage = row % pageSize;
    return inPage < rows.size() ? &rows.at(inPage) : nullptr;
}

const QList<CompanyListRow> &CompanyListModel::page(qint64 pageNumber) const
{
    auto found = m_pages.constFind(pageNumber);
    if (found != m_pages.constEnd())
        return *found;

    forgetFarPages(pageNumber);
    QList<CompanyListRow> rows;
    // Keyset from a neighbouring page when there is one: no OFFSET walk while the user scrolls.
    const auto previous = m_pages.constFind(pageNumber - 1);
    const auto next = m_pages.constFind(pageNumber + 1);
    try {
        if (previous != m_pages.constEnd() && previous->size() == pageSize)
            rows = m_query->rowsAfter(previous->last(), pageSize);
        else if (next != m_pages.constEnd() && !next->isEmpty())
            rows = m_query->rowsBefore(next->first(), pageSize);
        else
            rows = m_query->rowsAt(pageNumber * pageSize, pageSize, m_count);
    } catch (const StorageError &error) {
        static const QList<CompanyListRow> unreadable;
        if (m_lastError != error.message()) {
            m_lastError = error.message();
            emit readFailed(m_lastError);
        }
        return unreadable;
    }
    ++m_pagesRead;
    return *m_pages.insert(pageNumber, rows);
}

void CompanyListModel::forgetFarPages(qint64 nearPage) const
{
    if (m_pages.size() < maxCachedPages)
        return;
    qint64 farthest = nearPage;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (std::llabs(it.key() - nearPage) > std::llabs(farthest - nearPage))
            farthest = it.key();
    }
    m_pages.remove(farthest);
}

} // namespace voronka
