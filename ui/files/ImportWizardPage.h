#pragma once

#include <QWizardPage>

class QLabel;

namespace voronka {

class ImportWizard;

// What the pages of ImportWizard share: the wizard they are in (for what other pages chose, and the finished
// import) and the way their labels are made. Their texts keep ImportWizard's translation context, in which they
// were written and translated before the pages were classes of their own.
class ImportWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

protected:
    // The wizard the page is in; only valid once ImportWizard has added the page.
    ImportWizard *importWizard() const;
    // Tells the wizard that isComplete() may have changed, so that it enables or disables Next.
    void recheck() { emit completeChanged(); }

    // A label tests and style sheets find by name.
    static QLabel *makeLabel(const char *name, const QString &text = QString());
    // A word-wrapped label that stays hidden until it has something to say.
    static QLabel *makeNote(const char *name);
    // A count as the user's locale writes it.
    static QString number(qint64 value);
};

} // namespace voronka
