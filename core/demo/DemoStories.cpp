#include "DemoStories.h"

#include "funnel/CloserSchedule.h"

#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace voronka {

namespace {
bool isWorkday(const QDate &day)
{
    return day.dayOfWeek() <= 5;
}

QDate nextWorkday(QDate day)
{
    while (!isWorkday(day))
        day = day.addDays(1);
    return day;
}

QDate workdaysAfter(QDate day, int count)
{
    while (count > 0) {
        day = day.addDays(1);
        if (isWorkday(day))
            --count;
    }
    return day;
}

QDate workdaysBefore(QDate day, int count)
{
    while (count > 0) {
        day = day.addDays(-1);
        if (isWorkday(day))
            --count;
    }
    return day;
}

const char16_t *const dealTitles[] = {u"Поставка оборудования", u"Годовой сервис",     u"Монтаж линии",
                                      u"Расходные материалы",   u"Обучение персонала", u"Пилотный проект"};

// Reasons by their place in the lost reasons list a new base is seeded with.
constexpr int alreadyHasSupplier = 1;
constexpr int tooExpensive = 2;
constexpr int noBudget = 3;
constexpr int companyClosed = 4;
} // namespace

DemoStories::DemoStories(DemoDepartment &department, DemoTimeline &timeline, const QDateTime &now, quint32 seed)
    : m_department(department)
    , m_timeline(timeline)
    , m_now(now.toUTC())
    , m_today(now.toTimeZone(DemoDepartment::officeZone()).date())
    // Not the company generator's sequence: the stories vary apart from the names.
    , m_random(seed ^ 0x9e3779b9u)
{
}

QDateTime DemoStories::importTime(const QDateTime &now)
{
    return at(now.toTimeZone(DemoDepartment::officeZone()).date().addDays(-historyDays), 10);
}

CompanyStage DemoStories::finalStage(int index)
{
    const int slot = index % 20;
    if (slot < 9)
        return CompanyStage::Cold;
    if (slot < 13)
        return CompanyStage::Calling;
    if (slot < 15)
        return CompanyStage::Meeting;
    if (slot < 16)
        return CompanyStage::Deal;
    if (slot < 18)
        return CompanyStage::Client;
    if (slot < 19)
        return CompanyStage::Lost;
    return CompanyStage::Reactivation;
}

void DemoStories::add(Story &story, QDateTime at, Step step)
{
    // Two steps planned for the same moment (a bumped meeting, a busy day) follow each other by half an hour.
    if (story.last.isValid() && at <= story.last)
        at = story.last.addSecs(30 * 60);
    Q_ASSERT(at < m_now);
    story.last = at;
    DemoCompany *company = &story.company;
    m_timeline.add(at, [company, step = std::move(step)] { step(*company); });
}

int DemoStories::pick(int count)
{
    return int(m_random.bounded(quint32(count)));
}

QDateTime DemoStories::at(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), DemoDepartment::officeZone()).toUTC();
}

QDateTime DemoStories::someTimeOn(const QDate &day, int fromHour, int toHour)
{
    return at(day, fromHour + pick(toHour - fromHour), 5 * pick(12));
}

QDate DemoStories::lastWorkday() const
{
    return workdaysBefore(m_today, 1);
}

QDateTime DemoStories::meetingSlot(qint64 closerId, QDate day, int hour, WhenFull whenFull)
{
    constexpr int firstStart = 10 * 60;
    constexpr int lastStart = 15 * 60 + 30;
    QList<QDateTime> &diary = m_diaries[closerId];
    day = nextWorkday(day);
    int minutes = std::clamp(hour * 60, firstStart, lastStart);
    for (;;) {
        for (; minutes <= lastStart; minutes += 30) {
            const QDateTime start = at(day, minutes / 60, minutes % 60);
            const bool free = std::none_of(diary.cbegin(), diary.cend(), [&start](const QDateTime &taken) {
                return std::llabs(taken.secsTo(start)) < qint64(CloserSchedule::meetingMinutes) * 60;
            });
            if (free) {
                diary.append(start);
                return start;
            }
        }
        day = whenFull == WhenFull::Later ? workdaysAfter(day, 1) : workdaysBefore(day, 1);
        minutes = firstStart;
    }
}

NewDeal DemoStories::nextDeal(DealStep first, const QString &comment)
{
    const int number = m_deals++;
    NewDeal deal;
    deal.title = QString::fromUtf16(dealTitles[number % std::size(dealTitles)]);
    deal.amountKopecks = (150000 + qint64(number) * 37300 % 900000) * 100;
    deal.marginKopecks = deal.amountKopecks / 4;
    deal.step = first;
    deal.comment = comment;
    return deal;
}

