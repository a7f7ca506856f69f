#include "CompanyCard.h"

#include "AuditDialog.h"
#include "CompanyStageDialog.h"
#include "CompanyTimeline.h"
#include "ConflictDialog.h"
#include "common/DateTimeText.h"
#include "common/MessageBox.h"
#include "common/ModalDialog.h"
#include "deals/NewDealDialog.h"
#include "domain/Clock.h"
#include "domain/CompanyMerge.h"
#include "domain/PhoneNormalizer.h"
#include "funnel/CompanyStageMachine.h"
#include "funnel/DealOpener.h"
#include "import/EmailAddress.h"
#include "import/FieldProblems.h"
#include "storage/ChangeHub.h"
#include "storage/CompanyLeaseRepository.h"
#include "storage/CompanyRecordRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/VisibleCompanies.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace voronka {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setMinimumHeight(90);
    table->setWordWrap(false);
    return table;
}

QLineEdit *makeLine(const QString &objectName, const QString &placeholder = QString())
{
    auto *line = new QLineEdit;
    line->setObjectName(objectName);
    line->setPlaceholderText(placeholder);
    return line;
}

// The line under a field that says what is wrong with its value; hidden while nothing is.
QLabel *makeProblemLine(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

// A field with its problem line under it, as one row of the form.
// A form row whose field has a line for its problem under it; the label keeps its shortcut to the field (a row of
// a layout, unlike a row of a widget, gets no buddy from QFormLayout).
void addRowWithProblemLine(QFormLayout *form, const QString &text, QWidget *field, QLabel *problem)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(problem);
    form->addRow(label, column);
}

// The problems come from core in the words of the import report ("phone … not recognised"); under a field they
// start a sentence.
QString sentence(const QString &problem)
{
    return problem.isEmpty() ? problem : problem.at(0).toUpper() + problem.mid(1);
}

void markField(QWidget *field, QLabel *problemLine, const QString &problem)
{
    field->setStyleSheet(problem.isEmpty() ? QString()
                                           : QStringLiteral("%1 { border: 1px solid #b00020; }")
                                                 .arg(QString::fromLatin1(field->metaObject()->className())));
    field->setToolTip(sentence(problem));
    problemLine->setText(sentence(problem));
    problemLine->setVisible(!problem.isEmpty());
}

// The company's own addresses (not those of its people), as the e-mail field shows them.
QStringList companyAddresses(const QList<Email> &emails)
{
    QStringList addresses;
    for (const Email &email : emails) {
        if (email.contactId == 0)
            addresses.append(email.address);
    }
    return addresses;
}

QList<std::pair<qint64, QString>> emailKeys(const QList<Email> &emails)
{
    QList<std::pair<qint64, QString>> keys;
    for (const Email &email : emails)
        keys.append({email.id, email.address});
    std::sort(keys.begin(), keys.end());
    return keys;
}
} // namespace

