#include "ImportWizard.h"

#include "ImportHistoryDialog.h"
#include "ImportReportView.h"
#include "common/MessageBox.h"
#include "import/ImportError.h"
#include "import/ImportReport.h"
#include "import/ImportService.h"
#include "import/TextEncoding.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <functional>

namespace voronka {

namespace {
// The report table shows this many entries; the saved report holds all that were kept.
constexpr int shownReportEntries = 5000;
constexpr int progressSteps = 1000;

// A page whose Next button follows a check of the wizard's own state.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void recheck() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

void recheck(QWizardPage *page)
{
    if (auto *checked = dynamic_cast<CheckedPage *>(page))
        checked->recheck();
}

QLabel *makeLabel(const char *name, const QString &text = QString())
{
    auto *label = new QLabel(text);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

QLabel *makeNote(const char *name)
{
    QLabel *label = makeLabel(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString delimiterTitle(QChar delimiter)
{
    if (delimiter == u';')
        return ImportWizard::tr("; (semicolon)");
    if (delimiter == u',')
        return ImportWizard::tr(", (comma)");
    if (delimiter == u'\t')
        return ImportWizard::tr("Tab");
    if (delimiter == u'|')
        return ImportWizard::tr("| (vertical bar)");
    return QString(delimiter);
}

// What TextEncoding says decided the encoding, in words for the user.
QString encodingReasonText(const QString &reason)
{
    if (reason == QLatin1String("BOM"))
        return ImportWizard::tr("the file starts with a byte-order mark");
    if (reason == QLatin1String("valid UTF-8"))
        return ImportWizard::tr("the text is valid UTF-8");
    if (reason == QLatin1String("ASCII"))
        return ImportWizard::tr("the first lines hold Latin letters only");
    if (reason == QLatin1String("byte pattern"))
        return ImportWizard::tr("the bytes follow the pattern of UTF-16");
    if (reason == QLatin1String("uchardet"))
        return ImportWizard::tr("guessed from the bytes");
    if (reason == QLatin1String("letter statistics"))
        return ImportWizard::tr("by the frequency of Russian letters");
    if (reason == QLatin1String("fallback"))
        return ImportWizard::tr("nothing else fitted; a guess");
    if (reason == QLatin1String("override"))
        return ImportWizard::tr("chosen here");
    return reason;
}

void fillReadOnlyCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (text.size() > 30)
        item->setToolTip(text);
    table->setItem(row, column, item);
}
} // namespace

ImportWizard::ImportWizard(DataContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    qRegisterMetaType<ImportResult>();
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a list"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(RunPage, createRunPage());
    setPage(ResultPage, createResultPage());
    setStartId(FilePage);
    resize(980, 680);
}

ImportWizard::~ImportWizard()
{
    stopWorker(true);
}

// File ------------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new CheckedPage([this] { return fileIsReadable(); });
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("Choose the list"));
    page->setSubTitle(tr("A CSV or text file as Excel, 1C or a list vendor writes it. Nothing is written to the base "
                         "before the last step."));

    m_filePath = new QLineEdit;
    m_filePath->setObjectName(QStringLiteral("filePathEdit"));
    m_filePath->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_filePath->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    m_fileProblem = makeNote("fileProblem");

    auto *row = new QHBoxLayout;
    row->addWidget(m_filePath, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("&File:"));
    label->setBuddy(m_filePath);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_fileProblem);
    auto *hint = new QLabel(tr("You can also drop a file onto the main window."));
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_filePath, &QLineEdit::textChanged, this, [this, page] {
        updateFileProblem();
        page->recheck();
    });
    return page;
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePath->setText(QDir::toNativeSeparators(path));
}

QString ImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_filePath->text().trimmed());
}

bool ImportWizard::fileIsReadable() const
{
    const QFileInfo info(filePath());
    return !filePath().isEmpty() && info.isFile() && info.isReadable();
}

