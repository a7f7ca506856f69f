#include "FunnelCalculatorPanel.h"

#include "ReportFilterBar.h"
#include "common/MessageBox.h"
#include "common/MoneySpinBox.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "reports/PlanEditor.h"
#include "reports/ReportError.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace voronka {

namespace {
const QString shortage = QStringLiteral("color: #b00020; font-weight: bold;");
} // namespace

FunnelCalculatorPanel::FunnelCalculatorPanel(DataContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("funnelCalculatorPanel"));

    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("calculatorTargetKind"));
    m_target->addItem(tr("Contracts"), Contracts);
    m_target->addItem(tr("Revenue"), Revenue);
    m_contracts = new QSpinBox;
    m_contracts->setObjectName(QStringLiteral("calculatorContracts"));
    m_contracts->setRange(0, 1000000);
    m_contracts->setValue(10);
    m_revenue = new MoneySpinBox(QStringLiteral("calculatorRevenue"));
    m_revenue->setCurrency(QStringLiteral("RUB"));
    m_revenue->setKopecks(100000000);
    m_revenue->setVisible(false);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        const bool revenue = m_target->currentData().toInt() == Revenue;
        m_contracts->setVisible(!revenue);
        m_revenue->setVisible(revenue);
        recompute();
    });
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("Next month's target:")));
    targetRow->addWidget(m_target);
    targetRow->addWidget(m_contracts);
    targetRow->addWidget(m_revenue);
    targetRow->addStretch();

    m_bookedPerContact = rateBox("bookedPerContact", tr("Of the contacts collected, the share that gets a meeting"));
    m_callsPerBooked = numberBox("callsPerBooked", tr("Calls made for each meeting booked"));
    m_heldPerBooked = rateBox("heldPerBooked", tr("Of the meetings booked, the share held"));
    m_offersPerHeld = rateBox("offersPerHeld", tr("Of the meetings held, the share that gets an offer"));
    m_contractsPerOffer = rateBox("contractsPerOffer", tr("Of the offers, the share signed"));
    m_averageDeal = new MoneySpinBox(QStringLiteral("averageDeal"));
    m_averageDeal->setCurrency(QStringLiteral("RUB"));
    m_averageDeal->setToolTip(tr("The average contract's amount"));
    connect(m_averageDeal, &QDoubleSpinBox::valueChanged, this, &FunnelCalculatorPanel::recompute);
    m_contactsPerCollector = numberBox("contactsPerCollector", tr("Contacts one collector collects in a month"));
    m_bookedPerCaller = numberBox("bookedPerCaller", tr("Meetings one caller books in a month"));
    m_heldPerCloser = numberBox("heldPerCloser", tr("Meetings one closer holds in a month"));
    m_measuredNote = new QLabel;
    m_measuredNote->setObjectName(QStringLiteral("calculatorMeasuredNote"));
    m_measuredNote->setWordWrap(true);
    m_reset = new QPushButton(tr("Measured"));
    m_reset->setObjectName(QStringLiteral("calculatorResetButton"));
    m_reset->setToolTip(tr("Put back the values measured over the report's period"));
    connect(m_reset, &QPushButton::clicked, this, &FunnelCalculatorPanel::resetToMeasured);

    auto *assumptionsBox = new QGroupBox(tr("Assumptions"));
    auto *assumptions = new QFormLayout(assumptionsBox);
    assumptions->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    assumptions->addRow(m_measuredNote);
    assumptions->addRow(tr("Contact → meeting booked:"), m_bookedPerContact);
    assumptions->addRow(tr("Calls per meeting booked:"), m_callsPerBooked);
    assumptions->addRow(tr("Meeting booked → held:"), m_heldPerBooked);
    assumptions->addRow(tr("Meeting held → offer:"), m_offersPerHeld);
    assumptions->addRow(tr("Offer → contract:"), m_contractsPerOffer);
    assumptions->addRow(tr("Average deal:"), m_averageDeal);
    assumptions->addRow(tr("Contacts per collector a month:"), m_contactsPerCollector);
    assumptions->addRow(tr("Meetings booked per caller a month:"), m_bookedPerCaller);
    assumptions->addRow(tr("Meetings held per closer a month:"), m_heldPerCloser);
    assumptions->addRow(m_reset);

    m_contacts = resultLabel("calculatorContacts");
    m_calls = resultLabel("calculatorCalls");
    m_booked = resultLabel("calculatorBooked");
    m_held = resultLabel("calculatorHeld");
    m_offers = resultLabel("calculatorOffers");
    m_contractsNeeded = resultLabel("calculatorContractsNeeded");
    m_revenueExpected = resultLabel("calculatorRevenueExpected");
    m_collectors = resultLabel("calculatorCollectors");
    m_callers = resultLabel("calculatorCallers");
    m_closers = resultLabel("calculatorClosers");
    m_broken = new QLabel;
    m_broken->setObjectName(QStringLiteral("calculatorBroken"));
    m_broken->setWordWrap(true);
    m_broken->setStyleSheet(shortage);
    m_broken->setVisible(false);
    m_save = new QPushButton(tr("Save as next month's plans…"));
    m_save->setObjectName(QStringLiteral("calculatorSaveButton"));
    m_save->setToolTip(tr("Share the result out evenly as the plans of the collectors, callers and closers"));
    connect(m_save, &QPushButton::clicked, this, &FunnelCalculatorPanel::saveAsPlans);

    auto *resultBox = new QGroupBox(tr("What it takes"));
    auto *result = new QFormLayout(resultBox);
    result->addRow(tr("Contacts to collect:"), m_contacts);
    result->addRow(tr("Calls to make:"), m_calls);
    result->addRow(tr("Meetings to book:"), m_booked);
    result->addRow(tr("Meetings to hold:"), m_held);
    result->addRow(tr("Offers to send:"), m_offers);
    result->addRow(tr("Contracts:"), m_contractsNeeded);
    result->addRow(tr("Revenue:"), m_revenueExpected);
    result->addRow(tr("Collectors:"), m_collectors);
    result->addRow(tr("Callers:"), m_callers);
    result->addRow(tr("Closers:"), m_closers);
    result->addRow(m_broken);
    m_saved = new QLabel;
    m_saved->setObjectName(QStringLiteral("calculatorSavedNote"));
    result->addRow(m_save);
    result->addRow(m_saved);

    m_assumptionsBox = assumptionsBox;
    m_resultBox = resultBox;
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->addWidget(assumptionsBox, 1);
    m_columns->addWidget(resultBox, 1);
    // In a scroll area, and the result under the assumptions when the two do not fit side by side (a 1024-pixel
    // screen in Russian), so the panel never makes the window wider than the screen.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(targetRow);
    contentLayout->addLayout(m_columns);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("calculatorScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    recompute();
}

void FunnelCalculatorPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int sideBySide = m_assumptionsBox->minimumSizeHint().width() + m_resultBox->minimumSizeHint().width()
        + m_columns->spacing() + 40;
    m_columns->setDirection(width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QDoubleSpinBox *FunnelCalculatorPanel::rateBox(const char *name, const QString &toolTip)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 100);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setAlignment(Qt::AlignRight);
    box->setToolTip(toolTip);
    connect(box, &QDoubleSpinBox::valueChanged, this, &FunnelCalculatorPanel::recompute);
    return box;
}

QDoubleSpinBox *FunnelCalculatorPanel::numberBox(const char *name, const QString &toolTip)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 1000000);
    box->setDecimals(1);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    box->setToolTip(toolTip);
    connect(box, &QDoubleSpinBox::valueChanged, this, &FunnelCalculatorPanel::recompute);
    return box;
}

QLabel *FunnelCalculatorPanel::resultLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void FunnelCalculatorPanel::showFigures(const ReportFigures &figures)
{
    const bool samePeriod = m_measuredOver == figures.request.period;
    m_measured = figures.measured;
    m_team = figures.team;
    m_measuredOver = figures.request.period;
    const QLocale locale;
    m_measuredNote->setText(figures.calculatorProblem.isEmpty()
                                ? tr("Measured over %1 – %2; type any to see what if.")
                                      .arg(locale.toString(m_measuredOver.first(), QLocale::ShortFormat),
                                           locale.toString(m_measuredOver.last(), QLocale::ShortFormat))
                                : figures.calculatorProblem);
    if (!samePeriod) {
        m_saved->clear();
        resetToMeasured();
    } else
        recompute(); // the team may have changed
}

void FunnelCalculatorPanel::resetToMeasured()
{
    m_filling = true;
    m_bookedPerContact->setValue(m_measured.bookedPerContact * 100.0);
    m_callsPerBooked->setValue(m_measured.callsPerBooked);
    m_heldPerBooked->setValue(m_measured.heldPerBooked * 100.0);
    m_offersPerHeld->setValue(m_measured.offersPerHeld * 100.0);
    m_contractsPerOffer->setValue(m_measured.contractsPerOffer * 100.0);
    m_averageDeal->setKopecks(m_measured.averageDealKopecks);
    m_contactsPerCollector->setValue(m_measured.contactsPerCollector);
    m_bookedPerCaller->setValue(m_measured.bookedPerCaller);
    m_heldPerCloser->setValue(m_measured.heldPerCloser);
    m_filling = false;
    recompute();
}