CompanyCard::CompanyCard(DataContext context, QList<User> users, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_users(std::move(users))
{
    setObjectName(QStringLiteral("companyCard"));
    buildForm();
    clear();
}

void CompanyCard::buildForm()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_lease = new QLabel;
    m_lease->setObjectName(QStringLiteral("cardLease"));
    m_lease->setWordWrap(true);
    m_lease->setStyleSheet(QStringLiteral("color: #a05a00;"));
    m_lease->hide();

    m_name = makeLine(QStringLiteral("nameEdit"), tr("ООО «Ромашка»"));
    m_inn = makeLine(QStringLiteral("innEdit"), tr("10 or 12 digits"));
    m_city = makeLine(QStringLiteral("cityEdit"));
    m_address = makeLine(QStringLiteral("addressEdit"));
    m_website = makeLine(QStringLiteral("websiteEdit"));
    m_industry = makeLine(QStringLiteral("industryEdit"));
    m_source = makeLine(QStringLiteral("sourceEdit"));
    m_emails = makeLine(QStringLiteral("emailsEdit"), tr("info@example.ru, sales@example.ru"));
    m_innProblem = makeProblemLine(QStringLiteral("innProblem"));
    m_emailProblem = makeProblemLine(QStringLiteral("emailProblem"));
    m_phoneProblem = makeProblemLine(QStringLiteral("phoneProblem"));

    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->setToolTip(tr("Move the company along the funnel; each move is kept in its stage history"));
    // Activated only by the user's choice (not when the card fills the combo): the move is made at once.
    connect(m_stage, &QComboBox::activated, this, [this](int index) {
        const auto to = CompanyStage(m_stage->itemData(index).toInt());
        if (to != m_original.company.stage)
            moveStage(to);
    });

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    // Long names and role titles must not widen the card beyond its pane.
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(16);
    m_owner->addItem(tr("Nobody"), qint64(0));
    for (const User &user : m_users)
        m_owner->addItem(QStringLiteral("%1 (%2)").arg(user.fullName, userRoleTitle(user.role)), user.id);

    m_hasNextAction = new QCheckBox(tr("Planned"));
    m_hasNextAction->setObjectName(QStringLiteral("nextActionCheck"));
    m_nextAction = new QDateTimeEdit;
    m_nextAction->setObjectName(QStringLiteral("nextActionEdit"));
    m_nextAction->setCalendarPopup(true);
    m_nextAction->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    auto *nextActionRow = new QHBoxLayout;
    nextActionRow->addWidget(m_hasNextAction);
    nextActionRow->addWidget(m_nextAction, 1);
    connect(m_hasNextAction, &QCheckBox::toggled, m_nextAction, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    // In a narrow pane (or with longer translated labels) a field goes under its label instead of being cut off.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    addRowWithProblemLine(form, tr("&INN:"), m_inn, m_innProblem);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Ind&ustry:"), m_industry);
    form->addRow(tr("Sou&rce:"), m_source);
    addRowWithProblemLine(form, tr("E-&mail:"), m_emails, m_emailProblem);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(tr("&Owner:"), m_owner);
    // The collector is paid per confirmed contact: both are facts of the company's history, shown, never edited here.
    m_collectedBy = new QLabel;
    m_collectedBy->setObjectName(QStringLiteral("collectedByLabel"));
    form->addRow(tr("Collected by:"), m_collectedBy);
    m_confirmed = new QLabel;
    m_confirmed->setObjectName(QStringLiteral("confirmedLabel"));
    form->addRow(tr("Contact:"), m_confirmed);
    form->addRow(tr("Next action:"), nextActionRow);

    m_contacts = makeTable({tr("Name"), tr("Position")}, QStringLiteral("contactsTable"));
    auto *addContact = new QPushButton(tr("Add contact"));
    addContact->setObjectName(QStringLiteral("addContactButton"));
    auto *removeContact = new QPushButton(tr("Remove contact"));
    removeContact->setObjectName(QStringLiteral("removeContactButton"));
    connect(addContact, &QPushButton::clicked, this, [this] {
        addContactRow({});
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, 0));
    });
    connect(removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
        updateState();
    });

    m_phones = makeTable({tr("Number"), tr("Kind"), tr("Recognised as")}, QStringLiteral("phonesTable"));
    m_phones->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    {
        QComboBox probe;
        for (const PhoneKind each : allPhoneKinds())
            probe.addItem(phoneKindTitle(each));
        m_phones->setColumnWidth(1, probe.sizeHint().width());
    }
    auto *addPhone = new QPushButton(tr("Add phone"));
    addPhone->setObjectName(QStringLiteral("addPhoneButton"));
    auto *removePhone = new QPushButton(tr("Remove phone"));
    removePhone->setObjectName(QStringLiteral("removePhoneButton"));
    connect(addPhone, &QPushButton::clicked, this, [this] {
        addPhoneRow({});
        m_phones->editItem(m_phones->item(m_phones->rowCount() - 1, 0));
    });
    connect(removePhone, &QPushButton::clicked, this, [this] {
        if (m_phones->currentRow() >= 0)
            m_phones->removeRow(m_phones->currentRow());
        updateState();
    });

    m_timeline = new CompanyTimeline(m_context);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("cardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    m_saveButton = new QPushButton(tr("&Save"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the card (Ctrl+S)"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(tr("Re&vert"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &CompanyCard::save);
    connect(m_revertButton, &QPushButton::clicked, this, &CompanyCard::revert);
    m_newDealButton = new QPushButton(tr("New &deal…"));
    m_newDealButton->setObjectName(QStringLiteral("newDealButton"));
    connect(m_newDealButton, &QPushButton::clicked, this, &CompanyCard::openNewDeal);
    m_changesButton = new QPushButton(tr("C&hanges…"));
    m_changesButton->setObjectName(QStringLiteral("changesButton"));
    m_changesButton->setToolTip(tr("Who changed this company, its deals and payments, and when"));
    connect(m_changesButton, &QPushButton::clicked, this, &CompanyCard::showChanges);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &CompanyCard::save);

    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContact);
    contactButtons->addWidget(removeContact);
    contactButtons->addStretch();
    auto *phoneButtons = new QHBoxLayout;
    phoneButtons->addWidget(addPhone);
    phoneButtons->addWidget(removePhone);
    phoneButtons->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newDealButton);
    actions->addWidget(m_changesButton);
    actions->addStretch();
    actions->addWidget(m_revertButton);
    actions->addWidget(m_saveButton);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_lease);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Contacts</b>")));
    layout->addWidget(m_contacts);
    layout->addLayout(contactButtons);
    layout->addWidget(new QLabel(tr("<b>Phones</b>")));
    layout->addWidget(m_phones);
    layout->addWidget(m_phoneProblem);
    layout->addLayout(phoneButtons);
    layout->addWidget(new QLabel(tr("<b>Timeline</b>")));
    layout->addWidget(m_timeline);
    layout->addWidget(m_problem);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    outer->addLayout(actions);

    m_editors = {m_name,   m_inn,      m_city,        m_address,       m_website,    m_industry,
                 m_source, m_emails,   m_owner,       m_hasNextAction, m_nextAction, m_contacts,
                 m_phones, addContact, removeContact, addPhone,        removePhone};
    for (QLineEdit *line : {m_name, m_inn, m_city, m_address, m_website, m_industry, m_source, m_emails})
        connect(line, &QLineEdit::textChanged, this, &CompanyCard::updateState);
    for (QLineEdit *line : {m_inn, m_emails})
        connect(line, &QLineEdit::textChanged, this, &CompanyCard::showFieldProblems);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CompanyCard::updateState);
    connect(m_hasNextAction, &QCheckBox::toggled, this, &CompanyCard::updateState);
    connect(m_nextAction, &QDateTimeEdit::dateTimeChanged, this, &CompanyCard::updateState);
    connect(m_contacts, &QTableWidget::itemChanged, this, &CompanyCard::updateState);
    connect(m_phones, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            showFieldProblems(); // what the number typed is recognised as, or that it is not
        updateState();
    });
}

