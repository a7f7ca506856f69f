#include "ImportPreviewPage.h"

#include "ImportWizard.h"
#include "import/ImportError.h"
#include "import/ImportService.h"
#include "import/TextEncoding.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {
// The encodings offered besides Auto: the title shown, and the name TextEncoding reads.
const struct
{
    const char *title;
    const char *name;
} encodings[] = {
    {"UTF-8", "utf-8"},
    {"Windows-1251", "windows-1251"},
    {"KOI8-R", "koi8-r"},
    {"UTF-16", "utf-16"},
};

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

ImportPreviewPage::ImportPreviewPage(DataContext context, QWidget *parent)
    : ImportWizardPage(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(ImportWizard::tr("Check how the list is read"));
    setSubTitle(ImportWizard::tr("The first rows of the file. Choose above each column which field it fills; a "
                                 "column set to \"(ignore)\" is left out."));

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(ImportWizard::tr("Auto"), QStringLiteral("auto"));
    for (const auto &encoding : encodings)
        m_encoding->addItem(QString::fromLatin1(encoding.title), QString::fromLatin1(encoding.name));
    m_encodingDetected = makeLabel("encodingLabel");

    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(ImportWizard::tr("Auto"), QString());
    m_delimiter->addItem(QStringLiteral(";"), QStringLiteral(";"));
    m_delimiter->addItem(QStringLiteral(","), QStringLiteral(","));
    m_delimiter->addItem(ImportWizard::tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(QStringLiteral("|"), QStringLiteral("|"));
    m_delimiterDetected = makeLabel("delimiterLabel");

    m_header = new QCheckBox(ImportWizard::tr("First row is a &header"));
    m_header->setObjectName(QStringLiteral("headerCheck"));

    auto *settings = new QGridLayout;
    auto *encodingTitle = new QLabel(ImportWizard::tr("&Encoding:"));
    encodingTitle->setBuddy(m_encoding);
    auto *delimiterTitle = new QLabel(ImportWizard::tr("&Delimiter:"));
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
    m_mappingNote->setText(
        ImportWizard::tr("The columns are set as in the last import of a list with the same headers."));
    m_mappingProblem = makeNote("mappingProblem");
    m_mappingProblem->setText(ImportWizard::tr("Choose the column with the company name or a phone number: without "
                                               "either, no row can be imported."));
    m_mappingProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_previewError = makeNote("previewError");
    m_previewError->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_previewError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewError->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_previewError, 1);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_mappingNote);
    layout->addWidget(m_mappingProblem);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::updatePreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::updatePreview);
    connect(m_header, &QCheckBox::toggled, this, [this](bool checked) {
        m_headerChoice = checked;
        updatePreview();
    });
}

QString ImportPreviewPage::encodingTitle(const QString &canonicalName)
{
    for (const auto &encoding : encodings) {
        if (TextEncoding::canonicalName(QString::fromLatin1(encoding.name)) == canonicalName)
            return QString::fromLatin1(encoding.title);
    }
    return canonicalName;
}

QString ImportPreviewPage::delimiterTitle(QChar delimiter)
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

void ImportPreviewPage::initializePage()
{
    const QString path = importWizard()->filePath();
    if (path != m_previewedPath) {
        resetReadingChoices();
        m_previewedPath = path;
    }
    updatePreview();
}

bool ImportPreviewPage::isComplete() const
{
    return m_previewOk && (m_mapping.contains(ImportField::Company) || m_mapping.contains(ImportField::Phone));
}

void ImportPreviewPage::applyTo(ImportOptions &options) const
{
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    options.hasHeader = m_header->isChecked();
    options.mapping = m_mapping;
}

void ImportPreviewPage::resetReadingChoices()
{
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockDelimiter(m_delimiter);
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_headerChoice.reset();
    m_mappingEdited = false;
    m_mapping.clear();
}

void ImportPreviewPage::updatePreview()
{
    ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    options.hasHeader = m_headerChoice;

    QFile file(importWizard()->filePath());
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw ImportError(ImportError::Kind::Unreadable,
                              ImportWizard::tr("The file cannot be read: %1").arg(file.errorString()));
        showPreview(ImportService(m_context).preview(&file, options));
    } catch (const ImportError &error) {
        showPreviewError(error.message());
    } catch (const StorageError &error) {
        showPreviewError(error.message());
    }
}

void ImportPreviewPage::showPreviewError(const QString &message)
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
    recheck();
}

void ImportPreviewPage::clearPreviewTable()
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

void ImportPreviewPage::showPreview(const ImportPreview &preview)
{
    m_previewOk = true;
    m_previewError->hide();
    m_previewTable->show();

    QString encodingName = encodingTitle(preview.encoding);
    if (encodingName.startsWith(QLatin1String("UTF-16")) && encodingName.size() > 6)
        encodingName = QStringLiteral("UTF-16 ") + encodingName.mid(6);
    m_encodingDetected->setText(
        ImportWizard::tr("Read as %1 (%2)").arg(encodingName, encodingReasonText(preview.encodingReason)));
    m_encodingDetected->setToolTip(preview.encoding);
    m_delimiterDetected->setText(m_delimiter->currentIndex() == 0
                                     ? ImportWizard::tr("Found: %1").arg(delimiterTitle(preview.delimiter))
                                     : QString());
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
                           : ImportWizard::tr("Column %1").arg(column + 1));
    }
    m_previewTable->setHorizontalHeaderLabels(headers);
    QStringList lines{ImportWizard::tr("Field")};
    for (int row = firstData; row < preview.rows.size(); ++row)
        lines.append(QString::number(preview.lines.value(row)));
    m_previewTable->setVerticalHeaderLabels(lines);
    m_previewTable->verticalHeaderItem(0)->setToolTip(ImportWizard::tr("The field each column fills"));

    const QList<ImportField> fields = allImportFields();
    const QFontMetrics metrics = m_previewTable->fontMetrics();
    for (int column = 0; column < columns; ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
        combo->setToolTip(ImportWizard::tr("The field column %1 fills").arg(column + 1));
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
    recheck();
}

void ImportPreviewPage::setMappingField(int column, ImportField field)
{
    if (column >= m_mapping.size() || m_mapping.at(column) == field)
        return;
    m_mapping[column] = field;
    m_mappingEdited = true;
    m_mappingNote->hide();
    updateMappingProblem();
    recheck();
}

void ImportPreviewPage::updateMappingProblem()
{
    m_mappingProblem->setVisible(m_previewOk && !m_mapping.contains(ImportField::Company)
                                 && !m_mapping.contains(ImportField::Phone));
}

} // namespace voronka
