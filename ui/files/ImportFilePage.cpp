#include "ImportFilePage.h"

#include "ImportWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

ImportFilePage::ImportFilePage(QWidget *parent)
    : ImportWizardPage(parent)
{
    setObjectName(QStringLiteral("filePage"));
    setTitle(ImportWizard::tr("Choose the list"));
    setSubTitle(ImportWizard::tr("A CSV or text file as Excel, 1C or a list vendor writes it. Nothing is written to "
                                 "the base before the last step."));

    m_filePath = new QLineEdit;
    m_filePath->setObjectName(QStringLiteral("filePathEdit"));
    m_filePath->setPlaceholderText(ImportWizard::tr("Path of a .csv or .txt file"));
    m_filePath->setClearButtonEnabled(true);
    auto *browse = new QPushButton(ImportWizard::tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    m_fileProblem = makeNote("fileProblem");

    auto *row = new QHBoxLayout;
    row->addWidget(m_filePath, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(ImportWizard::tr("&File:"));
    label->setBuddy(m_filePath);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_fileProblem);
    auto *hint = new QLabel(ImportWizard::tr("You can also drop a file onto the main window."));
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_filePath, &QLineEdit::textChanged, this, [this] {
        updateFileProblem();
        recheck();
    });
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_filePath->setText(QDir::toNativeSeparators(path));
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_filePath->text().trimmed());
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(filePath());
    return !filePath().isEmpty() && info.isFile() && info.isReadable();
}

void ImportFilePage::updateFileProblem()
{
    const QString path = filePath();
    const QFileInfo info(path);
    QString problem;
    if (path.isEmpty())
        problem.clear();
    else if (!info.exists())
        problem = ImportWizard::tr("There is no such file.");
    else if (!info.isFile())
        problem = ImportWizard::tr("This is a folder, not a file.");
    else if (!info.isReadable())
        problem = ImportWizard::tr("You have no permission to read this file.");
    m_fileProblem->setText(problem);
    m_fileProblem->setVisible(!problem.isEmpty());
}

void ImportFilePage::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, ImportWizard::tr("Choose a list to import"), start,
                                                      ImportWizard::tr("Lists (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

} // namespace voronka
