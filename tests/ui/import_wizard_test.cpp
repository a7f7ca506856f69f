#include "common/MessageBox.h"
#include "company/ColdBaseView.h"
#include "demo/DemoBase.h"
#include "files/ImportHistoryDialog.h"
#include "files/ImportReportView.h"
#include "files/ImportWizard.h"
#include "import/ImportField.h"
#include "import/ImportService.h"
#include "models/CompanyListModel.h"
#include "shell/MainWindow.h"
#include "storage/CallQueueQuery.h"
#include "storage/CompanyListQuery.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"
#include "support/TestDatabase.h"
#include "support/WidgetTesting.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace voronka;
using namespace voronka::test;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A list as Excel saves it in a Russian locale: Windows-1251, ';', a header row.
QByteArray cp1251List()
{
    const QString text = QStringLiteral("Компания;Телефон;Город;ИНН;Контактное лицо\r\n"
                                        "ООО «Ромашка»;8 (495) 123-45-67;Москва;7707083893;Иванов Иван\r\n"
                                        "ЗАО «Вектор»;+7 812 555-12-34;Санкт-Петербург;;Петрова Анна\r\n"
                                        "ИП Сидоров;8 383 222-33-44;Новосибирск;;\r\n"
                                        "ООО «Ромашка» (филиал);8 495 1234567;Москва;;Смирнов Олег\r\n"
                                        ";;Казань;;\r\n"
                                        "ООО «Бета»;12-34;Казань;;\r\n");
    QStringEncoder encoder("windows-1251");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

// rows data rows of a plain UTF-8 list: big enough that an import takes many progress steps.
QByteArray bigList(int rows)
{
    QByteArray bytes("Company;City\n");
    bytes.reserve(rows * 40);
    for (int i = 0; i < rows; ++i)
        bytes += "Test company " + QByteArray::number(i) + ";Tver\n";
    return bytes;
}

void clickNext(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void showWizard(ImportWizard &wizard)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
}

QList<CompanyListRow> allCompanies(Database &db)
{
    CompanyListQuery query(db, CompanyFilter{});
    const qint64 count = query.count();
    return query.rowsAt(0, int(count), count);
}

std::optional<CompanyRecord> companyNamed(TestDatabase &base, const QString &name)
{
    for (const CompanyListRow &row : allCompanies(base.db())) {
        if (row.name == name)
            return CompanyRecordRepository(base.context()).load(row.id);
    }
    return std::nullopt;
}

// Goes through the wizard with defaults up to a running import.
void startImport(ImportWizard &wizard, const QString &path)
{
    wizard.setFilePath(path);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
}
} // namespace