bool CompanyCard::showCompany(qint64 companyId)
{
    std::optional<CompanyRecord> record;
    try {
        record = CompanyRecordRepository(m_context).load(companyId);
    } catch (const StorageError &error) {
        clear();
        m_problem->setText(tr("The company cannot be read: %1").arg(error.message()));
        m_problem->show();
        return false;
    }
    if (!record) {
        clear();
        return false;
    }
    show(*record);
    return true;
}

void CompanyCard::startNewCompany()
{
    CompanyRecord record;
    record.company.ownerId = m_context.userId;
    show(record);
    m_name->setFocus();
}

void CompanyCard::clear()
{
    show({});
    m_active = false;
    m_title->setText(tr("Select a company in the list, or add one with Ctrl+N."));
    m_title->setTextFormat(Qt::PlainText);
    updateState();
}

void CompanyCard::revert()
{
    if (m_original.company.id != 0)
        showCompany(m_original.company.id);
    else
        startNewCompany();
}

QString CompanyCard::collectorText(qint64 userId) const
{
    if (userId == 0)
        return tr("not recorded");
    for (const User &user : m_users)
        if (user.id == userId)
            return user.fullName;
    return tr("user #%1").arg(userId); // deactivated since: the card lists the active people
}

void CompanyCard::show(const CompanyRecord &record)
{
    m_loading = true;
    m_original = record;
    m_active = true;
    const Company &company = record.company;
    m_mayChange = true;
    if (company.id != 0) {
        try {
            m_mayChange = VisibleCompanies(m_context.db).mayChange(company.id);
        } catch (const StorageError &) {
            // Only a hint: a save is checked again in core.
        }
    }
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(
        QStringLiteral("<h3>%1</h3>").arg((company.id == 0 ? tr("New company") : company.name).toHtmlEscaped()));
    m_name->setText(company.name);
    m_inn->setText(company.inn);
    m_city->setText(company.city);
    m_address->setText(company.address);
    m_website->setText(company.website);
    m_industry->setText(company.industry);
    m_source->setText(company.source);
    m_emails->setText(companyAddresses(record.emails).join(QStringLiteral(", ")));
    offerStageMoves(company.stage);
    const int owner = m_owner->findData(company.ownerId);
    m_owner->setCurrentIndex(owner < 0 ? 0 : owner);
    // A company not stored yet has neither: its collector is whoever saves it.
    m_collectedBy->setText(company.id == 0 ? QString() : collectorText(company.collectedBy));
    if (company.id == 0)
        m_confirmed->clear();
    else if (company.confirmedAt.isValid())
        m_confirmed->setText(tr("confirmed %1").arg(shortDateTimeText(company.confirmedAt)));
    else
        m_confirmed->setText(tr("not confirmed yet"));
    m_hasNextAction->setChecked(company.nextActionAt.isValid());
    m_nextAction->setEnabled(company.nextActionAt.isValid());
    m_nextAction->setDateTime(company.nextActionAt.isValid() ? company.nextActionAt.toLocalTime()
                                                             : m_context.clock.nowUtc().toLocalTime().addDays(1));
    m_contacts->setRowCount(0);
    for (const Contact &contact : record.contacts)
        addContactRow(contact);
    m_phones->setRowCount(0);
    for (const Phone &phone : record.phones)
        addPhoneRow(phone);
    m_timeline->showCompany(company.id);
    m_problem->hide();
    showLease();
    m_loading = false;
    showFieldProblems();
    updateState();
}