void ImportWizard::updateFileProblem()
{
    const QString path = filePath();
    const QFileInfo info(path);
    QString problem;
    if (path.isEmpty())
        problem.clear();
    else if (!info.exists())
        problem = tr("There is no such file.");
    else if (!info.isFile())
        problem = tr("This is a folder, not a file.");
    else if (!info.isReadable())
        problem = tr("You have no permission to read this file.");
    m_fileProblem->setText(problem);
    m_fileProblem->setVisible(!problem.isEmpty());
}

void ImportWizard::browse()
{
    const QString start = filePath().isEmpty() ? QDir::homePath() : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a list to import"), start,
                                                      tr("Lists (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

// Preview ---------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new CheckedPage([this] { return previewIsUsable(); });
    page->setObjectName(QStringLiteral("previewPage"));
    page->setTitle(tr("Check how the list is read"));
    page->setSubTitle(tr("The first rows of the file. Choose above each column which field it fills; a column set "
                         "to \"(ignore)\" is left out."));

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Auto"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("Windows-1251"), QStringLiteral("windows-1251"));
    m_encoding->addItem(QStringLiteral("KOI8-R"), QStringLiteral("koi8-r"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_encodingDetected = makeLabel("encodingLabel");

    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Auto"), QString());
    m_delimiter->addItem(QStringLiteral(";"), QStringLiteral(";"));
    m_delimiter->addItem(QStringLiteral(","), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(QStringLiteral("|"), QStringLiteral("|"));
    m_delimiterDetected = makeLabel("delimiterLabel");

    m_header = new QCheckBox(tr("First row is a &header"));
    m_header->setObjectName(QStringLiteral("headerCheck"));

    auto *settings = new QGridLayout;
    auto *encodingTitle = new QLabel(tr("&Encoding:"));
    encodingTitle->setBuddy(m_encoding);
    auto *delimiterTitle = new QLabel(tr("&Delimiter:"));
    delimiterTitle->setBuddy(m_delimiter);
    settings->addWidget(encodingTitle, 0, 0);
    settings->addWidget(m_encoding, 0, 1);
    settings->addWidget(m_encodingDetected, 0, 2);
    settings->addWidget(delimiterTitle, 1, 0);
    settings->addWidget(m_delimiter, 1, 1);
    settings->addWidget(m_delimiterDetected, 1, 2);
    settings->addWidget(m_header, 0, 3, Qt::AlignRight);
    settings->setColumnStretch(2, 1);

    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setWordWrap(false);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setHighlightSections(false);
    m_previewTable->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);

    m_mappingNote = makeNote("mappingNote");
    m_mappingNote->setText(tr("The columns are set as in the last import of a list with the same headers."));
    m_mappingProblem = makeNote("mappingProblem");
    m_mappingProblem->setText(tr("Choose the column with the company name or a phone number: without either, "
                                 "no row can be imported."));
    m_mappingProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_previewError = makeNote("previewError");
    m_previewError->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_previewError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewError->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(settings);
    layout->addWidget(m_previewError, 1);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_mappingNote);
    layout->addWidget(m_mappingProblem);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::updatePreview);
    connect(m_header, &QCheckBox::toggled, this, [this](bool checked) {
        m_headerChoice = checked;
        updatePreview();
    });
    return page;
}

void ImportWizard::resetReadingChoices()
{
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockDelimiter(m_delimiter);
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_headerChoice.reset();
    m_mappingEdited = false;
    m_mapping.clear();
}

void ImportWizard::updatePreview()
{
    ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    options.hasHeader = m_headerChoice;

    QFile file(filePath());
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw ImportError(ImportError::Kind::Unreadable, tr("The file cannot be read: %1").arg(file.errorString()));
        showPreview(ImportService(m_context).preview(&file, options));
    } catch (const ImportError &error) {
        showPreviewError(error.message());
    } catch (const StorageError &error) {
        showPreviewError(error.message());
    }
}

void ImportWizard::showPreviewError(const QString &message)
{
    m_previewOk = false;
    m_previewError->setText(message);
    m_previewError->show();
    clearPreviewTable();
    m_previewTable->hide();
    m_encodingDetected->clear();
    m_delimiterDetected->clear();
    m_mappingNote->hide();
    m_mappingProblem->hide();
    recheck(page(PreviewPage));
}

