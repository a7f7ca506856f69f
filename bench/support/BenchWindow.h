#pragma once

#include "domain/User.h"
#include "storage/DataContext.h"
#include "support/PaintCounter.h"

#include <QString>

#include <memory>

class QLineEdit;
class QTableView;

namespace voronka {
class Clock;
class ColdBaseView;
class CompanyListModel;
class Database;
class MainWindow;
} // namespace voronka

namespace voronka::bench {

// The main window a benchmark drives, set up as `voronka --db PATH --user LOGIN` shows it to a signed-in user: the
// user found by login, their part of the base on the connection (Viewer),
// the window built for them on the cold base, and a PaintCounter on the company table, so that the bench can time
// the steps in between (building, showing, the first paint) and wait for a result to be painted.
class BenchWindow
{
public:
    // Finds the user and builds the window (not shown yet). Null, with *error, when the base has no such user or
    // the cold base lacks a widget the benches drive.
    static std::unique_ptr<BenchWindow> build(Database &db, const Clock &clock, const QString &login, QString *error);
    ~BenchWindow();

    // Shows the window on the cold base and waits until the company table has painted rows (on a big base after the
    // worker's first count and page); false on timeout.
    bool showAndWaitForPaint(int timeoutMs = 120000);

    const DataContext &context() const { return m_context; }
    const User &user() const { return m_user; }
    MainWindow &window() const { return *m_window; }
    ColdBaseView *view() const { return m_view; }
    QTableView *table() const { return m_table; }
    CompanyListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    PaintCounter &paints() const { return *m_paints; }

private:
    BenchWindow(const DataContext &context, const User &user);

    DataContext m_context;
    User m_user;
    std::unique_ptr<MainWindow> m_window;
    ColdBaseView *m_view = nullptr;
    QTableView *m_table = nullptr;
    CompanyListModel *m_model = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    std::unique_ptr<PaintCounter> m_paints;
};

} // namespace voronka::bench