void DemoStories::failedCallsBefore(Story &story, const QDate &day, int count)
{
    if (count <= 0)
        return;
    // At most two working days apart, so the last attempt is still before `day`.
    QDate attempt = workdaysBefore(day, 2 * count + pick(3));
    for (int i = 0; i < count; ++i) {
        add(story, someTimeOn(attempt),
            i % 2 ? Step([this](DemoCompany &c) { m_department.busy(c); })
                  : Step([this](DemoCompany &c) { m_department.noAnswer(c); }));
        attempt = workdaysAfter(attempt, 1 + pick(2));
    }
}

QDateTime DemoStories::bookMeeting(Story &story, const QDate &bookingDay)
{
    const QDateTime meeting = meetingSlot(story.company.closerId, workdaysAfter(bookingDay, 2 + pick(3)), 10 + pick(6));
    add(story, someTimeOn(bookingDay, 10, 16),
        [this, meeting](DemoCompany &c) { m_department.bookMeeting(c, meeting); });
    return meeting;
}

QDate DemoStories::firstSale(Story &story, const QDate &start, bool objections, bool paidInParts)
{
    QDate day = start;
    for (int failed = pick(2); failed > 0; --failed) {
        add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.noAnswer(c); });
        day = workdaysAfter(day, 1);
    }
    const QDateTime meeting = bookMeeting(story, day);
    const NewDeal deal = nextDeal(DealStep::Presentation, QStringLiteral("Клиенту интересно: готовим предложение"));
    add(story, meeting.addSecs(90 * 60), [this, deal](DemoCompany &c) { m_department.holdMeetingWithOffer(c, deal); });
    day = meeting.toTimeZone(DemoDepartment::officeZone()).date();

    struct Move
    {
        DealStep to;
        const char16_t *comment;
    };
    QList<Move> moves = {{DealStep::OfferSent, u"Отправили коммерческое предложение"}};
    if (objections) {
        moves.append({DealStep::Objections, u"Клиент сравнивает с текущим поставщиком"});
        moves.append({DealStep::OfferSent, u"Пересчитали предложение со скидкой за объём"});
    }
    moves.append({DealStep::Contract, u"Условия согласованы, договор на подписи"});
    for (const Move &move : std::as_const(moves)) {
        day = workdaysAfter(day, 2 + pick(3));
        const QString comment = QString::fromUtf16(move.comment);
        add(story, someTimeOn(day),
            [this, to = move.to, comment](DemoCompany &c) { m_department.moveDeal(c, to, comment); });
    }
    day = workdaysAfter(day, 1 + pick(3));
    add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.issueInvoice(c); });
    day = workdaysAfter(day, 2 + pick(4));
    if (paidInParts) {
        // An advance of half, the rest after delivery.
        const qint64 advance = deal.amountKopecks / 2;
        add(story, someTimeOn(day), [this, advance](DemoCompany &c) { m_department.pay(c, advance); });
        day = workdaysAfter(day, 5 + pick(4));
        add(story, someTimeOn(day),
            [this, rest = deal.amountKopecks - advance](DemoCompany &c) { m_department.pay(c, rest); });
    } else {
        add(story, someTimeOn(day),
            [this, amount = deal.amountKopecks](DemoCompany &c) { m_department.pay(c, amount); });
    }
    return day;
}

void DemoStories::repeatSale(Story &story, const QDate &lastPayment)
{
    const QDate last = lastWorkday();
    QDate day = workdaysAfter(lastPayment, 15 + pick(15));
    if (day > last)
        return;
    const qint64 manager = m_department.accountManagerId();
    const NewDeal deal = nextDeal(DealStep::Needs, QStringLiteral("Повторный заказ"));
    add(story, someTimeOn(day), [this, manager, deal](DemoCompany &c) { m_department.openDeal(c, manager, deal); });
    // As far as the repeat sale got by yesterday: the rest is the account manager's work in progress.
    day = workdaysAfter(day, 3 + pick(3));
    if (day > last)
        return;
    add(story, someTimeOn(day), [this](DemoCompany &c) {
        m_department.moveDeal(c, DealStep::OfferSent, QStringLiteral("Предложение на повторную поставку"));
    });
    day = workdaysAfter(day, 3 + pick(3));
    if (day > last)
        return;
    add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.moveDeal(c, DealStep::Contract); });
    day = workdaysAfter(day, 1 + pick(3));
    if (day > last)
        return;
    add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.issueInvoice(c); });
    day = workdaysAfter(day, 3 + pick(4));
    if (day > last)
        return;
    add(story, someTimeOn(day), [this, amount = deal.amountKopecks](DemoCompany &c) { m_department.pay(c, amount); });
}

