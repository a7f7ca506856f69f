#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLabel;

namespace voronka {

// A word on screen while a base an older Voronka made is upgraded, before any window is up (Database::open's
// beforeUpgrade): on a big base the upgrade takes a minute, and a program that shows nothing for a minute looks hung.
// Gone, with the wait cursor, when the notice is destroyed.
class UpgradeNotice
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeNotice)

public:
    UpgradeNotice();
    ~UpgradeNotice();
    UpgradeNotice(const UpgradeNotice &) = delete;
    UpgradeNotice &operator=(const UpgradeNotice &) = delete;

    // Shows the notice for the base at path and paints it at once (the upgrade then holds the thread).
    void show(const QString &path);

private:
    std::unique_ptr<QLabel> m_label;
    bool m_waitCursor = false;
};

} // namespace voronka
