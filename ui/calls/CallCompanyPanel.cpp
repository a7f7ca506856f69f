#include "CallCompanyPanel.h"

#include "common/DateTimeText.h"
#include "company/CompanyTimeline.h"
#include "domain/Clock.h"
#include "domain/PhoneNormalizer.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voronka {

CallCompanyPanel::CallCompanyPanel(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("callCompanyPanel"));
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("callCompanyName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("callCompanyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("callQueueReason"));
    m_reason->setWordWrap(true);

    m_phones = new QListWidget;
    m_phones->setObjectName(QStringLiteral("callPhones"));
    QFont phoneFont = m_phones->font();
    phoneFont.setPointSizeF(phoneFont.pointSizeF() * 1.2);
    m_phones->setFont(phoneFont);
    m_phones->setToolTip(tr("Pick the number you dial; \"Wrong number\" flags the one picked"));
    m_contacts = new QListWidget;
    m_contacts->setObjectName(QStringLiteral("callContacts"));
    m_timeline = new CompanyTimeline(context);
    m_timeline->table()->setColumnHidden(CompanyTimeline::WhoColumn, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_reason);
    layout->addWidget(new QLabel(tr("Numbers:")));
    layout->addWidget(m_phones, 1);
    layout->addWidget(new QLabel(tr("People:")));
    layout->addWidget(m_contacts, 1);
    layout->addWidget(new QLabel(tr("History:")));
    layout->addWidget(m_timeline, 2);
}

void CallCompanyPanel::showCompany(const CompanyRecord &record, const CallQueueEntry &entry, int maxFailedAttempts)
{
    // The same company shown again (read anew after a change elsewhere) keeps the number the caller picked.
    const qint64 pickedBefore = m_record.company.id == record.company.id ? dialledPhoneId() : 0;
    m_record = record;
    const Company &company = record.company;
    m_name->setText(company.name);
    QStringList details;
    if (!company.city.isEmpty() && !company.address.contains(company.city))
        details.append(company.city);
    if (!company.address.isEmpty())
        details.append(company.address);
    if (!company.inn.isEmpty())
        details.append(tr("INN") + QChar(QChar::Nbsp) + company.inn); // never split from its number
    if (!company.industry.isEmpty())
        details.append(company.industry);
    m_details->setText(details.join(QStringLiteral(" · ")));

    QString reason;
    if (entry.isCallback()) {
        const QString when = shortDateTimeText(entry.nextActionAt);
        reason = entry.nextActionAt < m_context.clock.nowUtc().addSecs(-60) ? tr("Callback overdue since %1").arg(when)
                                                                            : tr("Callback due at %1").arg(when);
    } else if (entry.stage == CompanyStage::Calling) {
        // Called before and left without a date: a number was found for it, or the caller moved on from it.
        reason = tr("Called before, no callback set");
    } else {
        reason = tr("Not called yet");
    }
    if (entry.callAttempts > 0)
        reason
            += QStringLiteral(" · ") + tr("unanswered calls: %1 of %2").arg(entry.callAttempts).arg(maxFailedAttempts);
    m_reason->setText(reason);

    m_phones->clear();
    bool picked = false;
    for (const Phone &phone : record.phones) {
        QString text = phone.isValid() ? PhoneNormalizer::formatInternational(phone.e164) : phone.raw;
        if (!phone.extension.isEmpty())
            text += QLatin1Char(' ') + tr("ext. %1").arg(phone.extension);
        QString owner = phoneKindTitle(phone.kind);
        for (const Contact &contact : record.contacts) {
            if (contact.id == phone.contactId)
                owner = contact.fullName;
        }
        text += QStringLiteral("   ") + owner;
        if (phone.wrongNumber)
            text += QStringLiteral("   ") + tr("(wrong number)");
        auto *item = new QListWidgetItem(text, m_phones);
        item->setData(Qt::UserRole, phone.id);
        if (phone.wrongNumber) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        } else if (!picked || phone.id == pickedBefore) {
            m_phones->setCurrentItem(item);
            picked = true;
        }
    }
    if (record.phones.isEmpty())
        new QListWidgetItem(tr("No numbers: find one and add it on the company card."), m_phones);

    m_contacts->clear();
    for (const Contact &contact : record.contacts)
        new QListWidgetItem(contact.position.isEmpty() ? contact.fullName
                                                       : tr("%1 — %2").arg(contact.fullName, contact.position),
                            m_contacts);
    m_timeline->showCompany(company.id);
}

qint64 CallCompanyPanel::dialledPhoneId() const
{
    if (const QListWidgetItem *item = m_phones->currentItem()) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        for (const Phone &phone : m_record.phones) {
            if (phone.id == id && !phone.wrongNumber)
                return id;
        }
    }
    for (const Phone &phone : m_record.phones) {
        if (!phone.wrongNumber)
            return phone.id;
    }
    return 0;
}

bool CallCompanyPanel::hasNumberToCall() const
{
    return dialledPhoneId() != 0;
}

QString CallCompanyPanel::headline() const
{
    return m_name->text();
}

} // namespace voronka
