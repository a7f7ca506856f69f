#include "MeetingHeldDialog.h"

#include "common/MoneySpinBox.h"
#include "storage/LostReasonRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QStackedWidget>

namespace voronka {

namespace {
QWidget *page(QFormLayout *form)
{
    auto *widget = new QWidget;
    form->setContentsMargins(0, 0, 0, 0);
    widget->setLayout(form);
    return widget;
}
} // namespace

MeetingHeldDialog::MeetingHeldDialog(DataContext context, MeetingListRow meeting, QWidget *parent)
    : MeetingOutcomeDialog(context, std::move(meeting), tr("Meeting held"), parent)
{
    setObjectName(QStringLiteral("meetingHeldDialog"));
    m_next = new QComboBox;
    m_next->setObjectName(QStringLiteral("meetingNextStepCombo"));
    m_next->addItem(tr("The client wants an offer: open a deal"), int(MeetingNextStep::Offer));
    m_next->addItem(tr("The client will think it over: call back"), int(MeetingNextStep::ThinkItOver));
    m_next->addItem(tr("The client refused"), int(MeetingNextStep::Refused));
    m_pages = new QStackedWidget;
    m_pages->addWidget(offerPage());
    m_pages->addWidget(thinkItOverPage());
    m_pages->addWidget(refusedPage());
    connect(m_next, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    addRow(tr("&Next step:"), m_next);
    addRow(m_pages);
}

QWidget *MeetingHeldDialog::offerPage()
{
    m_dealTitle = new QLineEdit(tr("Offer for %1").arg(meeting().companyName));
    m_dealTitle->setObjectName(QStringLiteral("dealTitleEdit"));
    // Roubles typed with kopecks, as people type them (MoneySpinBox); a new deal is in roubles.
    m_amount = new MoneySpinBox(QStringLiteral("dealAmountEdit"));
    m_amount->setCurrency(QStringLiteral("RUB"));
    m_margin = new MoneySpinBox(QStringLiteral("dealMarginEdit"));
    m_margin->setCurrency(QStringLiteral("RUB"));
    auto *form = new QFormLayout;
    form->addRow(tr("Deal &title:"), m_dealTitle);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("M&argin:"), m_margin);
    return page(form);
}

QWidget *MeetingHeldDialog::thinkItOverPage()
{
    m_followUp = dateTimeEdit(QStringLiteral("followUpEdit"), tomorrowAt(QTime(10, 0)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Call back at:"), m_followUp);
    return page(form);
}

QWidget *MeetingHeldDialog::refusedPage()
{
    m_lostReason = new QComboBox;
    m_lostReason->setObjectName(QStringLiteral("lostReasonCombo"));
    try {
        const QList<LostReason> reasons = LostReasonRepository(context()).list();
        for (const LostReason &reason : reasons)
            m_lostReason->addItem(reason.title, reason.id);
    } catch (const StorageError &) {
        // Left empty: recording then says a reason is needed, and the other next steps still work.
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_lostReason);
    return page(form);
}

MeetingResult MeetingHeldDialog::record(MeetingOutcomes &outcomes)
{
    MeetingHeld held;
    held.next = MeetingNextStep(m_next->currentData().toInt());
    held.comment = comment();
    switch (held.next) {
    case MeetingNextStep::Offer:
        held.deal.title = m_dealTitle->text().trimmed();
        held.deal.amountKopecks = m_amount->kopecks();
        held.deal.marginKopecks = m_margin->kopecks();
        held.deal.step = DealStep::Presentation; // the meeting was the presentation
        break;
    case MeetingNextStep::ThinkItOver:
        held.followUpAt = m_followUp->dateTime();
        break;
    case MeetingNextStep::Refused:
        held.lostReasonId = m_lostReason->currentData().toLongLong();
        break;
    }
    return outcomes.held(meeting().taskId, meeting().companyVersion, held);
}

} // namespace voronka