void CompanyCard::offerStageMoves(CompanyStage current)
{
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    m_stage->addItem(companyStageTitle(current), int(current));
    // A new company starts cold; it moves once it is stored and has a history to keep the move in.
    if (m_original.company.id == 0)
        return;
    for (const CompanyStage next : CompanyStageMachine::allowedFrom(current))
        m_stage->addItem(tr("→ %1").arg(companyStageTitle(next)), int(next));
}

void CompanyCard::showFieldProblems()
{
    markField(m_inn, m_innProblem, FieldProblems::inn(m_inn->text()));
    markField(m_emails, m_emailProblem, FieldProblems::emails(m_emails->text()));

    QStringList phoneProblems;
    const QSignalBlocker blocker(m_phones); // only the read-only column changes here
    for (int row = 0; row < m_phones->rowCount(); ++row) {
        const QTableWidgetItem *number = m_phones->item(row, 0);
        QTableWidgetItem *shown = m_phones->item(row, 2);
        if (!number || !shown)
            continue;
        const QString raw = number->text().trimmed();
        const NormalizedPhone normalized = m_normalizer.normalize(raw);
        QString recognised;
        if (!raw.isEmpty()) {
            recognised = normalized.e164.isEmpty() ? tr("not recognised")
                                                   : PhoneNormalizer::formatInternational(normalized.e164);
            if (!normalized.extension.isEmpty())
                recognised += tr(", ext. %1").arg(normalized.extension);
        }
        shown->setText(recognised);
        shown->setForeground(normalized.e164.isEmpty() ? QBrush(QColor(0xb0, 0x00, 0x20)) : QBrush());
        const QString problem = FieldProblems::phone(raw, normalized.e164);
        shown->setToolTip(sentence(problem));
        if (!problem.isEmpty())
            phoneProblems.append(sentence(problem));
    }
    m_phoneProblem->setText(phoneProblems.join(QLatin1Char('\n')));
    m_phoneProblem->setVisible(!phoneProblems.isEmpty());
}

void CompanyCard::addContactRow(const Contact &contact)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto *name = new QTableWidgetItem(contact.fullName);
    name->setData(IdRole, contact.id);
    m_contacts->setItem(row, 0, name);
    m_contacts->setItem(row, 1, new QTableWidgetItem(contact.position));
    m_loading = wasLoading;
    updateState();
}

void CompanyCard::addPhoneRow(const Phone &phone)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_phones->rowCount();
    m_phones->insertRow(row);
    auto *number = new QTableWidgetItem(phone.raw);
    number->setData(IdRole, phone.id);
    m_phones->setItem(row, 0, number);
    auto *kind = new QComboBox;
    for (const PhoneKind each : allPhoneKinds())
        kind->addItem(phoneKindTitle(each), int(each));
    kind->setCurrentIndex(kind->findData(int(phone.kind)));
    connect(kind, &QComboBox::currentIndexChanged, this, &CompanyCard::updateState);
    m_phones->setCellWidget(row, 1, kind);
    auto *shown = new QTableWidgetItem; // what the number is recognised as: showFieldProblems fills it in
    shown->setFlags(shown->flags() & ~Qt::ItemIsEditable);
    m_phones->setItem(row, 2, shown);
    m_loading = wasLoading;
    if (!m_loading)
        showFieldProblems();
    updateState();
}

