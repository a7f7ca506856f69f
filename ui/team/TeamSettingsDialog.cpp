#include "TeamSettingsDialog.h"

#include "common/CoreAttempt.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace voronka {

namespace {
constexpr int highestLimit = 100000;
} // namespace

TeamSettingsDialog::TeamSettingsDialog(DataContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("teamSettingsDialog"));
    setWindowTitle(tr("Team rules"));
    const TeamRules rules = TeamSettings(context).rules();

    m_onDuty = new QRadioButton(tr("The person on &duty today (the duty roster)"));
    m_onDuty->setObjectName(QStringLiteral("routeOnDuty"));
    m_qualified = new QRadioButton(tr("The &most qualified first, in this order (the next when one is full):"));
    m_qualified->setObjectName(QStringLiteral("routeQualified"));
    m_inTurn = new QRadioButton(tr("The closers in &turn"));
    m_inTurn->setObjectName(QStringLiteral("routeInTurn"));
    switch (rules.routing) {
    case RoutingRule::OnDuty:
        m_onDuty->setChecked(true);
        break;
    case RoutingRule::MostQualified:
        m_qualified->setChecked(true);
        break;
    case RoutingRule::RoundRobin:
        m_inTurn->setChecked(true);
        break;
    }

    // The active closers and heads: those in the saved order first, in it, checked; the others after them.
    m_order = new QListWidget;
    m_order->setObjectName(QStringLiteral("qualifiedOrder"));
    QList<User> people;
    for (const User &user : UserRepository(context).list())
        if (user.hasRole(UserRole::Closer) || user.hasRole(UserRole::Head))
            people.append(user);
    const auto addPerson = [this](const User &user, bool inOrder) {
        auto *item = new QListWidgetItem(user.fullName, m_order);
        item->setData(Qt::UserRole, user.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(inOrder ? Qt::Checked : Qt::Unchecked);
    };
    for (const qint64 id : rules.qualifiedOrder)
        for (const User &user : std::as_const(people))
            if (user.id == id)
                addPerson(user, true);
    for (const User &user : std::as_const(people))
        if (!rules.qualifiedOrder.contains(user.id))
            addPerson(user, false);
    if (m_order->count() > 0)
        m_order->setCurrentRow(0);
    m_up = new QPushButton(tr("&Up"));
    m_up->setObjectName(QStringLiteral("orderUp"));
    m_up->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Up).toString(QKeySequence::NativeText));
    m_down = new QPushButton(tr("Do&wn"));
    m_down->setObjectName(QStringLiteral("orderDown"));
    m_down->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Down).toString(QKeySequence::NativeText));
    connect(m_up, &QPushButton::clicked, this, [this] { moveChosen(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveChosen(1); });
    m_order->installEventFilter(this); // Ctrl+Up and Ctrl+Down move the chosen person
    connect(m_qualified, &QRadioButton::toggled, this, &TeamSettingsDialog::updateOrder);
    connect(m_order, &QListWidget::currentRowChanged, this, &TeamSettingsDialog::updateOrder);

    auto *moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch();
    auto *orderRow = new QHBoxLayout;
    orderRow->addSpacing(20);
    orderRow->addWidget(m_order, 1);
    orderRow->addLayout(moves);
    auto *routing = new QGroupBox(tr("An inquiry goes to"));
    auto *routingLayout = new QVBoxLayout(routing);
    routingLayout->addWidget(m_onDuty);
    routingLayout->addWidget(m_qualified);
    routingLayout->addLayout(orderRow);
    routingLayout->addWidget(m_inTurn);

    const auto limitBox = [](const char *name, int value) {
        auto *box = new QSpinBox;
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(1, highestLimit);
        box->setValue(value);
        return box;
    };
    m_smallOrMedium = limitBox("limitSmallOrMedium", rules.limits.smallOrMedium);
    m_large = limitBox("limitLarge", rules.limits.large);
    m_key = limitBox("limitKey", rules.limits.key);
    m_clients = limitBox("limitClients", rules.limits.clients);
    auto *capacity = new QGroupBox(tr("Capacity: how much one person leads"));
    auto *limits = new QFormLayout(capacity);
    limits->addRow(tr("A closer, small or medium &companies:"), m_smallOrMedium);
    limits->addRow(tr("A closer, &large companies:"), m_large);
    limits->addRow(tr("A closer, &key accounts:"), m_key);
    limits->addRow(tr("An account manager, cli&ents:"), m_clients);

    m_pool = new QCheckBox(tr("Callers take unassigned cold companies from the &pool"));
    m_pool->setObjectName(QStringLiteral("callersTakeFromPool"));
    m_pool->setChecked(rules.callersTakeFromPool);
    auto *note = new QLabel(tr("These rules are kept in the base: every desk follows them. Callers see the pool change "
                               "when they next sign in."));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(routing, 1);
    layout->addWidget(capacity);
    layout->addWidget(m_pool);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateOrder();
}

TeamRules TeamSettingsDialog::rules() const
{
    TeamRules rules;
    rules.routing = m_onDuty->isChecked() ? RoutingRule::OnDuty
        : m_qualified->isChecked()        ? RoutingRule::MostQualified
                                          : RoutingRule::RoundRobin;
    for (int row = 0; row < m_order->count(); ++row)
        if (m_order->item(row)->checkState() == Qt::Checked)
            rules.qualifiedOrder.append(m_order->item(row)->data(Qt::UserRole).toLongLong());
    rules.limits = {m_smallOrMedium->value(), m_large->value(), m_key->value(), m_clients->value()};
    rules.callersTakeFromPool = m_pool->isChecked();
    return rules;
}

void TeamSettingsDialog::moveChosen(int step)
{
    const int row = m_order->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_order->count())
        return;
    QListWidgetItem *item = m_order->takeItem(row);
    m_order->insertItem(to, item);
    m_order->setCurrentRow(to);
}

bool TeamSettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_order && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveChosen(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TeamSettingsDialog::updateOrder()
{
    const bool qualified = m_qualified->isChecked();
    m_order->setEnabled(qualified);
    const int row = m_order->currentRow();
    m_up->setEnabled(qualified && row > 0);
    m_down->setEnabled(qualified && row >= 0 && row + 1 < m_order->count());
}

void TeamSettingsDialog::accept()
{
    const TeamRules chosen = rules();
    if (attemptOrExplain(this, windowTitle(), [&] { TeamSettings(m_context).save(chosen); }) == Attempt::Done)
        QDialog::accept();
}

} // namespace voronka
