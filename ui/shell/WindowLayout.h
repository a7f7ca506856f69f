#pragma once

#include <QRect>
#include <QString>

class QSettings;
class QWidget;

namespace voronka {

// Where a user left a window on this computer: its geometry, a main window's state, and the sizes of its named
// splitters (every QSplitter child with an objectName). Kept in QSettings under the user's login: local to the
// computer and to the person, never in the shared base, where one desk's screen means nothing to another's.
// A restored window always lies within the available area of the screen (a laptop's after a big monitor).
class WindowLayout
{
public:
    WindowLayout(QSettings &settings, const QString &login);

    // False when nothing was saved for this user: the window keeps its own first geometry.
    bool restore(QWidget &window) const;
    void save(const QWidget &window);

    // The wanted rectangle, shrunk to the available area where it is larger (never below minimum, the least the
    // window can be) and moved into it where it sticks out; what cannot fit keeps its top left corner (and so
    // the title bar) on the screen.
    static QRect fitted(const QRect &wanted, const QRect &available, const QSize &minimum = QSize());
    // A first window: the preferred size unless the screen is smaller, centred in the available area.
    static QRect initial(const QSize &preferred, const QRect &available);
    // The available area of the screen the window is on (the primary screen before it is shown).
    static QRect availableArea(const QWidget &window);

private:
    QString key(const QString &name) const;

    QSettings &m_settings;
    QString m_group;
};

} // namespace voronka
