#pragma once

#include "ImportWizardPage.h"
#include "import/ImportField.h"
#include "import/ImportOptions.h"
#include "storage/DataContext.h"

#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace voronka {

struct ImportPreview;

// The wizard's second page: the first rows of the list as they will be read, with the encoding, the delimiter and
// the header row detected (each can be overridden, which reads the preview again) and above each column the field
// it fills, which the user can change. Next once the preview could be read and some column gives a company name
// or a phone. A list whose headers were imported before gets the columns as they were set then.
class ImportPreviewPage : public ImportWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(DataContext context, QWidget *parent = nullptr);

    // The column mapping as the page shows it (one field per column).
    QList<ImportField> mapping() const { return m_mapping; }
    // Puts the reading choices (encoding, delimiter, header) and the mapping into the options of the import.
    void applyTo(ImportOptions &options) const;

    // Reads the file's first rows again, keeping what the user chose unless it is another file.
    void initializePage() override;
    bool isComplete() const override;

    // How the page names an encoding (a canonical name, as TextEncoding gives it) and a delimiter.
    static QString encodingTitle(const QString &canonicalName);
    static QString delimiterTitle(QChar delimiter);

private:
    void resetReadingChoices();
    void updatePreview();
    void clearPreviewTable();
    void showPreview(const ImportPreview &preview);
    void showPreviewError(const QString &message);
    void setMappingField(int column, ImportField field);
    void updateMappingProblem();

    DataContext m_context;
    QComboBox *m_encoding = nullptr;
    QLabel *m_encodingDetected = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_delimiterDetected = nullptr;
    QCheckBox *m_header = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_mappingNote = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QLabel *m_previewError = nullptr;

    QString m_previewedPath;
    std::optional<bool> m_headerChoice; // set once the user ticks or clears the box
    bool m_previewOk = false;
    bool m_mappingEdited = false;
    QList<ImportField> m_mapping;
};

} // namespace voronka