CalculatorAssumptions FunnelCalculatorPanel::assumptions() const
{
    CalculatorAssumptions typed;
    typed.bookedPerContact = m_bookedPerContact->value() / 100.0;
    typed.callsPerBooked = m_callsPerBooked->value();
    typed.heldPerBooked = m_heldPerBooked->value() / 100.0;
    typed.offersPerHeld = m_offersPerHeld->value() / 100.0;
    typed.contractsPerOffer = m_contractsPerOffer->value() / 100.0;
    typed.averageDealKopecks = m_averageDeal->kopecks();
    typed.contactsPerCollector = m_contactsPerCollector->value();
    typed.bookedPerCaller = m_bookedPerCaller->value();
    typed.heldPerCloser = m_heldPerCloser->value();
    return typed;
}

void FunnelCalculatorPanel::recompute()
{
    if (m_filling)
        return;
    const CalculatorAssumptions typed = assumptions();
    m_result = m_target->currentData().toInt() == Revenue ? FunnelCalculator::forRevenue(m_revenue->kopecks(), typed)
                                                          : FunnelCalculator::forContracts(m_contracts->value(), typed);
    const QLocale locale;
    m_contacts->setText(locale.toString(m_result.contacts));
    m_calls->setText(locale.toString(m_result.calls));
    m_booked->setText(locale.toString(m_result.meetingsBooked));
    m_held->setText(locale.toString(m_result.meetingsHeld));
    m_offers->setText(locale.toString(m_result.offers));
    m_contractsNeeded->setText(locale.toString(m_result.contracts));
    m_revenueExpected->setText(Money(m_result.revenueKopecks).format(locale));
    showPeople(m_collectors, m_result.collectors, m_team.collectors);
    showPeople(m_callers, m_result.callers, m_team.callers);
    showPeople(m_closers, m_result.closers, m_team.closers);
    m_broken->setText(m_result.brokenAt.isEmpty()
                          ? QString()
                          : tr("The chain breaks at \"%1\": with a rate of zero the steps before it cannot be "
                               "computed. Type a rate above zero.")
                                .arg(m_result.brokenAt));
    m_broken->setVisible(!m_result.brokenAt.isEmpty());
}

void FunnelCalculatorPanel::showPeople(QLabel *label, const std::optional<qint64> &needed, qint64 team)
{
    const QLocale locale;
    if (!needed) {
        label->setText(tr("— (no throughput; the team has %1)").arg(locale.toString(team)));
        label->setStyleSheet(QString());
        return;
    }
    label->setText(tr("%1 needed, the team has %2").arg(locale.toString(*needed), locale.toString(team)));
    label->setStyleSheet(*needed > team ? shortage : QString());
}

QString FunnelCalculatorPanel::nextMonth() const
{
    const QDate today = m_context.clock.nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
    return PlanReport::monthKey(today.addMonths(1));
}

void FunnelCalculatorPanel::saveAsPlans()
{
    const QString month = nextMonth();
    const QString title = tr("Save as next month's plans");
    const QString monthName = ReportFilterBar::monthName(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate));
    const QString question
        = tr("Set the plans of %1 from this result: %2 contacts, %3 calls, %4 meetings booked, %5 held, %6 offers, %7 "
             "contracts, shared evenly among the active collectors, callers and closers? Their plans already set "
             "for that month are replaced.")
              .arg(monthName)
              .arg(m_result.contacts)
              .arg(m_result.calls)
              .arg(m_result.meetingsBooked)
              .arg(m_result.meetingsHeld)
              .arg(m_result.offers)
              .arg(m_result.contracts);
    if (MessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    try {
        const FunnelCalculator calculator(m_context);
        PlanEditor(m_context).setPlans(calculator.plansFor(m_result, month));
    } catch (const ReportError &error) {
        MessageBox::warning(this, title, error.message());
        return;
    } catch (const StorageError &error) {
        MessageBox::warning(this, title, error.message());
        return;
    }
    m_saved->setText(tr("The plans of %1 are set.").arg(monthName));
    emit plansChanged();
}

} // namespace voronka
