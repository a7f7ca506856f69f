#pragma once

#include "ImportWizardPage.h"

class QLabel;
class QLineEdit;

namespace voronka {

// The wizard's first page: the list to import, typed or browsed for. Next only for a file that can be read; the
// reason is shown for one that cannot.
class ImportFilePage : public ImportWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;

    bool isComplete() const override;

private:
    void browse();
    void updateFileProblem();

    QLineEdit *m_filePath = nullptr;
    QLabel *m_fileProblem = nullptr;
};

} // namespace voronka
