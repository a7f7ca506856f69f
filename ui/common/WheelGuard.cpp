#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace voronka {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

WheelGuard *WheelGuard::installOn(QObject *application)
{
    auto *guard = new WheelGuard(application);
    application->installEventFilter(guard);
    return guard;
}

bool WheelGuard::isGuarded(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::Show:
        if (isGuarded(watched)) {
            auto *widget = static_cast<QWidget *>(watched);
            // Only the default is changed: an editor made unfocusable on purpose stays so.
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel:
        if (isGuarded(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
            // Ignored and filtered: the editor never sees it, and QApplication passes it on to the parent.
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace voronka