void ImportWizard::clearPreviewTable()
{
    // The view deletes a replaced cell widget only later: unname the old combo boxes so nobody finds them meanwhile.
    for (int column = 0; column < m_previewTable->columnCount(); ++column) {
        if (QWidget *combo = m_previewTable->cellWidget(0, column)) {
            combo->blockSignals(true);
            combo->setObjectName(QString());
            m_previewTable->removeCellWidget(0, column);
        }
    }
    m_previewTable->clear();
    m_previewTable->setRowCount(0);
    m_previewTable->setColumnCount(0);
}

void ImportWizard::showPreview(const ImportPreview &preview)
{
    m_previewOk = true;
    m_previewError->hide();
    m_previewTable->show();

    QString encodingName = preview.encoding;
    for (int i = 1; i < m_encoding->count(); ++i) {
        if (TextEncoding::canonicalName(m_encoding->itemData(i).toString()) == preview.encoding)
            encodingName = m_encoding->itemText(i);
    }
    if (encodingName.startsWith(QLatin1String("UTF-16")) && encodingName.size() > 6)
        encodingName = QStringLiteral("UTF-16 ") + encodingName.mid(6);
    m_encodingDetected->setText(tr("Read as %1 (%2)").arg(encodingName, encodingReasonText(preview.encodingReason)));
    m_encodingDetected->setToolTip(preview.encoding);
    m_delimiterDetected->setText(
        m_delimiter->currentIndex() == 0 ? tr("Found: %1").arg(delimiterTitle(preview.delimiter)) : QString());
    {
        const QSignalBlocker block(m_header);
        m_header->setChecked(preview.headerFound);
    }

    // An edited mapping survives a change of encoding or header as long as the columns stay the same.
    if (!m_mappingEdited || m_mapping.size() != preview.columnCount) {
        m_mapping = preview.mapping;
        m_mappingEdited = false;
    }
    while (m_mapping.size() < preview.columnCount)
        m_mapping.append(ImportField::Ignore);
    m_mappingNote->setVisible(preview.mappingRemembered && !m_mappingEdited);

    const int columns = preview.columnCount;
    const int firstData = preview.headerFound ? 1 : 0;
    const int dataRows = std::max(0, int(preview.rows.size()) - firstData);
    clearPreviewTable();
    m_previewTable->setColumnCount(columns);
    m_previewTable->setRowCount(1 + dataRows);

    QStringList headers;
    for (int column = 0; column < columns; ++column) {
        const QStringList &first = preview.rows.value(0);
        headers.append(preview.headerFound && column < first.size() && !first.at(column).trimmed().isEmpty()
                           ? first.at(column).simplified()
                           : tr("Column %1").arg(column + 1));
    }
    m_previewTable->setHorizontalHeaderLabels(headers);
    QStringList lines{tr("Field")};
    for (int row = firstData; row < preview.rows.size(); ++row)
        lines.append(QString::number(preview.lines.value(row)));
    m_previewTable->setVerticalHeaderLabels(lines);
    m_previewTable->verticalHeaderItem(0)->setToolTip(tr("The field each column fills"));

    const QList<ImportField> fields = allImportFields();
    const QFontMetrics metrics = m_previewTable->fontMetrics();
    for (int column = 0; column < columns; ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->setToolTip(tr("The field column %1 fills").arg(column + 1));
        for (const ImportField field : fields)
            combo->addItem(importFieldTitle(field), int(field));
        combo->setCurrentIndex(std::max(0, combo->findData(int(m_mapping.at(column)))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, column] { setMappingField(column, ImportField(combo->currentData().toInt())); });
        m_previewTable->setCellWidget(0, column, combo);

        int width = std::min(metrics.horizontalAdvance(headers.at(column)) + 24, 260);
        for (int row = firstData; row < preview.rows.size(); ++row) {
            const QString text = preview.rows.at(row).value(column).simplified();
            fillReadOnlyCell(m_previewTable, row - firstData + 1, column, text);
            width = std::max(width, std::min(metrics.horizontalAdvance(text) + 16, 260));
        }
        m_previewTable->setColumnWidth(column, std::max(width, combo->sizeHint().width()));
    }
    m_previewTable->setRowHeight(0,
                                 m_previewTable->cellWidget(0, 0)
                                     ? m_previewTable->cellWidget(0, 0)->sizeHint().height() + 4
                                     : m_previewTable->verticalHeader()->defaultSectionSize());
    updateMappingProblem();
    recheck(page(PreviewPage));
}

