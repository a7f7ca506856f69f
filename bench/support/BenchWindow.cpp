#include "BenchWindow.h"

#include "company/ColdBaseView.h"
#include "models/CompanyListModel.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

namespace voronka::bench {

std::unique_ptr<BenchWindow> BenchWindow::build(Database &db, const Clock &clock, const QString &login, QString *error)
{
    const std::optional<User> user = UserRepository(DataContext{db, clock, 0}).findByLogin(login);
    if (!user) {
        *error = QStringLiteral("%1 has no user \"%2\"").arg(db.path(), login);
        return nullptr;
    }
    // The window's context names its user, as GuiFront's does, and the base shows the user's part of it, as it does
    // once sign-in is on (the head's part is all of it).
    db.setViewer(Viewer::of(*user, false));
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
    // On a big base the first count and page come from a worker (the model is empty until then): the rows are
    // painted after the model's reset for them.
    int paintsAtRows = m_model->isLoading() ? -1 : 0;
    const QMetaObject::Connection reset = QObject::connect(m_model, &QAbstractItemModel::modelReset, m_model, [&] {
        if (paintsAtRows < 0 && !m_model->isLoading())
            paintsAtRows = m_paints->paints();
    });
    m_window->show();
    m_window->showSection(MainWindow::ColdBase);
    const QDeadlineTimer deadline(timeoutMs);
    while (paintsAtRows < 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(reset);
    return paintsAtRows >= 0
        && m_paints->waitForPaint(paintsAtRows, int(std::max<qint64>(1, deadline.remainingTime())));
}

} // namespace voronka::bench