TEST_CASE("A Windows-1251 list is previewed, remapped, imported with merge and undone", "[ui][import]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("холодный список.csv"));
    writeFile(path, cp1251List());

    ColdBaseView view(base.context(), UserRepository(base.context()).list());
    view.resize(1100, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(child<QPushButton>(view, "importButton"), Qt::LeftButton);
    QPointer<ImportWizard> wizard = view.findChild<ImportWizard *>();
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));

    // File: Next only for a file that can be read.
    QLineEdit *pathEdit = child<QLineEdit>(*wizard, "filePathEdit");
    typeText(pathEdit, dir.filePath(QStringLiteral("нет такого.csv")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(*wizard, "fileProblem")->text() == QStringLiteral("There is no such file."));
    pathEdit->clear();
    typeText(pathEdit, path);
    clickNext(*wizard);

    // Preview: the encoding, the delimiter, the header and the columns as detected.
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(child<QComboBox>(*wizard, "encodingCombo")->currentText() == QStringLiteral("Auto"));
    CHECK(child<QLabel>(*wizard, "encodingLabel")->text().startsWith(QStringLiteral("Read as Windows-1251 (")));
    CHECK(child<QLabel>(*wizard, "delimiterLabel")->text() == QStringLiteral("Found: ; (semicolon)"));
    CHECK(child<QCheckBox>(*wizard, "headerCheck")->isChecked());
    auto *table = child<QTableWidget>(*wizard, "previewTable");
    REQUIRE(table->columnCount() == 5);
    CHECK(table->rowCount() == 1 + 6);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Компания"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("ООО «Ромашка»"));
    CHECK(table->verticalHeaderItem(1)->text() == QStringLiteral("2"));
    CHECK(child<QComboBox>(*wizard, "mappingCombo0")->currentText() == QStringLiteral("Company"));
    CHECK(child<QComboBox>(*wizard, "mappingCombo1")->currentText() == QStringLiteral("Phone"));
    auto *cityColumn = child<QComboBox>(*wizard, "mappingCombo2");
    CHECK(cityColumn->currentText() == QStringLiteral("City"));
    CHECK(child<QComboBox>(*wizard, "mappingCombo3")->currentText() == QStringLiteral("INN"));
    CHECK_FALSE(child<QLabel>(*wizard, "mappingNote")->isVisible());

    // The city column goes to the address instead.
    cityColumn->setCurrentIndex(cityColumn->findData(int(ImportField::Address)));
    CHECK(wizard->mapping().at(2) == ImportField::Address);
    clickNext(*wizard);

    // Options: defaults, then merge.
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPage);
    CHECK(child<QRadioButton>(*wizard, "skipRadio")->isChecked());
    CHECK(child<QComboBox>(*wizard, "ownerCombo")->currentData().toLongLong() == base.context().userId);
    CHECK(child<QLineEdit>(*wizard, "tagEdit")->placeholderText() == QStringLiteral("холодный список.csv"));
    CHECK(child<QLineEdit>(*wizard, "regionEdit")->text() == QStringLiteral("RU"));
    auto *merge = child<QRadioButton>(*wizard, "mergeRadio");
    QTest::mouseClick(merge, Qt::LeftButton, {}, QPoint(8, merge->height() / 2)); // on the indicator
    REQUIRE(child<QRadioButton>(*wizard, "mergeRadio")->isChecked());

    QSignalSpy finished(wizard.data(), &ImportWizard::importFinished);
    QSignalSpy failed(wizard.data(), &ImportWizard::importFailed);
    clickNext(*wizard);
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    REQUIRE(failed.isEmpty());

    // Result: the counts add up and the companies are in the base, the cold base list included.
    REQUIRE(wizard->currentId() == ImportWizard::ResultPage);
    const auto result = finished.first().first().value<ImportResult>();
    CHECK(result.rows == 6);
    CHECK(result.imported == 4);
    CHECK(result.merged == 1);
    CHECK(result.rejected == 1);
    CHECK(result.flagged == 1);
    CHECK(child<QLabel>(*wizard, "resultRows")->text() == QStringLiteral("6"));
    CHECK(child<QLabel>(*wizard, "resultImported")->text() == QStringLiteral("4"));
    CHECK(child<QLabel>(*wizard, "resultDuplicates")->text() == QStringLiteral("1 (merged: 1, skipped: 0)"));
    CHECK(child<QLabel>(*wizard, "resultRejected")->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(*wizard, "resultFlagged")->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(*wizard, "resultEncoding")->text() == QStringLiteral("Windows-1251"));
    CHECK(child<QLabel>(*wizard, "resultDelimiter")->text() == QStringLiteral("; (semicolon)"));
    CHECK(child<QLabel>(*wizard, "resultSummary")->text().contains(QStringLiteral("4 new companies")));
    const QAbstractItemModel *report = child<QTableView>(*wizard, "reportTable")->model();
    REQUIRE(report->rowCount() == 3);
    QStringList reportLines;
    for (int row = 0; row < report->rowCount(); ++row)
        reportLines.append(report->index(row, 0).data().toString() + QLatin1Char(' ')
                           + report->index(row, 1).data().toString());
    CHECK(reportLines
          == QStringList{QStringLiteral("5 duplicate"), QStringLiteral("6 rejected"),
                         QStringLiteral("7 imported, check")});
    CHECK(report->index(0, 2).data().toString()
          == QStringLiteral("the same phone +74951234567 as «ООО «Ромашка»» (line 2)"));
    CHECK(report->index(1, 3).data().toString().contains(QStringLiteral("Казань")));

    CHECK(CompanyRepository(base.context()).count() == 4);
    const auto romashka = companyNamed(base, QStringLiteral("ООО «Ромашка»"));
    REQUIRE(romashka);
    CHECK(romashka->company.address == QStringLiteral("Москва"));
    CHECK(romashka->company.city.isEmpty());
    CHECK(romashka->company.inn == QStringLiteral("7707083893"));
    REQUIRE(romashka->phones.size() == 1);
    CHECK(romashka->phones.at(0).e164 == QStringLiteral("+74951234567"));
    QStringList contacts;
    for (const Contact &contact : romashka->contacts)
        contacts.append(contact.fullName);
    contacts.sort();
    CHECK(contacts == QStringList{QStringLiteral("Иванов Иван"), QStringLiteral("Смирнов Олег")});
    CHECK(view.model()->rowCount() == 4);
    CHECK(child<QLabel>(view, "companyCount")->text() == QStringLiteral("4 companies"));

    // The report can be saved for whoever cleans the list.
    const QString reportPath = dir.filePath(QStringLiteral("report.csv"));
    REQUIRE(wizard->saveReportTo(reportPath));
    QFile saved(reportPath);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(saved.readAll());
    CHECK(reportText.contains(QStringLiteral("no company name and no phone")));
    CHECK(reportText.contains(QStringLiteral("ООО «Ромашка» (филиал)")));

    // Undo asks with the number of companies, then takes everything back.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*wizard, "undoImportButton"), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Companies to remove: 4.")));
    CHECK(CompanyRepository(base.context()).count() == 0);
    CHECK(allCompanies(base.db()).isEmpty());
    CHECK(child<QLabel>(*wizard, "undoStatus")->text().startsWith(QStringLiteral("Undone. Companies removed: 4.")));
    CHECK_FALSE(child<QPushButton>(*wizard, "undoImportButton")->isEnabled());
    CHECK(view.model()->rowCount() == 0);
    CHECK(child<QLabel>(view, "companyCount")->text() == QStringLiteral("0 companies"));
    CHECK(ImportBatchRepository(base.context()).find(result.batchId)->undoneAt.isValid());

    // The next list with the same headers gets the columns as they were set by hand.
    wizard->close();
    ImportWizard again(base.context());
    showWizard(again);
    again.setFilePath(path);
    clickNext(again);
    CHECK(child<QComboBox>(again, "mappingCombo2")->currentText() == QStringLiteral("Address"));
    CHECK(child<QLabel>(again, "mappingNote")->isVisible());
}

