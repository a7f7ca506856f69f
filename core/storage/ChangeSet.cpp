#include "ChangeSet.h"

#include <algorithm>

namespace voronka {

QList<ChangeSet::Kind> ChangeSet::allKinds()
{
    return {Kind::Company, Kind::Deal, Kind::Task, Kind::Payment, Kind::User, Kind::Setting};
}

ChangeSet ChangeSet::everything()
{
    ChangeSet changes;
    for (const Kind kind : allKinds())
        changes.addSomewhere(kind);
    return changes;
}

ChangeSet &ChangeSet::add(Kind kind, qint64 id)
{
    if (id <= 0 || kind == Kind::Setting)
        return addSomewhere(kind);
    if (!m_somewhere.contains(kind))
        m_ids[kind].insert(id);
    return *this;
}

ChangeSet &ChangeSet::addSomewhere(Kind kind)
{
    m_somewhere.insert(kind);
    m_ids.remove(kind); // "which is unknown" covers every id named so far
    return *this;
}

ChangeSet &ChangeSet::merge(const ChangeSet &other)
{
    for (const Kind kind : other.m_somewhere)
        addSomewhere(kind);
    for (auto it = other.m_ids.cbegin(); it != other.m_ids.cend(); ++it) {
        for (const qint64 id : it.value())
            add(it.key(), id);
    }
    return *this;
}

bool ChangeSet::isEmpty() const
{
    return m_ids.isEmpty() && m_somewhere.isEmpty();
}

bool ChangeSet::isEverything() const
{
    return m_somewhere.size() == allKinds().size();
}

bool ChangeSet::touches(Kind kind) const
{
    return m_somewhere.contains(kind) || m_ids.contains(kind);
}

bool ChangeSet::touches(Kind kind, qint64 id) const
{
    return m_somewhere.contains(kind) || m_ids.value(kind).contains(id);
}

bool ChangeSet::touchesAny(Kind kind, const QSet<qint64> &ids) const
{
    if (m_somewhere.contains(kind))
        return true;
    const auto named = m_ids.constFind(kind);
    return named != m_ids.cend() && named->intersects(ids);
}

QList<qint64> ChangeSet::ids(Kind kind) const
{
    QList<qint64> named = m_ids.value(kind).values();
    std::sort(named.begin(), named.end());
    return named;
}

bool ChangeSet::operator==(const ChangeSet &other) const
{
    return m_ids == other.m_ids && m_somewhere == other.m_somewhere;
}

} // namespace voronka
