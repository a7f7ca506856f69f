#pragma once

#include <QObject>

class QWidget;

namespace voronka {

// Keeps the mouse wheel from editing fields it merely passes over. Scrolling a form (the company card, a dialog)
// with the wheel used to change whatever combo box, spin box or date edit came under the pointer: a phone's kind,
// a company's stage, an amount. Installed once on the application (installOn), it makes those editors take the
// wheel only when they have the keyboard focus: for the others the wheel event is ignored, and QApplication then
// hands it to the parent, so the form scrolls instead. Their focus policy becomes StrongFocus (Qt's default for
// them is WheelFocus, where the wheel itself would give them the focus).
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Filters every widget of the application from now on; the guard belongs to the application.
    static WheelGuard *installOn(QObject *application);
    // The editors the wheel would change: combo boxes and spin boxes (date and time edits are spin boxes).
    static bool isGuarded(const QObject *object);

    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace voronka
