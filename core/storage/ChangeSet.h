#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace voronka {

// What one write changed, told to the views that show it (ChangeHub): for each kind of record, the ids of those
// changed. A kind can also be changed "somewhere": some of its records changed and which is unknown (another
// desktop's commit, an import of thousands), so a view showing any of them reads them all again.
//
// Writers name every kind they touched, also the ones a view might not think of: a payment changes a payment, its
// deal (paid so far, perhaps its step), its company (the timeline, perhaps a hand-over to a client) and tasks (the
// payment reminder closed).
class ChangeSet
{
public:
    enum class Kind { Company, Deal, Task, Payment, User, Setting };
    static QList<Kind> allKinds();

    // Every kind changed somewhere: what another connection's commit means (DatabaseWatcher).
    static ChangeSet everything();

    // The record of that kind changed; an id of 0 (not known to the writer) counts as "somewhere".
    ChangeSet &add(Kind kind, qint64 id);
    // Some records of that kind changed, which is unknown. (Settings are few and read whole: always this.)
    ChangeSet &addSomewhere(Kind kind);
    ChangeSet &merge(const ChangeSet &other);

    bool isEmpty() const;
    // Every kind changed somewhere.
    bool isEverything() const;
    bool touches(Kind kind) const;
    // Whether the record may have changed: it is named, or its kind changed somewhere.
    bool touches(Kind kind, qint64 id) const;
    // Whether any of these records may have changed.
    bool touchesAny(Kind kind, const QSet<qint64> &ids) const;
    // The records of that kind named, in ascending order; empty when the kind is untouched or changed somewhere.
    QList<qint64> ids(Kind kind) const;
    bool isSomewhere(Kind kind) const { return m_somewhere.contains(kind); }

    bool operator==(const ChangeSet &other) const;

private:
    QHash<Kind, QSet<qint64>> m_ids;
    QSet<Kind> m_somewhere;
};

inline size_t qHash(ChangeSet::Kind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}

} // namespace voronka
