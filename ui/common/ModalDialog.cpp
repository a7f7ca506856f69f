#include "ModalDialog.h"

#include <utility>

namespace voronka {

ModalDialog::Filler ModalDialog::s_nextFiller;

int ModalDialog::exec(QDialog &dialog)
{
    if (!s_nextFiller)
        return dialog.exec();
    const Filler filler = std::exchange(s_nextFiller, nullptr);
    dialog.setResult(QDialog::Rejected);
    filler(dialog);
    return dialog.result();
}

void ModalDialog::setNextFiller(Filler filler)
{
    s_nextFiller = std::move(filler);
}

bool ModalDialog::hasUnusedFiller()
{
    return bool(s_nextFiller);
}

void ModalDialog::resetForTest()
{
    s_nextFiller = nullptr;
}

} // namespace voronka