CompanyRecord CompanyCard::editedRecord() const
{
    CompanyRecord record;
    record.company = m_original.company;
    Company &company = record.company;
    company.name = m_name->text().trimmed();
    company.inn = m_inn->text().trimmed();
    company.city = m_city->text().trimmed();
    company.address = m_address->text().trimmed();
    company.website = m_website->text().trimmed();
    company.industry = m_industry->text().trimmed();
    company.source = m_source->text().trimmed();
    // The stage is what is stored: it moves through moveStage, never with the card's save.
    company.stage = m_original.company.stage;
    company.ownerId = m_owner->currentData().toLongLong();
    company.nextActionAt = m_hasNextAction->isChecked() ? m_nextAction->dateTime().toUTC() : QDateTime();
    // Minutes are what a person sets; seconds from "now" would make an unchanged card look changed.
    if (company.nextActionAt.isValid() && m_original.company.nextActionAt.isValid()
        && qAbs(company.nextActionAt.secsTo(m_original.company.nextActionAt)) < 60) {
        company.nextActionAt = m_original.company.nextActionAt;
    }

    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const QTableWidgetItem *name = m_contacts->item(row, 0);
        const QTableWidgetItem *position = m_contacts->item(row, 1);
        Contact contact;
        contact.id = name ? name->data(IdRole).toLongLong() : 0;
        for (const Contact &stored : m_original.contacts) {
            if (stored.id == contact.id && contact.id != 0)
                contact = stored;
        }
        contact.fullName = name ? name->text().trimmed() : QString();
        contact.position = position ? position->text().trimmed() : QString();
        if (contact.id == 0 && contact.fullName.isEmpty() && contact.position.isEmpty())
            continue; // an added row left empty
        record.contacts.append(contact);
    }
    for (int row = 0; row < m_phones->rowCount(); ++row) {
        const QTableWidgetItem *number = m_phones->item(row, 0);
        Phone phone;
        phone.id = number ? number->data(IdRole).toLongLong() : 0;
        for (const Phone &stored : m_original.phones) {
            if (stored.id == phone.id && phone.id != 0)
                phone = stored;
        }
        phone.raw = number ? number->text().trimmed() : QString();
        if (const auto *kind = qobject_cast<QComboBox *>(m_phones->cellWidget(row, 1)))
            phone.kind = PhoneKind(kind->currentData().toInt());
        phone.position = int(record.phones.size());
        if (phone.id == 0 && phone.raw.isEmpty())
            continue;
        record.phones.append(phone);
    }

    // The addresses of the company's people are not edited here and go through unchanged; the field holds the
    // company's own, kept as typed when they do not check out (they are marked instead).
    for (const Email &stored : m_original.emails) {
        if (stored.contactId != 0)
            record.emails.append(stored);
    }
    for (const QString &address : EmailAddress::splitCell(m_emails->text())) {
        Email email;
        email.address = address;
        for (const Email &stored : m_original.emails) {
            if (stored.contactId == 0 && stored.address == address)
                email = stored;
        }
        record.emails.append(email);
    }
    return record;
}

bool CompanyCard::hasUnsavedChanges() const
{
    if (!m_active)
        return false;
    const CompanyRecord edited = editedRecord();
    const Company &a = edited.company;
    const Company &b = m_original.company;
    if (a.name != b.name || a.inn != b.inn || a.city != b.city || a.address != b.address || a.website != b.website
        || a.industry != b.industry || a.source != b.source || a.stage != b.stage || a.ownerId != b.ownerId
        || a.nextActionAt != b.nextActionAt)
        return true;
    if (edited.contacts.size() != m_original.contacts.size() || edited.phones.size() != m_original.phones.size())
        return true;
    if (emailKeys(edited.emails) != emailKeys(m_original.emails))
        return true;
    for (int i = 0; i < edited.contacts.size(); ++i) {
        const Contact &x = edited.contacts.at(i);
        const Contact &y = m_original.contacts.at(i);
        if (x.id != y.id || x.fullName != y.fullName || x.position != y.position)
            return true;
    }
    for (int i = 0; i < edited.phones.size(); ++i) {
        const Phone &x = edited.phones.at(i);
        const Phone &y = m_original.phones.at(i);
        if (x.id != y.id || x.raw != y.raw || x.kind != y.kind)
            return true;
    }
    return false;
}

