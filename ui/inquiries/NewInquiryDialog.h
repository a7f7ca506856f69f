#pragma once

#include "storage/DataContext.h"
#include "team/InquiryIntake.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace voronka {

// A person called or wrote (Ctrl+Shift+N, also from the tray): who, which company, how to answer them, what they
// want and where they heard of us. OK hands it to core (InquiryIntake), which finds or creates the company and routes
// it by the head's rule; the window says who got it and why. A refusal is shown and the dialog keeps what was typed.
class NewInquiryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewInquiryDialog(DataContext context, QWidget *parent = nullptr);

    // Asks for an inquiry and takes it; true when one was taken. Runs through ModalDialog, so tests can fill it.
    static bool take(DataContext context, QWidget *parent = nullptr);

    const InquiryOutcome &outcome() const { return m_outcome; }
    void accept() override;

private:
    DataContext m_context;
    QLineEdit *m_person;
    QLineEdit *m_company;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_inn;
    QPlainTextEdit *m_request;
    QComboBox *m_source;
    QComboBox *m_size;
    InquiryOutcome m_outcome;
};

} // namespace voronka
