#include "UpgradeNotice.h"

#include <QApplication>
#include <QDir>
#include <QLabel>

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
    m_label->show();
    if (!m_waitCursor) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_waitCursor = true;
    }
    // Two rounds: the first maps the window, the second paints it.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace voronka
