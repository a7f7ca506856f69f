#include "ConflictDialog.h"

#include "common/DateTimeText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn, ChangeColumn, ChoiceColumn, ColumnCount };

QString fieldTitle(CompanyField field)
{
    switch (field) {
    case CompanyField::Name:
        return ConflictDialog::tr("Name");
    case CompanyField::Inn:
        return ConflictDialog::tr("INN");
    case CompanyField::City:
        return ConflictDialog::tr("City");
    case CompanyField::Address:
        return ConflictDialog::tr("Address");
    case CompanyField::Website:
        return ConflictDialog::tr("Website");
    case CompanyField::Industry:
        return ConflictDialog::tr("Industry");
    case CompanyField::Source:
        return ConflictDialog::tr("Source");
    case CompanyField::Owner:
        return ConflictDialog::tr("Owner");
    case CompanyField::NextAction:
        return ConflictDialog::tr("Next action");
    case CompanyField::Contacts:
        return ConflictDialog::tr("Contacts");
    case CompanyField::Phones:
        return ConflictDialog::tr("Phones");
    case CompanyField::Emails:
        return ConflictDialog::tr("E-mail");
    }
    return {};
}

QString changeText(FieldChange change)
{
    switch (change) {
    case FieldChange::Unchanged:
        return {};
    case FieldChange::OnlyMine:
        return ConflictDialog::tr("you changed it");
    case FieldChange::OnlyTheirs:
        return ConflictDialog::tr("they changed it");
    case FieldChange::BothSame:
        return ConflictDialog::tr("both, the same way");
    case FieldChange::Conflict:
        return ConflictDialog::tr("both changed it");
    }
    return {};
}
} // namespace

ConflictDialog::ConflictDialog(CompanyMerge merge, const QString &whoChanged, QList<User> users, QWidget *parent)
    : QDialog(parent)
    , m_merge(std::move(merge))
    , m_users(std::move(users))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else saved this company"));

    auto *who = new QLabel(whoChanged);
    who->setObjectName(QStringLiteral("conflictWho"));
    who->setWordWrap(true);
    const qsizetype conflicts = m_merge.conflicts().size();
    auto *explanation = new QLabel(
        conflicts == 0 ? tr("Your changes and theirs touch different fields, so both can be kept: press Merge.")
                       : tr("Both of you changed the highlighted fields (%1). Choose whose version each keeps, then "
                            "press Merge, or keep one version whole.")
                             .arg(conflicts));
    explanation->setObjectName(QStringLiteral("conflictExplanation"));
    explanation->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Yours"), tr("Theirs (stored now)"), tr("Changed"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    fillTable();

    auto *keepTheirs = new QPushButton(tr("Keep &theirs"));
    keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    keepTheirs->setToolTip(tr("Drop your changes and show the stored version"));
    auto *keepMine = new QPushButton(tr("Keep &mine"));
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    keepMine->setToolTip(tr("Save your version of every field over theirs"));
    auto *mergeButton = new QPushButton(tr("&Merge"));
    mergeButton->setObjectName(QStringLiteral("mergeButton"));
    mergeButton->setToolTip(tr("Save each field as chosen in the Keep column"));
    mergeButton->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Save nothing; your changes stay in the card"));
    connect(keepTheirs, &QPushButton::clicked, this, [this] { finish(Outcome::Theirs); });
    connect(keepMine, &QPushButton::clicked, this, [this] { finish(Outcome::Mine); });
    connect(mergeButton, &QPushButton::clicked, this, [this] { finish(Outcome::Merge); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(keepTheirs);
    buttons->addWidget(keepMine);
    buttons->addStretch();
    buttons->addWidget(mergeButton);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(explanation);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    resize(820, 520);
}

void ConflictDialog::fillTable()
{
    const QList<CompanyField> fields = CompanyMerge::fields();
    m_table->setRowCount(int(fields.size()));
    const QColor conflictColor(0xff, 0xe0, 0xe0);
    for (int row = 0; row < fields.size(); ++row) {
        const CompanyField field = fields.at(row);
        const FieldChange change = m_merge.change(field);
        const QList<QString> texts = {fieldTitle(field), valueText(field, m_merge.mine()),
                                      valueText(field, m_merge.theirs()), changeText(change)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (change == FieldChange::Conflict)
                item->setBackground(conflictColor);
            m_table->setItem(row, column, item);
        }
        if (change == FieldChange::Unchanged || change == FieldChange::BothSame)
            continue; // both sides hold the same value: nothing to choose
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("choice%1").arg(row));
        choice->addItem(tr("Mine"), int(MergeChoice::Mine));
        choice->addItem(tr("Theirs"), int(MergeChoice::Theirs));
        choice->setCurrentIndex(choice->findData(int(m_merge.defaultChoice(field))));
        m_table->setCellWidget(row, ChoiceColumn, choice);
        m_choices.insert(field, choice);
    }
    m_table->resizeColumnToContents(FieldColumn);
    m_table->resizeColumnToContents(ChangeColumn);
}

QString ConflictDialog::valueText(CompanyField field, const CompanyRecord &record) const
{
    const Company &company = record.company;
    switch (field) {
    case CompanyField::Name:
        return company.name;
    case CompanyField::Inn:
        return company.inn;
    case CompanyField::City:
        return company.city;
    case CompanyField::Address:
        return company.address;
    case CompanyField::Website:
        return company.website;
    case CompanyField::Industry:
        return company.industry;
    case CompanyField::Source:
        return company.source;
    case CompanyField::Owner:
        for (const User &user : m_users) {
            if (user.id == company.ownerId)
                return user.fullName;
        }
        return company.ownerId == 0 ? tr("Nobody") : tr("user #%1").arg(company.ownerId);
    case CompanyField::NextAction:
        return company.nextActionAt.isValid() ? shortDateTimeText(company.nextActionAt) : tr("none");
    case CompanyField::Contacts: {
        QStringList people;
        for (const Contact &contact : record.contacts)
            people.append(contact.position.isEmpty()
                              ? contact.fullName
                              : QStringLiteral("%1 (%2)").arg(contact.fullName, contact.position));
        return people.join(QStringLiteral("; "));
    }
    case CompanyField::Phones: {
        QStringList numbers;
        for (const Phone &phone : record.phones)
            numbers.append(phone.raw);
        return numbers.join(QStringLiteral("; "));
    }
    case CompanyField::Emails: {
        QStringList addresses;
        for (const Email &email : record.emails)
            addresses.append(email.address);
        return addresses.join(QStringLiteral("; "));
    }
    }
    return {};
}

void ConflictDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    accept();
}

CompanyRecord ConflictDialog::resolution() const
{
    switch (m_outcome) {
    case Outcome::Theirs:
        return m_merge.allFrom(MergeChoice::Theirs);
    case Outcome::Mine:
        return m_merge.allFrom(MergeChoice::Mine);
    case Outcome::Merge:
        break;
    }
    QHash<CompanyField, MergeChoice> choices;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        choices.insert(it.key(), MergeChoice(it.value()->currentData().toInt()));
    return m_merge.merged(choices);
}

} // namespace voronka