bool DemoStories::winBack(Story &story, const QDate &lastPayment)
{
    // Quiet for longer than the reactivation rule's 90 days, with time to win the client back before today.
    QDate day = nextWorkday(lastPayment.addDays(95 + pick(10)));
    if (day > workdaysBefore(m_today, 25))
        return false;
    const qint64 manager = m_department.accountManagerId();
    const QDate callDay = workdaysAfter(day, 2);
    const QDateTime call = at(callDay, 11);
    add(story, someTimeOn(day), [this, call](DemoCompany &c) {
        m_department.reactivate(c, call, QStringLiteral("Давно не покупали — позвонить, узнать, что изменилось"));
    });
    const NewDeal deal = nextDeal(DealStep::Needs, QStringLiteral("Клиент вернулся: новый заказ"));
    add(story, at(callDay, 12), [this, manager, deal](DemoCompany &c) { m_department.openDeal(c, manager, deal); });
    day = workdaysAfter(callDay, 3 + pick(3));
    add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.moveDeal(c, DealStep::OfferSent); });
    day = workdaysAfter(day, 3 + pick(3));
    add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.moveDeal(c, DealStep::Contract); });
    day = workdaysAfter(day, 1 + pick(3));
    add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.issueInvoice(c); });
    day = workdaysAfter(day, 3 + pick(3));
    add(story, someTimeOn(day), [this, amount = deal.amountKopecks](DemoCompany &c) { m_department.pay(c, amount); });
    return true;
}

void DemoStories::plan(int index, DemoCompany &company)
{
    Story story{company, {}};
    switch (finalStage(index)) {
    case CompanyStage::Cold:
        // Every other block of twenty has one company that was lost once and returned to the base.
        if (index % 20 == 8 && (index / 20) % 2 == 1)
            coldReturned(story, index / 20);
        break;
    case CompanyStage::Calling:
        calling(story, index);
        break;
    case CompanyStage::Meeting:
        meeting(story, index);
        break;
    case CompanyStage::Deal:
        openDeal(story, index);
        break;
    case CompanyStage::Client:
        client(story, index);
        break;
    case CompanyStage::Lost:
        lost(story, index);
        break;
    case CompanyStage::Reactivation:
        reactivation(story, index);
        break;
    }
}

void DemoStories::coldReturned(Story &story, int block)
{
    const QDate refused = nextWorkday(m_today.addDays(-176 + (block * 13) % 40));
    add(story, someTimeOn(refused), [this](DemoCompany &c) {
        m_department.refusedOnCall(c, noBudget, QStringLiteral("Бюджет на этот год уже распределён"));
    });
    const QDate back = nextWorkday(refused.addDays(100 + pick(20)));
    add(story, someTimeOn(back), [this](DemoCompany &c) {
        m_department.returnToColdBase(c, QStringLiteral("Новый бюджетный год — можно предложить снова"));
    });
}

void DemoStories::calling(Story &story, int index)
{
    // The callback the caller promised: from yesterday to the day after tomorrow, in office hours; the ones
    // before now are overdue.
    const QDate dueDay = nextWorkday(m_today.addDays(index % 4 - 1));
    const QDateTime due = at(dueDay, 9 + index % 9);
    // The call that promised it, on a working day before it (and before today: a caller's day starts at zero).
    const QDate lastCall = workdaysBefore(std::min(dueDay, m_today), 1 + pick(2));
    switch (index % 20) {
    case 9:
        failedCallsBefore(story, lastCall, 1 + pick(2));
        add(story, someTimeOn(lastCall), [this, due](DemoCompany &c) {
            m_department.callBack(c, due, QStringLiteral("Просили перезвонить, когда вернётся директор"));
        });
        break;
    case 10: {
        // "Not now, call on that day": on that day the director was busy, and named a time.
        const QDate promised = workdaysBefore(lastCall, 5 + pick(10));
        failedCallsBefore(story, promised, pick(2));
        add(story, someTimeOn(promised, 11, 17), [this, lastCall](DemoCompany &c) {
            m_department.notNow(c, lastCall, QStringLiteral("Сейчас не до того — просили набрать позже"));
        });
        add(story, at(lastCall, 10, 10 + 5 * pick(8)), [this, due](DemoCompany &c) {
            m_department.callBack(c, due, QStringLiteral("Директор на совещании, назвал время звонка"));
        });
        break;
    }
    case 11:
        failedCallsBefore(story, lastCall, 2 + pick(2));
        add(story, someTimeOn(lastCall), [this, due](DemoCompany &c) {
            m_department.callBack(c, due, QStringLiteral("Директор вернётся — спросить про поставки"));
        });
        break;
    default: {
        // A meeting was booked, and the closer had to cancel it: the caller calls again.
        const QDate booked = workdaysBefore(lastCall, 3 + pick(4));
        failedCallsBefore(story, booked, pick(2));
        const QDateTime meeting
            = meetingSlot(story.company.closerId, workdaysAfter(lastCall, 1 + pick(2)), 10 + pick(6));
        add(story, someTimeOn(booked, 10, 16),
            [this, meeting](DemoCompany &c) { m_department.bookMeeting(c, meeting); });
        add(story, someTimeOn(lastCall, 9, 12), [this, due](DemoCompany &c) {
            m_department.cancelMeeting(c, due,
                                       QStringLiteral("Директор уехал в командировку — встречу отменили, перезвонить"));
        });
        break;
    }
    }
}