void ImportWizard::setMappingField(int column, ImportField field)
{
    if (column >= m_mapping.size() || m_mapping.at(column) == field)
        return;
    m_mapping[column] = field;
    m_mappingEdited = true;
    m_mappingNote->hide();
    updateMappingProblem();
    recheck(page(PreviewPage));
}

void ImportWizard::updateMappingProblem()
{
    m_mappingProblem->setVisible(m_previewOk && !m_mapping.contains(ImportField::Company)
                                 && !m_mapping.contains(ImportField::Phone));
}

bool ImportWizard::previewIsUsable() const
{
    return m_previewOk && (m_mapping.contains(ImportField::Company) || m_mapping.contains(ImportField::Phone));
}

// Options ---------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createOptionsPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("optionsPage"));
    page->setTitle(tr("Choose how to import"));
    page->setSubTitle(tr("Rows that match a company already in the base, or an earlier row of the list, by phone, "
                         "INN or e-mail are duplicates."));
    page->setButtonText(QWizard::NextButton, tr("&Import"));

    auto *duplicates = new QGroupBox(tr("Duplicates"));
    m_policy = new QButtonGroup(page);
    const struct
    {
        const char *name;
        QString title;
        QString tip;
        DuplicatePolicy policy;
    } policies[] = {
        {"skipRadio", tr("&Skip them"), tr("The company in the base stays as it is; the row goes to the report."),
         DuplicatePolicy::Skip},
        {"mergeRadio", tr("&Merge them into the company found"),
         tr("Fills the company's empty fields and adds its new phones, contacts and e-mails."), DuplicatePolicy::Merge},
        {"importRadio", tr("Import them &anyway"), tr("Every row becomes a company of its own."),
         DuplicatePolicy::Import},
    };
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    for (const auto &policy : policies) {
        auto *radio = new QRadioButton(policy.title);
        radio->setObjectName(QString::fromLatin1(policy.name));
        radio->setToolTip(policy.tip);
        m_policy->addButton(radio, int(policy.policy));
        auto *tip = new QLabel(policy.tip);
        tip->setEnabled(false);
        tip->setIndent(24);
        tip->setWordWrap(true);
        duplicatesLayout->addWidget(radio);
        duplicatesLayout->addWidget(tip);
    }
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Not assigned: the companies wait in the cold base and every caller's queue serves them (after the caller's
    // own), which is what a collector's list is for.
    m_owner->addItem(tr("Not assigned (any caller)"), qint64(0));
    bool importerCollects = false;
    try {
        for (const User &user : UserRepository(m_context).list()) {
            const QString role = userRoleTitle(user.role);
            m_owner->addItem(user.fullName == role ? user.fullName : tr("%1 (%2)").arg(user.fullName, role), user.id);
            if (user.id == m_context.userId)
                importerCollects = user.role == UserRole::Collector;
        }
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Cannot read the users"), error.message());
    }
    // A collector does not call: assigning the list to them would keep it out of every caller's queue.
    m_owner->setCurrentIndex(importerCollects ? 0 : std::max(0, m_owner->findData(m_context.userId)));

    m_tag = new QLineEdit;
    m_tag->setObjectName(QStringLiteral("tagEdit"));
    m_tag->setToolTip(tr("Stored as the source of every imported company; the file name when left empty."));
    m_region = new QLineEdit(QStringLiteral("RU"));
    m_region->setObjectName(QStringLiteral("regionEdit"));
    m_region->setMaxLength(2);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_region->setMaximumWidth(m_region->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    m_region->setToolTip(tr("The country whose national numbers the list holds (two letters: RU, KZ, BY, …)."));

    auto *form = new QFormLayout;
    form->addRow(tr("Assign &to:"), m_owner);
    form->addRow(tr("Source ta&g:"), m_tag);
    form->addRow(tr("Phone &region:"), m_region);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(duplicates);
    layout->addLayout(form);
    auto *atomic = new QLabel(tr("The list is imported as a whole or not at all, and the import can be undone later "
                                 "(File → Import history)."));
    atomic->setWordWrap(true);
    layout->addWidget(atomic);
    layout->addStretch(1);
    return page;
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options;
    options.fileName = QFileInfo(filePath()).fileName();
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    options.hasHeader = m_header->isChecked();
    options.mapping = m_mapping;
    options.duplicates = DuplicatePolicy(m_policy->checkedId());
    const QString region = m_region->text().trimmed().toUpper();
    options.region = region.size() == 2 ? region : QStringLiteral("RU");
    options.ownerId = m_owner->currentData().toLongLong();
    options.tag = m_tag->text().trimmed();
    return options;
}