TEST_CASE("Choosing another encoding, delimiter or header reads the preview again", "[ui][import]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    writeFile(path, cp1251List());
    ImportWizard wizard(base.context());
    showWizard(wizard);
    wizard.setFilePath(path);
    clickNext(wizard);

    auto *encoding = child<QComboBox>(wizard, "encodingCombo");
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("KOI8-R")));
    auto *table = child<QTableWidget>(wizard, "previewTable");
    CHECK(child<QLabel>(wizard, "encodingLabel")->text() == QStringLiteral("Read as KOI8-R (chosen here)"));
    CHECK(table->item(1, 0)->text() != QStringLiteral("ООО «Ромашка»"));
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("Windows-1251")));
    CHECK(table->item(1, 0)->text() == QStringLiteral("ООО «Ромашка»"));

    auto *delimiter = child<QComboBox>(wizard, "delimiterCombo");
    delimiter->setCurrentIndex(delimiter->findText(QStringLiteral(",")));
    CHECK(table->columnCount() == 1);
    delimiter->setCurrentIndex(0);
    CHECK(table->columnCount() == 5);

    child<QCheckBox>(wizard, "headerCheck")->setChecked(false);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Column 1"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Компания"));
    CHECK(table->rowCount() == 1 + 7);
}

TEST_CASE("A binary or empty file shows why on the preview page and Next stays disabled", "[ui][import][bad-input]")
{
    TestDatabase base;
    QTemporaryDir dir;
    QByteArray binary("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    const QString binaryPath = dir.filePath(QStringLiteral("picture.csv"));
    writeFile(binaryPath, binary);
    const QString emptyPath = dir.filePath(QStringLiteral("empty.csv"));
    writeFile(emptyPath, QByteArray());

    for (const QString &path : {binaryPath, emptyPath}) {
        INFO(path.toStdString());
        ImportWizard wizard(base.context());
        showWizard(wizard);
        wizard.setFilePath(path);
        clickNext(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
        QLabel *error = child<QLabel>(wizard, "previewError");
        CHECK(error->isVisible());
        CHECK_FALSE(error->text().isEmpty());
        CHECK_FALSE(child<QTableWidget>(wizard, "previewTable")->isVisible());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        CHECK_FALSE(wizard.currentPage()->isComplete());
    }
    CHECK(CompanyRepository(base.context()).count() == 0);
}

TEST_CASE("A collector's import is not assigned by default and lands in a caller's queue", "[ui][import][owner]")
{
    TestDatabase base;
    const qint64 collector
        = createUser(base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    const qint64 caller = createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("список.csv"));
    writeFile(path, cp1251List());

    ImportWizard wizard(base.contextAs(collector));
    showWizard(wizard);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.setFilePath(path);
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    auto *owner = child<QComboBox>(wizard, "ownerCombo");
    CHECK(owner->currentData().toLongLong() == 0);
    CHECK(owner->currentText() == QStringLiteral("Not assigned (any caller)"));
    // The collector could still give the list to one caller.
    CHECK(owner->findData(caller) > 0);
    clickNext(wizard);
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));

    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM companies WHERE owner_id IS NOT NULL"))
              .toInt()
          == 0);
    QStringList queue;
    for (const CallQueueEntry &entry : CallQueueQuery(base.contextAs(caller)).next(caller, 10))
        queue.append(entry.name);
    CHECK(queue.contains(QStringLiteral("ООО «Ромашка»")));
    CHECK(queue.contains(QStringLiteral("ИП Сидоров")));
}

