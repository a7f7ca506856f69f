#include "CompanyListModel.h"

#include "domain/PhoneNormalizer.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QLocale>

#include <cstdlib>
#include <limits>

namespace voronka {

CompanyListModel::CompanyListModel(Database &db, QObject *parent)
    : CompanyListModel(db, defaultBackgroundFrom, parent)
{
}

CompanyListModel::CompanyListModel(Database &db, qint64 backgroundFrom, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(std::make_unique<CompanyListQuery>(db, CompanyFilter{}))
    , m_backgroundFrom(backgroundFrom)
{
    // Counting a million companies, and reading the first page the view sizes its columns from, took most of the
    // window's start on the bench base: on a base that may be big, both come from the worker, and the list is
    // empty (loading) until then. The highest id costs one index look and never says a big base is small.
    qint64 mayHold = 0;
    try {
        mayHold = CompanyListQuery::highestId(m_db);
    } catch (const StorageError &) {
        // recount() reports what fails
    }
    if (mayHold < m_backgroundFrom) {
        recount();
        return;
    }
    m_baseSize = mayHold;
    load(CompanyFilter{});
}

// The reader waits for a read still running, so nothing it posts back outlives the model.
CompanyListModel::~CompanyListModel() = default;

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
        m_loadingGeneration = 0; // what the worker still brings is for an older filter
        ++*m_generation;
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
    const quint64 generation = ++*m_generation;
    if (!loadsInBackground()) {
        m_loadingGeneration = 0;
        setFilter(filter);
        emit loaded(companyId != 0 ? rowOfCompany(companyId) : -1);
        return;
    }
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(m_db.path(), m_db.viewer());
    m_loadingGeneration = generation;
    m_loadingFilter = filter;
    const auto latest = m_generation;
    const auto deliver = [this](const Snapshot &snapshot) {
        QMetaObject::invokeMethod(
            this, [this, snapshot] { takeSnapshot(snapshot); }, Qt::QueuedConnection);
    };
    m_reader->post(
        [generation, latest, filter, companyId, deliver](Database &db) {
            if (generation < latest->load())
                return; // the user typed on; a newer load is queued
            Snapshot snapshot = readSnapshot(db, filter, companyId);
            snapshot.generation = generation;
            deliver(snapshot);
        },
        [generation, filter, deliver](const StorageError &error) {
            Snapshot failed;
            failed.generation = generation;
            failed.filter = filter;
            failed.error = error.message();
            deliver(failed);
        });
}

CompanyListModel::Snapshot CompanyListModel::readSnapshot(Database &db, const CompanyFilter &filter, qint64 companyId)
{
    const CompanyListQuery query(db, filter);
    Snapshot snapshot;
    snapshot.filter = filter;
    snapshot.count = query.count();
    snapshot.position = companyId != 0 ? query.positionOf(companyId) : -1;
    snapshot.firstRow = snapshot.position >= 0 ? snapshot.position / pageSize * pageSize : 0;
    snapshot.rows = query.rowsAt(snapshot.firstRow, pageSize, snapshot.count);
    snapshot.known = query.known();
    return snapshot;
}

void CompanyListModel::takeSnapshot(const Snapshot &snapshot)
{
    if (snapshot.generation != m_loadingGeneration)
        return; // a newer load() or setFilter() came after it
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
