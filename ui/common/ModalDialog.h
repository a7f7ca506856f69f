#pragma once

#include <QDialog>

#include <functional>

namespace voronka {

// Runs a modal dialog, so that widget tests can fill the real dialog instead of being blocked by exec(): the next
// dialog is then not shown; the test's filler sets its fields and presses its buttons, and exec returns the
// result the dialog ended with (Rejected when the filler never got it accepted).
class ModalDialog
{
public:
    using Filler = std::function<void(QDialog &dialog)>;

    static int exec(QDialog &dialog);

    // Test seam: the next dialog is handed to this filler instead of being shown.
    static void setNextFiller(Filler filler);
    // Test seam: a filler set with setNextFiller that no dialog has taken yet.
    static bool hasUnusedFiller();
    // Test seam: forgets the next filler, so that it cannot fill a dialog of the next test.
    static void resetForTest();

private:
    static Filler s_nextFiller;
};

} // namespace voronka
