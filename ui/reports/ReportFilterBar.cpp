#include "ReportFilterBar.h"

#include "common/ModalDialog.h"
#include "common/NarrowCombo.h"
#include "reports/ReportScope.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/RegionListQuery.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace voronka {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;

ReportSlice sliceOf(const QComboBox *combo, int index)
{
    const auto kind = ReportSlice::Kind(combo->itemData(index, KindRole).toInt());
    const QVariant value = combo->itemData(index, ValueRole);
    switch (kind) {
    case ReportSlice::Kind::Everyone:
        return ReportSlice::everyone();
    case ReportSlice::Kind::Person:
        return ReportSlice::person(value.toLongLong());
    case ReportSlice::Kind::Region:
        return ReportSlice::region(value.toString());
    case ReportSlice::Kind::Source:
        return ReportSlice::source(value.toString());
    case ReportSlice::Kind::ImportBatch:
        return ReportSlice::importBatch(value.toLongLong());
    }
    return ReportSlice::everyone();
}

QDateEdit *dateEdit(const char *name, const QString &toolTip)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setToolTip(toolTip);
    return edit;
}
} // namespace

ReportFilterBar::ReportFilterBar(DataContext context, const QDate &today, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("reportFilterBar"));
    const ReportScope scope(context.db.viewer());
    m_choosesSlice = scope.choosesSlice();
    m_ownSlice = scope.defaultSlice();

    m_previous = new QToolButton;
    m_previous->setObjectName(QStringLiteral("previousMonthButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("The month before"));
    m_next = new QToolButton;
    m_next->setObjectName(QStringLiteral("nextMonthButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("The month after"));
    m_from = dateEdit("reportFromDate", tr("The first day of the period"));
    m_to = dateEdit("reportToDate", tr("The last day of the period"));
    m_month = new QLabel;
    m_month->setObjectName(QStringLiteral("reportMonthLabel"));
    connect(m_previous, &QToolButton::clicked, this, &ReportFilterBar::previousMonth);
    connect(m_next, &QToolButton::clicked, this, &ReportFilterBar::nextMonth);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            showMonth();
            emit changed();
        });
    }

    m_view = new QComboBox;
    m_view->setObjectName(QStringLiteral("reportViewCombo"));
    m_view->setToolTip(tr("Which companies the funnel follows"));
    for (const FunnelView view : {FunnelView::Cohort, FunnelView::Period})
        m_view->addItem(funnelViewTitle(view), int(view));
    m_view->setCurrentIndex(1);
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("reportViewExplanation"));
    m_explanation->setWordWrap(true);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        m_explanation->setText(funnelViewExplanation(view()));
        emit changed();
    });
    m_explanation->setText(funnelViewExplanation(view()));

    m_slice = new QComboBox;
    m_slice->setObjectName(QStringLiteral("reportSliceCombo"));
    m_slice->setToolTip(
        tr("Whose figures: everyone's, a person's, or the companies of a region, a source or an import"));
    keepNarrow(m_slice, 14);
    connect(m_slice, &QComboBox::activated, this, &ReportFilterBar::sliceChosen);
    m_slice->setVisible(m_choosesSlice);
    auto *sliceLabel = new QLabel(tr("Whose:"));
    sliceLabel->setBuddy(m_slice);
    sliceLabel->setVisible(m_choosesSlice);
    if (m_choosesSlice)
        reloadSlices();

    auto *viewLabel = new QLabel(tr("Funnel:"));
    viewLabel->setBuddy(m_view);
    // The period and whose figures on the first row; the reading of the funnel beside what it means on the second.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_previous);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–")));
    row->addWidget(m_to);
    row->addWidget(m_next);
    row->addWidget(m_month);
    row->addSpacing(12);
    row->addWidget(sliceLabel);
    row->addWidget(m_slice);
    row->addStretch();
    auto *reading = new QHBoxLayout;
    reading->setContentsMargins(0, 0, 0, 0);
    reading->addWidget(viewLabel);
    reading->addWidget(m_view);
    reading->addWidget(m_explanation, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(reading);

    const ReportPeriod month = ReportPeriod::month(today, zone);
    const QSignalBlocker quietFrom(m_from);
    const QSignalBlocker quietTo(m_to);
    m_from->setDate(month.first());
    m_to->setDate(month.last());
    showMonth();
}

