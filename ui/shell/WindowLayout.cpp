#include "WindowLayout.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QUrl>

namespace voronka {

namespace {
QList<QSplitter *> namedSplitters(const QWidget &window)
{
    QList<QSplitter *> named;
    for (QSplitter *splitter : window.findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            named.append(splitter);
    }
    return named;
}
} // namespace

WindowLayout::WindowLayout(QSettings &settings, const QString &login)
    : m_settings(settings)
    // A login is the user's own text: encoded, so that a "/" in it cannot reach into another user's keys.
    , m_group(QStringLiteral("windows/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(login))))
{
}

QString WindowLayout::key(const QString &name) const
{
    return m_group + name;
}

QRect WindowLayout::availableArea(const QWidget &window)
{
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QRect WindowLayout::fitted(const QRect &wanted, const QRect &available, const QSize &minimum)
{
    if (available.isEmpty())
        return wanted;
    QRect fit(wanted.topLeft(), wanted.size().boundedTo(available.size()).expandedTo(minimum));
    if (fit.right() > available.right())
        fit.moveRight(available.right());
    if (fit.bottom() > available.bottom())
        fit.moveBottom(available.bottom());
    if (fit.left() < available.left())
        fit.moveLeft(available.left());
    if (fit.top() < available.top())
        fit.moveTop(available.top());
    return fit;
}

QRect WindowLayout::initial(const QSize &preferred, const QRect &available)
{
    if (available.isEmpty())
        return QRect(QPoint(), preferred);
    // A little smaller than the whole area: the window manager's frame and title bar come on top of it.
    const QSize room(available.width() * 95 / 100, available.height() * 92 / 100);
    QRect rect(QPoint(), preferred.boundedTo(room));
    rect.moveCenter(available.center());
    return rect;
}

bool WindowLayout::restore(QWidget &window) const
{
    const QByteArray geometry = m_settings.value(key(QStringLiteral("geometry"))).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        return false;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(&window))
        mainWindow->restoreState(m_settings.value(key(QStringLiteral("state"))).toByteArray());
    for (QSplitter *splitter : namedSplitters(window)) {
        const QVariant state = m_settings.value(key(QStringLiteral("splitters/") + splitter->objectName()));
        if (state.isValid())
            splitter->restoreState(state.toByteArray());
    }
    // Saved on a bigger screen (or with a monitor since unplugged): brought within the one there is now.
    if (!window.isMaximized() && !window.isFullScreen()) {
        const QRect fit = fitted(window.geometry(), availableArea(window),
                                 window.minimumSize().expandedTo(window.minimumSizeHint()));
        if (fit != window.geometry())
            window.setGeometry(fit);
    }
    return true;
}

void WindowLayout::save(const QWidget &window)
{
    m_settings.setValue(key(QStringLiteral("geometry")), window.saveGeometry());
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(&window))
        m_settings.setValue(key(QStringLiteral("state")), mainWindow->saveState());
    for (const QSplitter *splitter : namedSplitters(window))
        m_settings.setValue(key(QStringLiteral("splitters/") + splitter->objectName()), splitter->saveState());
}

} // namespace voronka