bool CompanyCard::save()
{
    if (!m_active || !m_mayChange || m_context.db.isReadOnly())
        return false;
    const CompanyRecord edited = editedRecord();
    if (edited.company.name.isEmpty()) {
        m_problem->setText(tr("A company needs a name."));
        m_problem->show();
        m_name->setFocus();
        return false;
    }
    CompanyRecord base = m_original;
    CompanyRecord mine = edited;
    // Each refusal because someone saved first asks the user how to combine; the choice is saved over the
    // version just read, which another save may beat again.
    for (;;) {
        try {
            const CompanyRecord stored = CompanyRecordRepository(m_context).save(base, mine);
            show(stored);
            emit saved(stored.company.id);
            announce(ChangeSet().add(ChangeSet::Kind::Company, stored.company.id));
            return true;
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::StaleVersion)
                return refuseSave(error);
            const auto resolved = resolveConflict(base, mine, error.message());
            if (!resolved)
                return false;
            base = resolved->first;
            mine = resolved->second;
        }
    }
}

std::optional<std::pair<CompanyRecord, CompanyRecord>>
CompanyCard::resolveConflict(const CompanyRecord &base, const CompanyRecord &mine, const QString &whoChanged)
{
    std::optional<CompanyRecord> theirs;
    try {
        theirs = CompanyRecordRepository(m_context).load(base.company.id);
    } catch (const StorageError &error) {
        refuseSave(error);
        return std::nullopt;
    }
    if (!theirs) {
        refuseSave(StorageError(StorageError::Kind::NotFound, tr("The company no longer exists: someone deleted it.")));
        return std::nullopt;
    }
    ConflictDialog dialog(CompanyMerge(base, mine, *theirs), whoChanged, m_users, this);
    if (ModalDialog::exec(dialog) != QDialog::Accepted) {
        m_problem->setText(tr("%1 Not saved: your changes are still in the card.").arg(whoChanged));
        m_problem->show();
        return std::nullopt;
    }
    return std::make_pair(*theirs, dialog.resolution());
}

bool CompanyCard::refuseSave(const StorageError &error)
{
    m_problem->setText(error.message());
    m_problem->show();
    if (error.kind() == StorageError::Kind::NotFound) {
        MessageBox::warning(this, tr("Not saved"),
                            tr("%1\n\nYour changes are still in the card. Press Revert to see the stored "
                               "version (your changes will be lost), or copy what you need first.")
                                .arg(error.message()));
    }
    return false;
}

void CompanyCard::setEditable(bool editable)
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(editable);
    m_nextAction->setEnabled(editable && m_hasNextAction->isChecked());
}

void CompanyCard::updateState()
{
    if (m_loading)
        return;
    const bool writable = m_active && m_mayChange && !m_context.db.isReadOnly();
    setEditable(writable);
    const bool dirty = writable && hasUnsavedChanges();
    m_saveButton->setEnabled(dirty || (writable && m_original.company.id == 0));
    m_revertButton->setEnabled(dirty);
    const QString refusal = DealOpener::stageRefusal(m_original.company.stage);
    m_newDealButton->setEnabled(writable && m_original.company.id != 0 && !dirty && refusal.isEmpty());
    m_changesButton->setEnabled(m_active && m_original.company.id != 0);
    m_stage->setEnabled(writable && m_original.company.id != 0 && m_stage->count() > 1);
    m_newDealButton->setToolTip(!refusal.isEmpty() ? refusal
                                    : dirty        ? tr("Save or revert the card before opening a deal.")
                                                   : tr("Open a deal for this company"));
}

