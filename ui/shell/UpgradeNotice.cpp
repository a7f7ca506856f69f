#include "UpgradeNotice.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QScreen>
#include <QWindow>

namespace voronka {

UpgradeNotice::UpgradeNotice() = default;

UpgradeNotice::~UpgradeNotice()
{
    if (m_waitCursor)
        QApplication::restoreOverrideCursor();
}

void UpgradeNotice::show(const QString &path)
{
    if (!m_label) {
        m_label = std::make_unique<QLabel>(nullptr, Qt::SplashScreen | Qt::WindowStaysOnTopHint);
        m_label->setWindowTitle(tr("Voronka"));
        m_label->setMargin(24);
        m_label->setWordWrap(true);
        m_label->setFrameStyle(QFrame::Box | QFrame::Plain);
    }
    m_label->setText(tr("Upgrading %1 for this version of Voronka.\n\nA big base takes a minute or two: please wait, "
                        "and do not close the program.")
                         .arg(QDir::toNativeSeparators(path)));
    m_label->setMinimumWidth(420);
    m_label->adjustSize();
    // In the middle of the screen, as a splash screen is: no window of ours is there yet to stand over.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        m_label->move(screen->availableGeometry().center() - m_label->rect().center());
    m_label->show();
    if (!m_waitCursor) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_waitCursor = true;
    }
    // The upgrade holds this thread next: the notice must be on screen before it starts. The window system maps the
    // window in its own time (a few rounds of events); a window system that never says so is not waited for long.
    QElapsedTimer waited;
    waited.start();
    while (!(m_label->windowHandle() && m_label->windowHandle()->isExposed()) && waited.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    m_label->repaint();
    QCoreApplication::processEvents();
}

} // namespace voronka