TEST_CASE("Import wizard: the head imports a collector's list, and the companies record who collected them",
          "[ui][import][collector]")
{
    TestDatabase base;
    const qint64 collector
        = createUser(base, QStringLiteral("collector"), QStringLiteral("Анна Сборщикова"), UserRole::Collector);
    createUser(base, QStringLiteral("caller"), QStringLiteral("Илья Звонарёв"), UserRole::Caller);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("список.csv"));
    writeFile(path, cp1251List());

    ImportWizard wizard(base.context());
    showWizard(wizard);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.setFilePath(path);
    clickNext(wizard);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPage);
    auto *collectedBy = child<QComboBox>(wizard, "collectorCombo");
    // The importing head by default; the callers are not offered.
    CHECK(collectedBy->currentData().toLongLong() == base.context().userId);
    CHECK(collectedBy->count() == 2);
    collectedBy->setCurrentIndex(collectedBy->findData(collector));
    clickNext(wizard);
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));

    const int companies
        = SqlStatement::scalar(base.db().connection(), QStringLiteral("SELECT count(*) FROM companies")).toInt();
    CHECK(companies > 0);
    CHECK(SqlStatement::scalar(base.db().connection(),
                               QStringLiteral("SELECT count(*) FROM companies WHERE collected_by = ?"), {collector})
              .toInt()
          == companies);
}

