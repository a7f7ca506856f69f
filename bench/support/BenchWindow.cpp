#include "BenchWindow.h"

#include "company/ColdBaseView.h"
#include "models/CompanyListModel.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QLineEdit>
#include <QTableView>

namespace voronka::bench {

std::unique_ptr<BenchWindow> BenchWindow::build(Database &db, const Clock &clock, const QString &login, QString *error)
{
    const std::optional<User> user = UserRepository(DataContext{db, clock, 0}).findByLogin(login);
    if (!user) {
        *error = QStringLiteral("%1 has no user \"%2\"").arg(db.path(), login);
        return nullptr;
    }
    // The window's context names its user, as GuiFront's does.
    std::unique_ptr<BenchWindow> bench(new BenchWindow(DataContext{db, clock, user->id}, *user));
    if (!bench->m_searchEdit) {
        *error = QStringLiteral("the cold base has no searchEdit");
        return nullptr;
    }
    return bench;
}

BenchWindow::BenchWindow(const DataContext &context, const User &user)
    : m_context(context)
    , m_user(user)
    , m_window(std::make_unique<MainWindow>(m_context, m_user))
    , m_view(m_window->coldBaseView())
    , m_table(m_view->table())
    , m_model(m_view->model())
    , m_searchEdit(m_view->findChild<QLineEdit *>(QStringLiteral("searchEdit")))
    , m_paints(std::make_unique<PaintCounter>(m_table, m_model))
{
    m_table->viewport()->installEventFilter(m_paints.get());
}

BenchWindow::~BenchWindow() = default;

bool BenchWindow::showAndWaitForPaint(int timeoutMs)
{
    m_window->show();
    m_window->showSection(MainWindow::ColdBase);
    return m_paints->waitForPaint(0, timeoutMs);
}

} // namespace voronka::bench
