// Every widget test starts with clean dialog seams and fails when it leaves an answer no dialog took: the seams are
// process-wide statics, so without this a later test (or a later section of the same test, which Catch2 runs as a
// separate pass) could be answered, or satisfied, by what an earlier one left behind.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "common/MessageBox.h"
#include "common/ModalDialog.h"

#include <catch2/catch.hpp>

namespace voronka::test {

class UiSeamListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    // Catch2 runs a test case once per leaf section, each pass inside the test case's own section: the outermost
    // section is one pass.
    void sectionStarting(const Catch::SectionInfo &info) override
    {
        if (m_depth++ == 0)
            resetSeams();
        TestEventListenerBase::sectionStarting(info);
    }

    void sectionEnded(const Catch::SectionStats &stats) override
    {
        TestEventListenerBase::sectionEnded(stats);
        if (--m_depth != 0)
            return;
        // Reported as a failed check of this pass (its totals are still open until the test case ends).
        if (MessageBox::hasUnusedAnswer())
            FAIL_CHECK("MessageBox::setNextAnswer was set but no message box asked for it");
        if (ModalDialog::hasUnusedFiller())
            FAIL_CHECK("ModalDialog::setNextFiller was set but no dialog was opened for it");
        resetSeams();
    }

private:
    static void resetSeams()
    {
        MessageBox::resetForTest();
        ModalDialog::resetForTest();
    }

    int m_depth = 0;
};

CATCH_REGISTER_LISTENER(UiSeamListener)

} // namespace voronka::test