// Run -------------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createRunPage()
{
    auto *page = new CheckedPage([this] { return m_succeeded; });
    page->setObjectName(QStringLiteral("runPage"));
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("The list goes in as a whole: until the end nothing of it is in the base, and stopping "
                         "leaves the base as it was."));

    m_runStatus = makeLabel("runStatus");
    m_runStatus->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, progressSteps);
    m_rate = makeLabel("rateLabel");
    m_cancelImport = new QPushButton(tr("&Stop the import"));
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImport->setToolTip(tr("The import is all or nothing: stopping it leaves the base as it was."));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelImport);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancelImport, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    return page;
}

bool ImportWizard::isRunning() const
{
    return m_thread != nullptr && m_worker != nullptr;
}

void ImportWizard::startImport()
{
    stopWorker(true);
    m_succeeded = false;
    m_result = ImportResult();
    m_report.reset();
    m_progress->setValue(0);
    m_progress->show();
    m_rate->setText(tr("Reading…"));
    m_runStatus->setText(tr("Importing %1…").arg(QFileInfo(filePath()).fileName()));
    m_runStatus->setStyleSheet(QString());

    m_worker = std::make_unique<ImportWorker>(m_context.db.path(), m_context.userId, filePath(), importOptions());
    m_report = m_worker->report();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("importThread"));
    m_worker->moveToThread(m_thread);
    // Direct: the thread is told to stop from the worker's own thread, so waiting for it never waits on this one.
    connect(m_worker.get(), &ImportWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_worker.get(), &ImportWorker::failed, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_worker.get(), &ImportWorker::progress, this, &ImportWizard::showProgress, Qt::QueuedConnection);
    connect(m_worker.get(), &ImportWorker::finished, this, &ImportWizard::workerFinished, Qt::QueuedConnection);
    connect(m_worker.get(), &ImportWorker::failed, this, &ImportWizard::workerFailed, Qt::QueuedConnection);
    setRunning(true);
    m_elapsed.start();
    m_thread->start();
    QMetaObject::invokeMethod(m_worker.get(), &ImportWorker::run, Qt::QueuedConnection);
}

void ImportWizard::setRunning(bool running)
{
    m_cancelImport->setEnabled(running);
    // While the import runs there is no way back to change what it is doing.
    page(OptionsPage)->setCommitPage(running || m_succeeded);
    recheck(page(RunPage));
}

void ImportWizard::showProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows)
{
    if (!isRunning())
        return;
    if (totalBytes > 0)
        m_progress->setValue(int(std::min<qint64>(progressSteps, bytesRead * progressSteps / totalBytes)));
    const qint64 ms = std::max<qint64>(1, m_elapsed.elapsed());
    m_rate->setText(tr("Rows read: %1 · %2 rows/s").arg(number(rows), number(rows * 1000 / ms)));
    emit importProgress(rows);
}

void ImportWizard::cancelImport()
{
    if (!isRunning())
        return;
    m_worker->requestCancel();
    m_cancelImport->setEnabled(false);
    m_runStatus->setText(tr("Stopping…"));
}

void ImportWizard::stopWorker(bool cancel)
{
    if (!m_thread)
        return;
    if (cancel && m_worker)
        m_worker->requestCancel();
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
    delete m_thread;
    m_thread = nullptr;
}