void DemoStories::meeting(Story &story, int index)
{
    // In the next week, 10:00 to 15:30 office time, at the office in the company's city or by video.
    const QDateTime meeting = meetingSlot(story.company.closerId, m_today.addDays(1 + index % 7), 10 + index % 6);
    const QDate booked = workdaysBefore(m_today, 1 + pick(4));
    failedCallsBefore(story, booked, pick(3));
    if (index % 3 == 1 && booked < lastWorkday()) {
        // Booked for another day first; the client asked to move it.
        const QDateTime first = meetingSlot(story.company.closerId, workdaysAfter(m_today, 1 + pick(3)), 10 + pick(6));
        add(story, someTimeOn(booked, 10, 16), [this, first](DemoCompany &c) { m_department.bookMeeting(c, first); });
        add(story, someTimeOn(workdaysAfter(booked, 1)), [this, meeting](DemoCompany &c) {
            m_department.moveMeeting(c, meeting, QStringLiteral("Клиент попросил перенести встречу"));
        });
    } else {
        add(story, someTimeOn(booked, 10, 16),
            [this, meeting](DemoCompany &c) { m_department.bookMeeting(c, meeting); });
    }
}

void DemoStories::openDeal(Story &story, int index)
{
    // Open deals spread over the steps before payment, so the pipeline board shows a working week.
    static const DealStep targets[] = {DealStep::Needs,      DealStep::Presentation, DealStep::OfferSent,
                                       DealStep::Objections, DealStep::Contract,     DealStep::InvoiceIssued};
    const DealStep target = targets[m_openDeals++ % std::size(targets)];
    QList<DealStep> moves;
    switch (target) {
    case DealStep::OfferSent:
        moves = {DealStep::OfferSent};
        break;
    case DealStep::Objections:
        moves = {DealStep::OfferSent, DealStep::Objections};
        break;
    case DealStep::Contract:
        moves = (index / 20) % 2
            ? QList<DealStep>{DealStep::OfferSent, DealStep::Objections, DealStep::OfferSent, DealStep::Contract}
            : QList<DealStep>{DealStep::OfferSent, DealStep::Contract};
        break;
    case DealStep::InvoiceIssued:
        moves = {DealStep::OfferSent, DealStep::Contract, DealStep::InvoiceIssued};
        break;
    default:
        break;
    }
    // Planned back from its last step, a few working days ago, so that what that step left for the closer (an
    // offer's follow-up, a payment reminder) is due about now, as in a department that works its lists.
    QList<QDate> stepDays;
    QDate day = workdaysBefore(m_today, 1 + pick(4));
    for (qsizetype i = 0; i < moves.size(); ++i) {
        stepDays.prepend(day);
        day = workdaysBefore(day, 1 + pick(3));
    }
    const QDateTime meeting = meetingSlot(story.company.closerId, day, 10 + pick(6), WhenFull::Earlier);
    const QDate booked = workdaysBefore(meeting.toTimeZone(DemoDepartment::officeZone()).date(), 2 + pick(3));
    failedCallsBefore(story, booked, pick(3));
    add(story, someTimeOn(booked, 10, 16), [this, meeting](DemoCompany &c) { m_department.bookMeeting(c, meeting); });
    const DealStep first = target == DealStep::Needs ? DealStep::Needs : DealStep::Presentation;
    const NewDeal deal = nextDeal(first, QStringLiteral("Встреча прошла хорошо"));
    add(story, meeting.addSecs(90 * 60), [this, deal](DemoCompany &c) { m_department.holdMeetingWithOffer(c, deal); });
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const DealStep to = moves.at(i);
        if (to == DealStep::InvoiceIssued)
            add(story, someTimeOn(stepDays.at(i)), [this](DemoCompany &c) { m_department.issueInvoice(c); });
        else
            add(story, someTimeOn(stepDays.at(i)), [this, to](DemoCompany &c) { m_department.moveDeal(c, to); });
    }
}