namespace {
// The wizard's imports are held at their first progress report (ImportService reports every 2000 rows) until they
// are stopped. The list is so short that, without the hold, any machine would import it whole before the stop.
constexpr qint64 heldRows = 2000;
constexpr int listRows = 3000;

qint64 rowCount(TestDatabase &base, const char *table)
{
    return SqlStatement::scalar(base.db().connection(),
                                QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

// What an import that did not end leaves in the base: nothing at all, not even an unfinished batch.
void checkNothingImported(TestDatabase &base)
{
    CHECK(CompanyRepository(base.context()).count() == 0);
    CHECK(ImportBatchRepository(base.context()).list().isEmpty());
    for (const char *table : {"companies", "phones", "import_batches"}) {
        INFO(table);
        CHECK(rowCount(base, table) == 0);
    }
}
} // namespace

TEST_CASE("Stopping an import leaves nothing imported", "[ui][import][cancel]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    writeFile(path, bigList(listRows));
    ImportWizard wizard(base.context());
    wizard.holdImportsAt(heldRows);
    showWizard(wizard);
    QSignalSpy progress(&wizard, &ImportWizard::importProgress);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    QSignalSpy failed(&wizard, &ImportWizard::importFailed);
    startImport(wizard, path);
    CHECK(wizard.isRunning());
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    if (progress.isEmpty())
        REQUIRE(progress.wait(30000));
    CHECK(progress.first().first().toLongLong() == heldRows);
    CHECK(child<QLabel>(wizard, "rateLabel")
              ->text()
              .startsWith(QStringLiteral("Rows read: %1 · ").arg(QLocale().toString(heldRows))));
    CHECK(child<QProgressBar>(wizard, "progressBar")->value() > 0);
    CHECK(child<QProgressBar>(wizard, "progressBar")->value() < 1000);
    // The rows read so far are written, some of them committed by the import's steps, but the base does not show
    // them until its last step.
    CHECK(CompanyListQuery(base.db(), {}).count() == 0);
    REQUIRE(wizard.isRunning());

    QTest::mouseClick(child<QPushButton>(wizard, "cancelImportButton"), Qt::LeftButton);
    if (failed.isEmpty())
        REQUIRE(failed.wait(30000));
    CHECK(finished.isEmpty());
    // Stopped where it was held: no report after it.
    CHECK(progress.size() == 1);
    CHECK(failed.first().first().toString() == QStringLiteral("Cancelled: nothing was imported."));
    CHECK(child<QLabel>(wizard, "runStatus")->text() == QStringLiteral("Cancelled: nothing was imported."));
    CHECK_FALSE(wizard.isRunning());
    CHECK(wizard.currentId() == ImportWizard::RunPage);
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());
    checkNothingImported(base);
}

TEST_CASE("An import that waits for another one says whose on the run page, then runs", "[ui][import][wait]")
{
    TestDatabase base;
    const qint64 olga = createUser(base, QStringLiteral("olga"), QStringLiteral("Ольга"), UserRole::Collector);
    // Another desktop's import, loading right now (the wizard's worker goes by the system clock).
    const QVariant now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, state, "
                                     "heartbeat_at) VALUES ('first.csv', ?, ?, ?, 'loading', ?)"),
                      {olga, now, now, now});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("second.csv"));
    writeFile(path, bigList(10));
    ImportWizard wizard(base.context());
    showWizard(wizard);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    startImport(wizard, path);
    const QString waiting = QStringLiteral("Waiting for the import of first.csv by Ольга to finish…");
    auto *rate = child<QLabel>(wizard, "rateLabel");
    const bool saidWhose = QTest::qWaitFor([&] { return rate->text() == waiting; }, 30000);
    INFO(rate->text().toStdString() << " / " << child<QLabel>(wizard, "runStatus")->text().toStdString());
    REQUIRE(saidWhose);
    CHECK(wizard.isRunning());
    CHECK(rowCount(base, "companies") == 0);

    SqlStatement::run(base.db().connection(),
                      QStringLiteral("UPDATE import_batches SET state = 'done', finished_at = ? "
                                     "WHERE file_name = 'first.csv'"),
                      {now});
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    CHECK(CompanyListQuery(base.db(), {}).count() == 10);
}

TEST_CASE("Closing the wizard during an import cancels it and waits for it", "[ui][import][cancel]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    writeFile(path, bigList(listRows));
    ImportWizard wizard(base.context());
    wizard.holdImportsAt(heldRows);
    showWizard(wizard);
    QSignalSpy progress(&wizard, &ImportWizard::importProgress);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    startImport(wizard, path);
    if (progress.isEmpty())
        REQUIRE(progress.wait(30000));
    REQUIRE(wizard.isRunning());
    wizard.reject();
    CHECK_FALSE(wizard.isRunning());
    CHECK_FALSE(wizard.isVisible());
    QCoreApplication::processEvents();
    CHECK(finished.isEmpty());
    CHECK(progress.size() == 1);
    checkNothingImported(base);
}