void ImportWizard::workerFinished(const ImportResult &result)
{
    stopWorker(false);
    m_result = result;
    m_succeeded = true;
    m_progress->setValue(progressSteps);
    const qint64 ms = std::max<qint64>(1, m_elapsed.elapsed());
    m_rate->setText(tr("Rows read: %1 in %2 s").arg(number(result.rows), QLocale().toString(ms / 1000.0, 'f', 1)));
    setRunning(false);
    emit baseChanged();
    if (currentId() == RunPage)
        next();
    emit importFinished(result);
}

void ImportWizard::workerFailed(const QString &message, int kind)
{
    const bool cancelled = ImportError::Kind(kind) == ImportError::Kind::Cancelled;
    stopWorker(false);
    m_succeeded = false;
    setRunning(false);
    m_progress->setValue(0);
    m_progress->hide();
    m_rate->clear();
    m_runStatus->setText(cancelled ? tr("Cancelled: nothing was imported.")
                                   : tr("The list was not imported: %1\n\nNothing was written to the base. Go back "
                                        "to change the choices, or close the wizard.")
                                         .arg(message));
    m_runStatus->setStyleSheet(cancelled ? QString() : QStringLiteral("color: #b00020;"));
    emit importFailed(cancelled ? m_runStatus->text() : message);
}

void ImportWizard::done(int result)
{
    // Closing while the import runs cancels it; the thread must end before its wizard does.
    stopWorker(true);
    QWizard::done(result);
}

// Result ----------------------------------------------------------------------------------------------------------

QWizardPage *ImportWizard::createResultPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("resultPage"));
    page->setTitle(tr("The list is imported"));
    page->setSubTitle(tr("What came in, and which rows were left out or need a look, with the reason."));
    page->setFinalPage(true);

    m_resultSummary = makeLabel("resultSummary");
    m_resultSummary->setWordWrap(true);
    QFont bold = m_resultSummary->font();
    bold.setBold(true);
    m_resultSummary->setFont(bold);

    m_resultRows = makeLabel("resultRows");
    m_resultImported = makeLabel("resultImported");
    m_resultDuplicates = makeLabel("resultDuplicates");
    m_resultRejected = makeLabel("resultRejected");
    m_resultFlagged = makeLabel("resultFlagged");
    m_resultEncoding = makeLabel("resultEncoding");
    m_resultDelimiter = makeLabel("resultDelimiter");
    m_resultFlagged->setToolTip(tr("Imported, but a value (a phone, an INN, an e-mail) could not be understood and "
                                   "is kept as text. The report lists them."));
    auto *counts = new QFormLayout;
    counts->addRow(tr("Rows read:"), m_resultRows);
    counts->addRow(tr("New companies:"), m_resultImported);
    counts->addRow(tr("Duplicates:"), m_resultDuplicates);
    counts->addRow(tr("Rejected:"), m_resultRejected);
    counts->addRow(tr("Imported, to check:"), m_resultFlagged);
    auto *reading = new QFormLayout;
    reading->addRow(tr("Encoding:"), m_resultEncoding);
    reading->addRow(tr("Delimiter:"), m_resultDelimiter);
    auto *columns = new QHBoxLayout;
    columns->addLayout(counts);
    columns->addSpacing(64);
    columns->addLayout(reading);
    columns->setAlignment(reading, Qt::AlignTop);
    columns->addStretch(1);

    m_reportView = new ImportReportView;
    m_reportNote = makeLabel("reportNote");
    m_reportNote->setWordWrap(true);

    m_saveReport = new QPushButton(tr("Save &report…"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setToolTip(tr("Write the rows above to a CSV file that Excel opens"));
    m_undoImport = new QPushButton(tr("&Undo this import"));
    m_undoImport->setObjectName(QStringLiteral("undoImportButton"));
    m_undoImport->setToolTip(tr("Remove the companies this import added and take back what it merged"));
    m_undoStatus = makeNote("undoStatus");

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReport);
    buttons->addStretch(1);
    buttons->addWidget(m_undoImport);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultSummary);
    layout->addLayout(columns);
    layout->addWidget(m_reportNote);
    layout->addWidget(m_reportView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_undoStatus);

    connect(m_saveReport, &QPushButton::clicked, this, &ImportWizard::saveReport);
    connect(m_undoImport, &QPushButton::clicked, this, &ImportWizard::undoImport);
    return page;
}