void DemoStories::client(Story &story, int index)
{
    const int number = m_clients++;
    // Spread over the half year, early enough that the first sale is paid well before today.
    const QDate start = nextWorkday(m_today.addDays(-178 + (number * 37) % 108));
    const QDate paid = firstSale(story, start, (index / 20) % 2 == 1, number % 3 == 0);
    if (index % 20 == 17 && (index / 20) % 3 == 2 && winBack(story, paid))
        return;
    if (number % 2 == 1)
        repeatSale(story, paid);
}

void DemoStories::lost(Story &story, int index)
{
    const int block = index / 20;
    const QDate start = nextWorkday(m_today.addDays(-170 + (block * 29) % 130));
    switch (block % 4) {
    case 0:
        failedCallsBefore(story, start, pick(2));
        add(story, someTimeOn(start), [this](DemoCompany &c) {
            m_department.refusedOnCall(c, alreadyHasSupplier,
                                       QStringLiteral("Много лет работают с одним поставщиком и менять не хотят"));
        });
        break;
    case 1: {
        const QDateTime meeting = bookMeeting(story, start);
        add(story, meeting.addSecs(90 * 60), [this](DemoCompany &c) {
            m_department.holdMeetingRefused(c, tooExpensive, QStringLiteral("Посчитали — для них дорого"));
        });
        break;
    }
    case 2: {
        const QDateTime meeting = bookMeeting(story, start);
        const NewDeal deal = nextDeal(DealStep::Presentation, QStringLiteral("Интересно, просят предложение"));
        add(story, meeting.addSecs(90 * 60),
            [this, deal](DemoCompany &c) { m_department.holdMeetingWithOffer(c, deal); });
        QDate day = workdaysAfter(meeting.toTimeZone(DemoDepartment::officeZone()).date(), 2 + pick(3));
        add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.moveDeal(c, DealStep::OfferSent); });
        day = workdaysAfter(day, 3 + pick(4));
        const QDateTime lostAt = someTimeOn(day, 10, 16);
        add(story, lostAt, [this](DemoCompany &c) {
            m_department.loseDeal(c, alreadyHasSupplier, QStringLiteral("Выбрали другого поставщика"));
        });
        add(story, lostAt.addSecs(10 * 60), [this](DemoCompany &c) {
            m_department.markLost(c, c.closerId, alreadyHasSupplier, QStringLiteral("Сделка проиграна"));
        });
        break;
    }
    default: {
        // Five calls nobody answered park it; the caller gives up on it.
        QDate day = start;
        for (int attempt = 0; attempt < 5; ++attempt) {
            add(story, someTimeOn(day), [this](DemoCompany &c) { m_department.noAnswer(c); });
            day = workdaysAfter(day, 1 + pick(2));
        }
        add(story, someTimeOn(day), [this](DemoCompany &c) {
            m_department.markLost(c, c.callerId, companyClosed,
                                  QStringLiteral("Пять звонков без ответа, на сайте — «компания ликвидирована»"));
        });
        break;
    }
    }
}

void DemoStories::reactivation(Story &story, int index)
{
    const int number = m_reactivations++;
    // A client from the first weeks of the half year, quiet for longer than the 90 days of the reactivation rule.
    const QDate start = nextWorkday(m_today.addDays(-178 + (number * 11) % 25));
    firstSale(story, start, false, number % 2 == 0);
    // The call that is to win it back: from two days ago to within the week, so the account manager's Today has it.
    const QDate dueDay = nextWorkday(m_today.addDays(index % 9 - 2));
    const QDateTime call = at(dueDay, 11);
    const QDate moved = workdaysBefore(std::min(dueDay, m_today), 1 + pick(3));
    add(story, someTimeOn(moved), [this, call](DemoCompany &c) {
        m_department.reactivate(c, call, QStringLiteral("Давно не покупали — позвонить, узнать, что изменилось"));
    });
}

} // namespace voronka
