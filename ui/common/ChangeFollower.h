#pragma once

#include "storage/ChangeSet.h"

#include <QObject>

#include <functional>

class QWidget;

namespace voronka {

class ChangeHub;

// How a section follows its base's ChangeHub, so that no window has to tell it when to read again. An announcement
// that concerns what the section shows has it read again: at once while the section is in view (keeping selection
// and scroll is the section's refresh's job); while it is hidden, either when it is next shown (ReadWhenShown: a
// hidden list read again every few seconds in a busy office would be work nobody sees) or not at all (Ignore: for a
// section that reads everything again whenever it is shown anyway). The section's own announcements (made by it or
// a widget inside it) are left out: it shows its result already.
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    enum class WhileHidden { ReadWhenShown, Ignore };
    // Whether an announcement changes what the section shows now.
    using Concerns = std::function<bool(const ChangeSet &changes)>;
    // Reads the section again; given what changed (several announcements merged while it was hidden).
    using Refresh = std::function<void(const ChangeSet &changes)>;

    ChangeFollower(QWidget *section, ChangeHub &hub, WhileHidden whileHidden, Concerns concerns, Refresh refresh);

    // Changes came while the section was hidden: it reads again when it is shown.
    bool isStale() const { return !m_pending.isEmpty(); }
    // Whether the section is on screen, or would be once its window is shown (also back from the tray): not a hidden
    // page of a stack, not a hidden window of its own.
    static bool isInView(const QWidget *section);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void take(const ChangeSet &changes, const QObject *source);

    QWidget *m_section = nullptr;
    WhileHidden m_whileHidden;
    Concerns m_concerns;
    Refresh m_refresh;
    ChangeSet m_pending;
};

} // namespace voronka
