#include "NewTaskDialog.h"

#include "CoreAttempt.h"
#include "MessageBox.h"
#include "ModalDialog.h"
#include "storage/CompanyRepository.h"
#include "storage/TaskRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

    auto *company = new QLabel(companyId == 0 ? tr("<i>No company</i>")
                                              : QStringLiteral("<b>%1</b>").arg(companyName.toHtmlEscaped()));
    company->setObjectName(QStringLiteral("taskCompanyLabel"));

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

    m_due = new QDateTimeEdit;
    m_due->setObjectName(QStringLiteral("taskDueEdit"));
    m_due->setCalendarPopup(true);
    setDueTime(quickDueTime(QuickDueTime::TomorrowMorning, m_actions.now(), m_actions.zone()));
    auto *quick = new QHBoxLayout;
    const struct
    {
        const char *name;
        QString title;
        QuickDueTime time;
    } choices[] = {
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
    layout->addWidget(company);
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
    return QDateTime(m_due->date(), QTime(m_due->time().hour(), m_due->time().minute()), m_actions.zone()).toUTC();
}

void NewTaskDialog::setDueTime(const QDateTime &due)
{
    const QDateTime local = due.toTimeZone(m_actions.zone());
    m_due->setDate(local.date());
    m_due->setTime(local.time());
}

void NewTaskDialog::accept()
{
    Task task;
    task.companyId = m_companyId;
    task.assigneeId = m_assignee->currentData().toLongLong();
    task.kind = TaskKind(m_kind->currentData().toInt());
    task.dueAt = dueTime();
    task.note = m_note->text().trimmed();
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
