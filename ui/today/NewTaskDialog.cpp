#include "NewTaskDialog.h"

#include "common/CoreAttempt.h"
#include "common/DateTimeField.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "storage/CompanyLookup.h"
#include "storage/CompanyRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace voronka {

NewTaskDialog::NewTaskDialog(DataContext context, QList<User> users, qint64 companyId, const QString &companyName,
                             QTimeZone zone, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actions(context, std::move(zone), this)
    , m_companyId(companyId)
{
    setObjectName(QStringLiteral("newTaskDialog"));
    setWindowTitle(tr("New task"));
    setMinimumWidth(420);

    m_company = new QLabel;
    m_company->setObjectName(QStringLiteral("taskCompanyLabel"));
    chooseCompany(companyId, companyName);
    m_companySearch = new QLineEdit;
    m_companySearch->setObjectName(QStringLiteral("taskCompanySearch"));
    m_companySearch->setPlaceholderText(tr("Find a company: name, city, INN or phone"));
    m_companySearch->setClearButtonEnabled(true);
    m_companyResults = new QListWidget;
    m_companyResults->setObjectName(QStringLiteral("taskCompanyResults"));
    m_companyResults->setMaximumHeight(160);
    m_companyResults->hide();
    // The lookup reads a few indexed rows per key press (milliseconds even on a large base), so it runs as typed.
    connect(m_companySearch, &QLineEdit::textEdited, this, &NewTaskDialog::searchCompanies);
    connect(m_companyResults, &QListWidget::itemClicked, this, &NewTaskDialog::takeCompanyFrom);
    // Enter picks the highlighted company (and does not press OK); Down moves from the search into the results.
    m_companySearch->installEventFilter(this);
    m_companyResults->installEventFilter(this);
    auto *noCompany = new QPushButton(tr("No company"));
    noCompany->setObjectName(QStringLiteral("taskNoCompanyButton"));
    noCompany->setAutoDefault(false);
    connect(noCompany, &QPushButton::clicked, this, [this] { chooseCompany(0, QString()); });
    auto *companyRow = new QHBoxLayout;
    companyRow->addWidget(m_company, 1);
    companyRow->addWidget(noCompany);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("taskKindCombo"));
    for (const TaskKind kind : allTaskKinds())
        m_kind->addItem(taskKindTitle(kind), int(kind));

    m_assignee = new QComboBox;
    m_assignee->setObjectName(QStringLiteral("taskAssigneeCombo"));
    for (const User &user : std::as_const(users)) {
        if (user.active || user.id == context.userId)
            m_assignee->addItem(user.fullName, user.id);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(context.userId)));

    m_due = new DateTimeField(m_actions.zone());
    m_due->setObjectName(QStringLiteral("taskDueEdit"));
    setDueTime(quickDueTime(QuickDueTime::TomorrowMorning, m_actions.now(), m_actions.zone()));
    auto *quick = new QHBoxLayout;
    const struct
    {
        const char *name;
        QString title;
        QuickDueTime time;
    } choices[] = {
        {"dueInTenMinutes", tr("In 10 min"), QuickDueTime::InTenMinutes},
        {"dueInOneHour", tr("In 1 h"), QuickDueTime::InOneHour},
        {"dueTomorrow", tr("Tomorrow 10:00"), QuickDueTime::TomorrowMorning},
        {"dueInThreeDays", tr("In 3 days"), QuickDueTime::InThreeDays},
        {"dueInThreeMonths", tr("In 3 months"), QuickDueTime::InThreeMonths},
    };
    for (const auto &choice : choices) {
        auto *button = new QPushButton(choice.title);
        button->setObjectName(QString::fromLatin1(choice.name));
        button->setAutoDefault(false);
        const QuickDueTime time = choice.time;
        connect(button, &QPushButton::clicked, this,
                [this, time] { setDueTime(quickDueTime(time, m_actions.now(), m_actions.zone())); });
        quick->addWidget(button);
    }

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("taskNoteEdit"));

    auto *form = new QFormLayout;
    form->addRow(tr("Company:"), companyRow);
    form->addRow(tr("&Find:"), m_companySearch);
    form->addRow(QString(), m_companyResults);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Who:"), m_assignee);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(QString(), quick);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("taskButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_note->setFocus();
}

