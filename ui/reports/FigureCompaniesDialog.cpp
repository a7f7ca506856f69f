#include "FigureCompaniesDialog.h"

#include "common/SectionReader.h"
#include "reports/ReportError.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {

// What a read on either thread hands over: the companies, or why there are none.
struct Result
{
    FigureCompanies companies;
    QString problem;
};

} // namespace

FigureCompaniesDialog::FigureCompaniesDialog(DataContext context, const QString &title, qint64 expected, Read read,
                                             QWidget *parent)
    : QDialog(parent)
    , m_reader(std::make_unique<SectionReader>(this, context))
{
    setObjectName(QStringLiteral("figureCompaniesDialog"));
    setWindowTitle(title);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("figureCompaniesTable"));
    m_table->setHorizontalHeaderLabels({tr("Company"), tr("Stage now"), tr("Date of the move")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a company or press Enter to open its card"));
    // The card opens where the list was: a list left on top (a dialog stays above its window) would cover it.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() < 0 || index.row() >= m_companies.companies.size())
            return;
        const qint64 companyId = m_companies.companies.at(index.row()).companyId;
        accept();
        emit companyActivated(companyId);
    });
    m_summary = new QLabel(tr("Reading the companies…"));
    m_summary->setObjectName(QStringLiteral("figureCompaniesSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 460);

    // A report's refusal (a period turned around, a slice beyond the viewer) is a message, not a failed read.
    const auto guarded = [read = std::move(read)](const DataContext &on) {
        try {
            return Result{read(on), {}};
        } catch (const ReportError &error) {
            return Result{{}, error.message()};
        }
    };
    m_reader->read(
        expected, guarded, [this](const Result &result) { showCompanies(result.companies, result.problem); },
        [this](const StorageError &error) {
            showCompanies({}, tr("The companies could not be read: %1").arg(error.message()));
        });
}

FigureCompaniesDialog::~FigureCompaniesDialog() = default;

QString FigureCompaniesDialog::summary() const
{
    return m_summary->text();
}

void FigureCompaniesDialog::showCompanies(const FigureCompanies &companies, const QString &problem)
{
    m_companies = companies;
    m_table->setRowCount(int(companies.companies.size()));
    const QLocale locale;
    for (int row = 0; row < companies.companies.size(); ++row) {
        const FigureCompany &company = companies.companies.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(company.name));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(company.stageNow ? companyStageTitle(*company.stageNow) : QString()));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(locale.toString(company.at.toLocalTime().date(), QLocale::ShortFormat)));
    }
    if (!problem.isEmpty())
        m_summary->setText(problem);
    else if (companies.total > companies.companies.size())
        m_summary->setText(tr("The first %1 of %2 companies.")
                               .arg(locale.toString(companies.companies.size()), locale.toString(companies.total)));
    else
        m_summary->setText(tr("Companies: %1.").arg(locale.toString(companies.total)));
    if (m_table->rowCount() > 0) {
        // Current, not only selected: Enter opens the row that is highlighted.
        m_table->setCurrentCell(0, 0);
        m_table->setFocus();
    }
    emit shown();
}

} // namespace voronka