void ImportWizard::showResult()
{
    const ImportResult &r = m_result;
    const QString file = QFileInfo(filePath()).fileName();
    QString summary = tr("%1 is imported: %2 new companies.").arg(file, number(r.imported));
    if (r.merged > 0)
        summary = tr("%1 is imported: %2 new companies, %3 rows merged into companies found.")
                      .arg(file, number(r.imported), number(r.merged));
    else if (r.imported == 0)
        summary = tr("%1 added nothing to the base.").arg(file);
    m_resultSummary->setText(summary);
    m_resultRows->setText(number(r.rows));
    m_resultImported->setText(number(r.imported));
    m_resultDuplicates->setText(
        tr("%1 (merged: %2, skipped: %3)").arg(number(r.duplicates()), number(r.merged), number(r.skipped)));
    m_resultRejected->setText(number(r.rejected));
    m_resultFlagged->setText(number(r.flagged));
    QString encoding = r.encoding;
    for (int i = 1; i < m_encoding->count(); ++i) {
        if (TextEncoding::canonicalName(m_encoding->itemData(i).toString()) == r.encoding)
            encoding = m_encoding->itemText(i);
    }
    m_resultEncoding->setText(encoding);
    m_resultDelimiter->setText(delimiterTitle(r.delimiter));

    const QList<ImportReport::Entry> entries = m_report ? m_report->entries() : QList<ImportReport::Entry>();
    const qint64 total = m_report ? m_report->total() : 0;
    const int shown = int(std::min<qsizetype>(entries.size(), shownReportEntries));
    m_reportView->setEntries(entries.mid(0, shown));
    if (total == 0)
        m_reportNote->setText(tr("Every row was imported as it is: there is nothing to report."));
    else if (shown < total)
        m_reportNote->setText(tr("Rows left out or to check: %1; the first %2 are shown. Save the report for %3 of "
                                 "them.")
                                  .arg(number(total), number(shown), number(entries.size())));
    else
        m_reportNote->setText(tr("Rows left out or to check: %1").arg(number(total)));
    m_reportView->setVisible(shown > 0);
    m_saveReport->setEnabled(!entries.isEmpty());

    const bool changedBase = r.imported > 0 || r.merged > 0;
    m_undoImport->setEnabled(changedBase && !m_context.db.isReadOnly());
    m_undoStatus->hide();
    if (QAbstractButton *finish = button(QWizard::FinishButton))
        finish->setFocus();
}

bool ImportWizard::saveReportTo(const QString &path)
{
    if (!m_report)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_report->save(&file) || !file.commit()) {
        MessageBox::warning(this, tr("Report not saved"),
                            tr("The report could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ImportWizard::saveReport()
{
    const QFileInfo source(filePath());
    const QString suggested
        = source.absoluteDir().filePath(source.completeBaseName() + tr("-report") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        saveReportTo(path);
}

void ImportWizard::undoImport()
{
    if (m_result.batchId == 0)
        return;
    const std::optional<ImportUndoSummary> summary = ImportHistoryDialog::undoBatch(this, m_context, m_result.batchId);
    if (!summary)
        return;
    m_undoImport->setEnabled(false);
    m_undoStatus->setText(ImportHistoryDialog::undoSummaryText(*summary));
    m_undoStatus->show();
    emit baseChanged();
}

// Pages -----------------------------------------------------------------------------------------------------------

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case PreviewPage:
        if (filePath() != m_previewedPath) {
            resetReadingChoices();
            m_previewedPath = filePath();
        }
        updatePreview();
        break;
    case OptionsPage:
        m_tag->setPlaceholderText(QFileInfo(filePath()).fileName());
        break;
    case RunPage:
        startImport();
        break;
    case ResultPage:
        showResult();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

} // namespace voronka
