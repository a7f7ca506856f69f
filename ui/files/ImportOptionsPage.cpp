#include "ImportOptionsPage.h"

#include "ImportWizard.h"
#include "common/MessageBox.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace voronka {

ImportOptionsPage::ImportOptionsPage(DataContext context, QWidget *parent)
    : ImportWizardPage(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("optionsPage"));
    setTitle(ImportWizard::tr("Choose how to import"));
    setSubTitle(
        ImportWizard::tr("Rows that match a company already in the base, or an earlier row of the list, by phone, "
                         "INN or e-mail are duplicates."));
    setButtonText(QWizard::NextButton, ImportWizard::tr("&Import"));

    auto *duplicates = new QGroupBox(ImportWizard::tr("Duplicates"));
    m_policy = new QButtonGroup(this);
    const struct
    {
        const char *name;
        QString title;
        QString tip;
        DuplicatePolicy policy;
    } policies[] = {
        {"skipRadio", ImportWizard::tr("&Skip them"),
         ImportWizard::tr("The company in the base stays as it is; the row goes to the report."),
         DuplicatePolicy::Skip},
        {"mergeRadio", ImportWizard::tr("&Merge them into the company found"),
         ImportWizard::tr("Fills the company's empty fields and adds its new phones, contacts and e-mails."),
         DuplicatePolicy::Merge},
        {"importRadio", ImportWizard::tr("Import them &anyway"),
         ImportWizard::tr("Every row becomes a company of its own."), DuplicatePolicy::Import},
    };
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    for (const auto &policy : policies) {
        auto *radio = new QRadioButton(policy.title);
        radio->setObjectName(QString::fromLatin1(policy.name));
        radio->setToolTip(policy.tip);
        m_policy->addButton(radio, int(policy.policy));
        auto *tip = new QLabel(policy.tip);
        tip->setEnabled(false);
        tip->setIndent(24);
        tip->setWordWrap(true);
        duplicatesLayout->addWidget(radio);
        duplicatesLayout->addWidget(tip);
    }
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Not assigned: the companies wait in the cold base and every caller's queue serves them (after the caller's
    // own), which is what a collector's list is for.
    m_owner->addItem(ImportWizard::tr("Not assigned (any caller)"), qint64(0));
    // Who collected the list is paid per confirmed contact: the importing person unless a collector is chosen.
    m_collector = new QComboBox;
    m_collector->setObjectName(QStringLiteral("collectorCombo"));
    m_collector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bool importerCollects = false;
    try {
        for (const User &user : UserRepository(m_context).list()) {
            const QString role = userRoleTitle(user.role);
            const QString shown
                = user.fullName == role ? user.fullName : ImportWizard::tr("%1 (%2)").arg(user.fullName, role);
            m_owner->addItem(shown, user.id);
            if (user.id == m_context.userId || user.hasRole(UserRole::Collector))
                m_collector->addItem(shown, user.id);
            if (user.id == m_context.userId)
                importerCollects = user.role == UserRole::Collector;
        }
    } catch (const StorageError &error) {
        MessageBox::warning(this, ImportWizard::tr("Cannot read the users"), error.message());
    }
    // A collector does not call: assigning the list to them would keep it out of every caller's queue.
    m_owner->setCurrentIndex(importerCollects ? 0 : std::max(0, m_owner->findData(m_context.userId)));
    m_collector->setCurrentIndex(std::max(0, m_collector->findData(m_context.userId)));

    m_tag = new QLineEdit;
    m_tag->setObjectName(QStringLiteral("tagEdit"));
    m_tag->setToolTip(
        ImportWizard::tr("Stored as the source of every imported company; the file name when left empty."));
    m_region = new QLineEdit(QStringLiteral("RU"));
    m_region->setObjectName(QStringLiteral("regionEdit"));
    m_region->setMaxLength(2);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_region->setMaximumWidth(m_region->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    m_region->setToolTip(
        ImportWizard::tr("The country whose national numbers the list holds (two letters: RU, KZ, BY, …)."));

    auto *form = new QFormLayout;
    form->addRow(ImportWizard::tr("Assign &to:"), m_owner);
    form->addRow(ImportWizard::tr("&Collected by:"), m_collector);
    form->addRow(ImportWizard::tr("Source ta&g:"), m_tag);
    form->addRow(ImportWizard::tr("Phone &region:"), m_region);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(duplicates);
    layout->addLayout(form);
    auto *atomic = new QLabel(
        ImportWizard::tr("The list is imported as a whole or not at all, and the import can be undone later "
                         "(File → Import history)."));
    atomic->setWordWrap(true);
    layout->addWidget(atomic);
    layout->addStretch(1);
}

void ImportOptionsPage::initializePage()
{
    m_tag->setPlaceholderText(QFileInfo(importWizard()->filePath()).fileName());
}

void ImportOptionsPage::applyTo(ImportOptions &options) const
{
    options.duplicates = DuplicatePolicy(m_policy->checkedId());
    const QString region = m_region->text().trimmed().toUpper();
    options.region = region.size() == 2 ? region : QStringLiteral("RU");
    options.ownerId = m_owner->currentData().toLongLong();
    options.collectorId = m_collector->currentData().toLongLong();
    options.tag = m_tag->text().trimmed();
}

} // namespace voronka