TEST_CASE("The import history lists the imports and undoes the one selected", "[ui][import][history]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    writeFile(first, "Company;Phone\nАльфа;+7 495 111-22-33\nБета;+7 495 111-22-44\n");
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    writeFile(second, "Company;Phone\nГамма;+7 495 222-33-44\n");
    QList<qint64> batches;
    for (const QString &path : {first, second}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        batches.append(ImportService(base.context()).run(&file, ImportOptions{}).batchId);
    }
    REQUIRE(CompanyRepository(base.context()).count() == 3);

    ImportHistoryDialog dialog(base.context());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &ImportHistoryDialog::baseChanged);
    QTableWidget *table = child<QTableWidget>(dialog, "historyTable");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 2)->text() == QStringLiteral("second.csv"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Head of sales"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("first.csv"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("2"));
    CHECK(table->item(1, 5)->text() == QStringLiteral("2"));
    CHECK(table->item(1, 8)->text().isEmpty());

    // No keeps the import.
    REQUIRE(dialog.selectBatch(batches.at(0)));
    auto *undo = child<QPushButton>(dialog, "historyUndoButton");
    REQUIRE(undo->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Companies to remove: 2.")));
    CHECK(CompanyRepository(base.context()).count() == 3);
    CHECK(changed.isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(CompanyRepository(base.context()).count() == 1);
    REQUIRE(allCompanies(base.db()).size() == 1);
    CHECK(allCompanies(base.db()).first().name == QStringLiteral("Гамма"));
    CHECK(changed.size() == 1);
    CHECK_FALSE(table->item(1, 8)->text().isEmpty());
    CHECK(table->item(0, 8)->text().isEmpty());
    CHECK(dialog.table()->currentRow() == 1);
    CHECK_FALSE(undo->isEnabled());
    CHECK(child<QLabel>(dialog, "historyStatus")->text().contains(QStringLiteral("Companies removed: 2.")));
}

TEST_CASE("A list dropped on the main window opens the wizard on its preview", "[ui][import][mainwindow]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.csv"));
    writeFile(path, cp1251List());
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMimeData notAList;
    notAList.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("photo.jpg")))});
    CHECK(MainWindow::importableFile(&notAList).isEmpty());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->filePath() == path);
    CHECK(wizard->currentId() == ImportWizard::PreviewPage);
    CHECK(child<QComboBox>(*wizard, "mappingCombo0")->currentText() == QStringLiteral("Company"));
    wizard->close();
}

TEST_CASE("The main window removes an import a killed process left, on a worker, and says so",
          "[ui][import][mainwindow][cleanup]")
{
    TestDatabase base;
    Company kept = makeCompany(QStringLiteral("Kept company"));
    CompanyRepository(base.context()).create(kept);
    // An import by the head whose process died ten minutes ago (the cleaner goes by the system clock), with two
    // companies written.
    const QString then = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
    SqlStatement::run(base.db().connection(),
                      QStringLiteral("INSERT INTO import_batches (file_name, user_id, started_at, created_at, state, "
                                     "heartbeat_at) VALUES ('killed.csv', 1, ?, ?, 'loading', ?)"),
                      {then, then, then});
    for (const QString &name : {QStringLiteral("Half 1"), QStringLiteral("Half 2")}) {
        Company company = makeCompany(name);
        CompanyRepository(base.context()).create(company);
        SqlStatement::run(base.db().connection(),
                          QStringLiteral("UPDATE companies SET import_batch_id = (SELECT id FROM import_batches "
                                         "WHERE file_name = 'killed.csv') WHERE id = ?"),
                          {company.id});
    }
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.cleanUnfinishedImports();
    REQUIRE(QTest::qWaitFor([&] { return window.statusBar()->currentMessage().contains(QStringLiteral("killed.csv")); },
                            30000));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("An unfinished import of killed.csv by ")));
    CHECK(window.statusBar()->currentMessage().endsWith(QStringLiteral("was removed: 2 companies")));
    CHECK(rowCount(base, "companies") == 1);
    CHECK(rowCount(base, "import_batches") == 0);
}

