#pragma once

#include "reports/FunnelFigureCompanies.h"
#include "storage/DataContext.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QTableWidget;

namespace voronka {

class SectionReader;

// The companies behind a figure of the funnel (FunnelFigureCompanies): name, stage now and the date of the move, the
// first thousand of a big figure with how many there are in all. A double click or Enter on a company opens its card
// (companyActivated). A big figure is read on a worker (SectionReader) while the dialog says it is reading.
class FigureCompaniesDialog : public QDialog
{
    Q_OBJECT

public:
    using Read = std::function<FigureCompanies(const DataContext &context)>;

    // title: the figure in words ("Calling: lost"); expected: the figure, to decide whether to read on the worker.
    FigureCompaniesDialog(DataContext context, const QString &title, qint64 expected, Read read,
                          QWidget *parent = nullptr);
    ~FigureCompaniesDialog() override;

    QTableWidget *table() const { return m_table; }
    // The companies shown, in the table's order.
    const FigureCompanies &companies() const { return m_companies; }
    // The line under the table: how many companies, and how many of them are shown.
    QString summary() const;

signals:
    void companyActivated(qint64 companyId);
    // The companies are read and shown (or why they could not be).
    void shown();

private:
    void showCompanies(const FigureCompanies &companies, const QString &problem);

    FigureCompanies m_companies;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    std::unique_ptr<SectionReader> m_reader;
};

} // namespace voronka
