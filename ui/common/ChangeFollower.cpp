#include "ChangeFollower.h"

#include "storage/ChangeHub.h"

#include <QEvent>
#include <QWidget>

namespace voronka {

ChangeFollower::ChangeFollower(QWidget *section, ChangeHub &hub, WhileHidden whileHidden, Concerns concerns,
                               Refresh refresh)
    : QObject(section)
    , m_section(section)
    , m_whileHidden(whileHidden)
    , m_concerns(std::move(concerns))
    , m_refresh(std::move(refresh))
{
    connect(&hub, &ChangeHub::changed, this, &ChangeFollower::take);
    if (m_whileHidden == WhileHidden::ReadWhenShown)
        section->installEventFilter(this);
}

bool ChangeFollower::isInView(const QWidget *section)
{
    return section->isVisibleTo(section->window());
}

void ChangeFollower::take(const ChangeSet &changes, const QObject *source)
{
    const auto *writer = qobject_cast<const QWidget *>(source);
    if (writer && (writer == m_section || m_section->isAncestorOf(writer)))
        return;
    if (!m_concerns(changes))
        return;
    if (isInView(m_section)) {
        m_refresh(changes);
    } else if (m_whileHidden == WhileHidden::ReadWhenShown) {
        m_pending.merge(changes);
    }
}

bool ChangeFollower::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent: made the current page of a stack, also in a window not shown yet; Show: a section that is a
    // window of its own shown again after hide().
    if (watched == m_section && (event->type() == QEvent::Show || event->type() == QEvent::ShowToParent) && isStale()) {
        const ChangeSet pending = m_pending;
        m_pending = ChangeSet();
        m_refresh(pending);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace voronka
