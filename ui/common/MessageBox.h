#pragma once

#include <QMessageBox>

#include <optional>

namespace voronka {

// Every question and warning the UI asks goes through here, so that widget tests can answer the next one
// instead of being blocked by a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // Test seam: the next dialog is not shown and returns this answer.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last dialog shown or answered (for tests to check what the user was told).
    static QString lastText();
    // The title of that dialog.
    static QString lastTitle();
    // Test seam: an answer set with setNextAnswer that no dialog has taken yet.
    static bool hasUnusedAnswer();
    // Test seam: forgets the next answer and the last dialog, so that nothing carries over into the next test.
    static void resetForTest();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
    static QString s_lastTitle;
};

} // namespace voronka
