#pragma once

// Helpers for driving real widgets in tests.
#include <QApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

namespace voronka::test {

// Types text as key presses with their text; QTest::keyClicks only knows ASCII keys.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// The child widget with this objectName; the test stops when there is none.
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// The spied signal came, or comes within a generous time. QSignalSpy::wait counts only what comes while it waits, so
// a signal that came already (while a window was being exposed, say) would otherwise look missing.
inline bool signalCame(QSignalSpy &spy, int timeoutMs = 30000)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

} // namespace voronka::test
