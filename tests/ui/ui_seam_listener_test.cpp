// The dialog seams are reset for every pass of every test, and a test that leaves an answer no dialog took fails
// (tests/support/UiSeamListener.cpp).
#include "common/MessageBox.h"
#include "common/ModalDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace voronka;

TEST_CASE("A message box of one section is not seen by the next section", "[ui][seams]")
{
    SECTION("A section shows a message")
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::warning(nullptr, QStringLiteral("Title"), QStringLiteral("Shown in the first section"));
        CHECK(MessageBox::lastText() == QStringLiteral("Shown in the first section"));
        CHECK(MessageBox::lastTitle() == QStringLiteral("Title"));
        CHECK_FALSE(MessageBox::hasUnusedAnswer());
    }
    SECTION("The next section starts with nothing shown")
    {
        CHECK(MessageBox::lastText().isEmpty());
        CHECK(MessageBox::lastTitle().isEmpty());
        CHECK_FALSE(MessageBox::hasUnusedAnswer());
        CHECK_FALSE(ModalDialog::hasUnusedFiller());
    }
}

// Run only by the test below, in a child process: each leaves an answer no dialog takes.
TEST_CASE("seam check: an unused message box answer", "[.][seam-check]")
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(true);
}

TEST_CASE("seam check: an unused dialog filler", "[.][seam-check]")
{
    ModalDialog::setNextFiller([](QDialog &dialog) { dialog.accept(); });
    CHECK(true);
}

TEST_CASE("A test that leaves a dialog answer unused fails", "[ui][seams]")
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[seam-check]")});
    REQUIRE(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    INFO(output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 2); // both test cases failed
    CHECK(output.contains(QStringLiteral("MessageBox::setNextAnswer was set but no message box asked for it")));
    CHECK(output.contains(QStringLiteral("ModalDialog::setNextFiller was set but no dialog was opened for it")));
    CHECK(output.contains(QStringLiteral("2 failed")));
}