TEST_CASE("Export writes the companies the cold base shows", "[ui][export][mainwindow]")
{
    TestDatabase base;
    DemoBase::fill(base.context(), 25);
    QTemporaryDir dir;
    const User head = *UserRepository(base.context()).find(1);
    MainWindow window(base.context(), head);
    window.coldBaseView()->setSearchDelay(0);
    const QString path = dir.filePath(QStringLiteral("база.csv"));
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    // The export runs on a worker: the window is free meanwhile and says what it is doing.
    window.exportTo(path);
    CHECK(window.isExporting());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exporting to ")));
    REQUIRE(exported.wait(30000));
    CHECK(exported.takeFirst().at(0).toLongLong() == 25);
    CHECK_FALSE(window.isExporting());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported 25 companies to ")));

    // The export reads back as a list of the same companies.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ImportPreview preview = ImportService(base.context()).preview(&file, ImportOptions{}, 100);
    CHECK(preview.headerFound);
    CHECK(preview.rows.size() == 26);
    CHECK(preview.mapping.contains(ImportField::Company));

    child<QComboBox>(*window.coldBaseView(), "stageFilter")->setCurrentIndex(1 + int(CompanyStage::Meeting));
    const int shown = window.coldBaseView()->model()->rowCount();
    REQUIRE(shown < 25);
    window.exportTo(dir.filePath(QStringLiteral("meetings.csv")));
    REQUIRE(exported.wait(30000));
    CHECK(exported.takeFirst().at(0).toLongLong() == shown);

    // A file that cannot be written is said so, and nothing is left behind.
    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/база.csv"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.exportTo(unwritable);
    REQUIRE(exported.wait(30000));
    CHECK(exported.takeFirst().at(0).toLongLong() == -1);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Not exported"));
    CHECK(MessageBox::lastText().startsWith(unwritable + QStringLiteral(" could not be written: ")));
    CHECK_FALSE(QFile::exists(unwritable));
}

TEST_CASE("The import report filters by status and sorts by any column", "[ui][import][report]")
{
    TestDatabase base;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    // Twenty rows with a wrong INN (imported, to check) bury two duplicates of the first row and one rejected row.
    QString text = QStringLiteral("Компания;Телефон;ИНН\nООО Ромашка;8 495 123-45-67;\n");
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("Компания %1;8 495 000-10-%2;1234567890\n").arg(i).arg(10 + i);
    text += QStringLiteral("Ромашка копия;+7 495 123 45 67;\n;;7707083893\nРомашка снова;84951234567;\n");
    writeFile(path, text.toUtf8());

    ImportWizard wizard(base.context());
    showWizard(wizard);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    startImport(wizard, path);
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);

    auto *table = child<QTableView>(wizard, "reportTable");
    const QAbstractItemModel *report = table->model();
    auto *filter = child<QComboBox>(wizard, "reportFilter");
    CHECK(report->rowCount() == 23);
    CHECK(filter->currentText() == QStringLiteral("All rows (23)"));
    CHECK(filter->itemText(2) == QStringLiteral("Duplicates (2)"));

    const auto column = [&](int index) {
        QStringList texts;
        for (int row = 0; row < report->rowCount(); ++row)
            texts.append(report->index(row, index).data().toString());
        return texts;
    };
    filter->setCurrentIndex(int(ImportReportView::Filter::Duplicates));
    CHECK(column(ImportReportView::LineColumn) == QStringList{QStringLiteral("23"), QStringLiteral("25")});
    CHECK(column(ImportReportView::ReasonColumn)
          == QStringList(2, QStringLiteral("the same phone +74951234567 as «ООО Ромашка» (line 2)")));
    filter->setCurrentIndex(int(ImportReportView::Filter::Rejected));
    CHECK(column(ImportReportView::LineColumn) == QStringList{QStringLiteral("24")});
    filter->setCurrentIndex(int(ImportReportView::Filter::Flagged));
    CHECK(report->rowCount() == 20);

    // A click on the line header sorts by line, numerically, and again the other way.
    filter->setCurrentIndex(int(ImportReportView::Filter::All));
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [&](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + 5, header->height() / 2));
    };
    CHECK(column(ImportReportView::LineColumn).first() == QStringLiteral("3"));
    clickHeader(ImportReportView::LineColumn);
    CHECK(column(ImportReportView::LineColumn).first() == QStringLiteral("25"));
    CHECK(column(ImportReportView::LineColumn).last() == QStringLiteral("3"));
    clickHeader(ImportReportView::StatusColumn);
    const QStringList statuses = column(ImportReportView::StatusColumn);
    QStringList sorted = statuses;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    CHECK((statuses == sorted || statuses == QStringList(sorted.crbegin(), sorted.crend())));
    CHECK(statuses.first() != statuses.last());
}