bool NewTaskDialog::createFor(DataContext context, QList<User> users, qint64 companyId, QWidget *parent, QTimeZone zone)
{
    std::optional<Company> company;
    if (companyId != 0) {
        if (attemptOrExplain(parent, tr("No task was created"),
                             [&] { company = CompanyRepository(context).find(companyId); })
            != Attempt::Done)
            return false;
        if (!company) {
            MessageBox::warning(parent, tr("No task was created"),
                                tr("The company no longer exists: someone deleted it."));
            return false;
        }
    }
    const QString name = company ? company->name : QString();
    NewTaskDialog dialog(context, std::move(users), companyId, name, std::move(zone), parent);
    return ModalDialog::exec(dialog) == QDialog::Accepted;
}

QDateTime NewTaskDialog::dueTime() const
{
    return m_due->dateTime();
}

void NewTaskDialog::setDueTime(const QDateTime &due)
{
    m_due->setDateTime(due);
}

void NewTaskDialog::searchCompanies(const QString &text)
{
    m_companyResults->clear();
    QList<CompanyListRow> rows;
    try {
        rows = CompanyLookup(m_context.db).find(text);
    } catch (const StorageError &) {
        // The base is busy for a moment: the next key press looks again.
    }
    for (const CompanyListRow &row : std::as_const(rows)) {
        const QString city = row.city.isEmpty() ? QString() : QStringLiteral(", ") + row.city;
        auto *item = new QListWidgetItem(row.name + city, m_companyResults);
        item->setData(Qt::UserRole, row.id);
        item->setData(Qt::UserRole + 1, row.name);
    }
    if (m_companyResults->count() > 0)
        m_companyResults->setCurrentRow(0);
    m_companyResults->setVisible(!text.trimmed().isEmpty());
    if (!text.trimmed().isEmpty() && rows.isEmpty())
        (new QListWidgetItem(tr("No company matches"), m_companyResults))->setFlags(Qt::NoItemFlags);
}

void NewTaskDialog::takeCompanyFrom(QListWidgetItem *item)
{
    if (!item || !item->data(Qt::UserRole).isValid())
        return; // "no company matches"
    chooseCompany(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    m_companySearch->clear();
    m_companyResults->clear();
    m_companyResults->hide();
    m_kind->setFocus();
}

bool NewTaskDialog::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_companySearch || watched == m_companyResults) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_companyResults->isHidden()) {
            takeCompanyFrom(m_companyResults->currentItem());
            return true;
        }
        if (watched == m_companySearch && key == Qt::Key_Down && m_companyResults->count() > 0) {
            m_companyResults->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewTaskDialog::chooseCompany(qint64 companyId, const QString &name)
{
    m_companyId = companyId;
    m_company->setText(companyId == 0 ? tr("<i>No company</i>")
                                      : QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
}

void NewTaskDialog::accept()
{
    Task task;
    task.companyId = m_companyId;
    task.assigneeId = m_assignee->currentData().toLongLong();
    task.kind = TaskKind(m_kind->currentData().toInt());
    task.dueAt = dueTime();
    task.note = m_note->text().trimmed();
    if (!task.dueAt.isValid()) {
        MessageBox::warning(this, tr("New task"),
                            tr("Type the due date and time like this: %1.").arg(m_due->placeholderText()));
        m_due->setFocus();
        return;
    }
    if (task.dueAt <= m_actions.now()
        && MessageBox::question(this, tr("New task"),
                                tr("The due time has already passed. Create the task anyway? It will be overdue at "
                                   "once."),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    if (attemptOrExplain(this, tr("No task was created"), [&] { TaskRepository(m_context).create(task); })
        != Attempt::Done)
        return;
    m_created = task;
    QDialog::accept();
}

} // namespace voronka
