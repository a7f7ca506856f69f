#pragma once

#include "ImportWizardPage.h"
#include "import/ImportOptions.h"
#include "storage/DataContext.h"

class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace voronka {

// The wizard's third page: what to do with duplicates, whom the companies go to, the source tag and the phone
// region. Its Next button starts the import.
class ImportOptionsPage : public ImportWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(DataContext context, QWidget *parent = nullptr);

    // Puts the choices of this page into the options of the import.
    void applyTo(ImportOptions &options) const;

    // The tag left empty is the file's name: shows which.
    void initializePage() override;

private:
    DataContext m_context;
    QButtonGroup *m_policy = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_collector = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_region = nullptr;
};

} // namespace voronka