ReportRequest ReportFilterBar::request() const
{
    return {period(), view(), slice()};
}

ReportPeriod ReportFilterBar::period() const
{
    return {m_from->date(), m_to->date(), m_zone};
}

FunnelView ReportFilterBar::view() const
{
    return FunnelView(m_view->currentData().toInt());
}

ReportSlice ReportFilterBar::slice() const
{
    if (!m_choosesSlice)
        return m_ownSlice;
    return sliceOf(m_slice, m_slice->currentIndex());
}

QString ReportFilterBar::sliceTitle() const
{
    if (!m_choosesSlice) {
        const std::optional<User> me = UserRepository(m_context).find(m_ownSlice.userId);
        return me ? me->fullName : QString();
    }
    return m_slice->currentText();
}

void ReportFilterBar::setPeriod(const QDate &first, const QDate &last)
{
    if (first == m_from->date() && last == m_to->date())
        return;
    {
        const QSignalBlocker quietFrom(m_from);
        const QSignalBlocker quietTo(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    showMonth();
    emit changed();
}

void ReportFilterBar::setView(FunnelView view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

bool ReportFilterBar::setSlice(const ReportSlice &slice)
{
    if (!m_choosesSlice)
        return slice == m_ownSlice;
    if (slice.kind == ReportSlice::Kind::Source && slice.text.isEmpty())
        return false; // "Source…" asks for one
    int index = indexOf(slice);
    if (index < 0 && slice.kind == ReportSlice::Kind::Source && !slice.text.isEmpty()) {
        index = m_slice->count() - 1; // before "Source…"
        m_slice->insertItem(index, tr("Source: %1").arg(slice.text));
        m_slice->setItemData(index, int(slice.kind), KindRole);
        m_slice->setItemData(index, slice.text, ValueRole);
    }
    if (index < 0)
        return false;
    if (index != m_slice->currentIndex()) {
        m_slice->setCurrentIndex(index);
        m_sliceIndex = index;
        emit changed();
    }
    return true;
}

void ReportFilterBar::reloadSlices()
{
    if (!m_choosesSlice)
        return;
    QList<User> people;
    QStringList regions;
    QList<ImportBatch> imports;
    try {
        people = UserRepository(m_context).list(false);
        regions = RegionListQuery::present(m_context.db);
        imports = ImportBatchRepository(m_context).list();
    } catch (const StorageError &) {
        if (m_slice->count() > 0)
            return; // the list stays as it was; the report's own read says what is wrong with the base
    }
    const ReportSlice chosen = m_slice->count() > 0 ? slice() : ReportSlice::everyone();
    QList<ReportSlice> sources;
    for (int index = 0; index < m_slice->count(); ++index) {
        const ReportSlice each = sliceOf(m_slice, index);
        if (each.kind == ReportSlice::Kind::Source && !each.text.isEmpty())
            sources.append(each);
    }
    const QSignalBlocker quiet(m_slice);
    m_slice->clear();
    addSliceItem(tr("Everyone"), ReportSlice::everyone());
    m_slice->insertSeparator(m_slice->count());
    for (const User &person : std::as_const(people))
        addSliceItem(person.active ? person.fullName : tr("%1 (deactivated)").arg(person.fullName),
                     ReportSlice::person(person.id));
    if (!regions.isEmpty())
        m_slice->insertSeparator(m_slice->count());
    for (const QString &region : std::as_const(regions))
        addSliceItem(tr("Region: %1").arg(region), ReportSlice::region(region));
    // The imports whose companies are in the base (an undone or unfinished one has none), the newest first.
    bool importsBegun = false;
    for (const ImportBatch &batch : std::as_const(imports)) {
        if (batch.state != ImportBatchState::Done)
            continue;
        if (!importsBegun)
            m_slice->insertSeparator(m_slice->count());
        importsBegun = true;
        addSliceItem(importTitle(batch), ReportSlice::importBatch(batch.id));
    }
    m_slice->insertSeparator(m_slice->count());
    for (const ReportSlice &source : std::as_const(sources))
        addSliceItem(tr("Source: %1").arg(source.text), source);
    addSliceItem(tr("Source…"), ReportSlice::source({}));
    m_slice->view()->setMinimumWidth(m_slice->view()->sizeHintForColumn(0) + 2 * m_slice->view()->frameWidth());
    const int index = indexOf(chosen);
    m_slice->setCurrentIndex(std::max(0, index));
    m_sliceIndex = m_slice->currentIndex();
}

void ReportFilterBar::previousMonth()
{
    const QDate first = QDate(m_from->date().year(), m_from->date().month(), 1).addMonths(-1);
    setPeriod(first, first.addMonths(1).addDays(-1));
}

void ReportFilterBar::nextMonth()
{
    const QDate first = QDate(m_from->date().year(), m_from->date().month(), 1).addMonths(1);
    setPeriod(first, first.addMonths(1).addDays(-1));
}

QString ReportFilterBar::monthName(const QDate &day)
{
    return QLocale().standaloneMonthName(day.month()) + QLatin1Char(' ') + QString::number(day.year());
}

void ReportFilterBar::showMonth()
{
    const QDate first = m_from->date();
    const QDate last = m_to->date();
    const bool wholeMonth = first.day() == 1 && last == first.addMonths(1).addDays(-1);
    QString text;
    if (wholeMonth) {
        text = monthName(first);
        text[0] = text.at(0).toUpper();
    } else if (first <= last) {
        text = tr("%n day(s)", nullptr, int(first.daysTo(last) + 1));
    }
    m_month->setText(text);
}

void ReportFilterBar::sliceChosen(int index)
{
    const ReportSlice chosen = sliceOf(m_slice, index);
    if (chosen.kind == ReportSlice::Kind::Source && chosen.text.isEmpty()) {
        // "Source…": the companies' source as the import or the card gave it.
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("reportSourceDialog"));
        ask.setWindowTitle(tr("Source"));
        ask.setLabelText(tr("The companies of the source (as the import or the card gave it):"));
        const QString source = ModalDialog::exec(ask) == QDialog::Accepted ? ask.textValue().trimmed() : QString();
        if (source.isEmpty() || !setSlice(ReportSlice::source(source)))
            m_slice->setCurrentIndex(m_sliceIndex);
        return;
    }
    if (index == m_sliceIndex)
        return;
    m_sliceIndex = index;
    emit changed();
}

QString ReportFilterBar::importTitle(const ImportBatch &batch)
{
    const QDateTime when = batch.finishedAt.isValid() ? batch.finishedAt : batch.startedAt;
    return tr("Import: %1, %2")
        .arg(QFileInfo(batch.fileName).fileName(), QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
}

int ReportFilterBar::indexOf(const ReportSlice &slice) const
{
    for (int index = 0; index < m_slice->count(); ++index) {
        if (m_slice->itemData(index, KindRole).isValid() && sliceOf(m_slice, index) == slice)
            return index;
    }
    return -1;
}

void ReportFilterBar::addSliceItem(const QString &text, const ReportSlice &slice)
{
    const int index = m_slice->count();
    m_slice->addItem(text);
    m_slice->setItemData(index, int(slice.kind), KindRole);
    QVariant value = slice.text;
    if (slice.kind == ReportSlice::Kind::Person)
        value = slice.userId;
    else if (slice.kind == ReportSlice::Kind::ImportBatch)
        value = slice.batchId;
    m_slice->setItemData(index, value, ValueRole);
}

} // namespace voronka