namespace {
// Whether what is stored differs from what the card shows: the company's and each person's, number's and e-mail's
// versions (a changed row has a new version, an added or removed one changes the lists).
template<typename Row>
QList<std::pair<qint64, qint64>> rowVersions(const QList<Row> &rows)
{
    QList<std::pair<qint64, qint64>> versions;
    for (const Row &row : rows)
        versions.append({row.id, row.version});
    return versions;
}

bool sameVersions(const CompanyRecord &a, const CompanyRecord &b)
{
    return a.company.version == b.company.version && rowVersions(a.contacts) == rowVersions(b.contacts)
        && rowVersions(a.phones) == rowVersions(b.phones) && rowVersions(a.emails) == rowVersions(b.emails);
}
} // namespace

void CompanyCard::refreshFromElsewhere()
{
    if (!m_active || m_original.company.id == 0)
        return;
    if (hasUnsavedChanges()) {
        showLease();
        return;
    }
    std::optional<CompanyRecord> stored;
    try {
        stored = CompanyRecordRepository(m_context).load(m_original.company.id);
    } catch (const StorageError &) {
        return; // unreadable for now (locked, share gone): the next refresh tries again
    }
    if (!stored)
        return; // deleted elsewhere: the list leaves it out and clears the card
    // Only a changed company is shown anew: setting fields again would move the cursor of the one the user is in.
    if (sameVersions(*stored, m_original)) {
        m_timeline->reload();
        showLease();
    } else {
        show(*stored);
    }
}

void CompanyCard::showLease()
{
    std::optional<CompanyLease> lease;
    if (m_original.company.id != 0) {
        try {
            lease = CompanyLeaseRepository(m_context).holder(m_original.company.id);
        } catch (const StorageError &) {
            // Only a hint: a base that cannot be read now shows none.
        }
    }
    const bool colleague = lease && lease->userId != m_context.userId;
    m_lease->setText(colleague         ? tr("Being called by %1 now.").arg(lease->userName)
                         : m_mayChange ? QString()
                                       : tr("Read only: you brought this client; the account managers serve it."));
    m_lease->setVisible(!m_lease->text().isEmpty());
}

bool CompanyCard::openNewDeal()
{
    if (!m_newDealButton->isEnabled())
        return false;
    const qint64 companyId = m_original.company.id;
    qint64 dealId = 0;
    try {
        NewDealDialog dialog(m_context, m_users, companyId, m_original.company.name, this);
        if (ModalDialog::exec(dialog) != QDialog::Accepted)
            return false;
        dealId = dialog.opened().dealId;
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("The deal was not opened"), error.message());
        return false;
    }
    showCompany(companyId); // the stage may have moved to deal, and the timeline has the deal's first step
    emit dealOpened(companyId, dealId);
    announce(ChangeSet()
                 .add(ChangeSet::Kind::Company, companyId)
                 .add(ChangeSet::Kind::Deal, dealId)
                 .addSomewhere(ChangeSet::Kind::Task));
    return true;
}

bool CompanyCard::moveStage(CompanyStage to)
{
    const qint64 companyId = m_original.company.id;
    if (!m_active || !m_mayChange || companyId == 0 || m_context.db.isReadOnly() || to == m_original.company.stage) {
        offerStageMoves(m_original.company.stage);
        return false;
    }
    // Typed edits are saved first: the move changes the company's version, and saving them after it would be
    // refused as if a colleague had changed the company.
    if (hasUnsavedChanges() && !save()) {
        offerStageMoves(m_original.company.stage);
        return false;
    }
    CompanyStageDialog dialog(m_context, companyId, m_original.company.version, m_original.company.name,
                              m_original.company.stage, to, this);
    const bool moved = ModalDialog::exec(dialog) == QDialog::Accepted;
    if (moved || dialog.attempt() == Attempt::Stale)
        showCompany(companyId); // the new stage and its timeline entry, or the colleague's change
    else
        offerStageMoves(m_original.company.stage);
    if (moved) {
        emit saved(companyId);
        // The move closes the tasks it makes obsolete (a lost company's callback) and may start new ones.
        announce(ChangeSet().add(ChangeSet::Kind::Company, companyId).addSomewhere(ChangeSet::Kind::Task));
    }
    return moved;
}

void CompanyCard::announce(const ChangeSet &changes)
{
    m_context.db.changes().announce(changes, this);
}

void CompanyCard::showChanges()
{
    if (m_original.company.id == 0)
        return;
    AuditDialog dialog(m_context, m_users, m_original.company.id, m_original.company.name, this);
    ModalDialog::exec(dialog);
}

} // namespace voronka
