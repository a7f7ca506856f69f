#include "HistoryStories.h"

#include "domain/CallOutcome.h"
#include "domain/CompanyStage.h"
#include "domain/DealStep.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <numeric>

namespace voronka::bench {

namespace {

using S = CompanyStage;
using D = DealStep;

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 officeOffsetMs = 3 * hourMs; // Moscow, UTC+3 all year (DemoDepartment::officeZone)
// The working day, 09:00 to 18:00 in the office, in UTC.
constexpr qint64 workStartMs = 9 * hourMs - officeOffsetMs;
constexpr qint64 workEndMs = 18 * hourMs - officeOffsetMs;
constexpr int maxFailedAttempts = 5; // CallOutcomeOptions' default

// splitmix64: the same numbers on every platform for the same seed (std's distributions are not).
class StoryRandom
{
public:
    explicit StoryRandom(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // An index chosen with the given weights.
    int pick(std::initializer_list<int> weights)
    {
        const int total = std::accumulate(weights.begin(), weights.end(), 0);
        qint64 roll = below(total);
        int index = 0;
        for (const int weight : weights) {
            if (roll < weight)
                return index;
            roll -= weight;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state;
};

bool isWorkday(qint64 day)
{
    return (day + 3) % 7 < 5; // 1970-01-01 was a Thursday; 0 is Monday
}

// The first working moment at or after t.
qint64 atWork(qint64 t)
{
    qint64 day = t / dayMs;
    const qint64 time = t % dayMs;
    if (isWorkday(day) && time >= workStartMs && time < workEndMs)
        return t;
    if (!isWorkday(day) || time >= workEndMs) {
        do
            ++day;
        while (!isWorkday(day));
    }
    return day * dayMs + workStartMs;
}

// A working moment some time after t: a delay in [low, high], then into working hours (a random hour of the morning
// when it fell outside them, so that a day's work does not all start at nine).
qint64 later(StoryRandom &random, qint64 t, qint64 low, qint64 high)
{
    const qint64 wanted = t + random.between(low, high) + random.below(1000);
    const qint64 working = atWork(wanted);
    return working == wanted ? working : working + random.below(4 * hourMs);
}

// Days from the civil date (proleptic Gregorian) to 1970-01-01, and back (H. Hinnant's algorithms).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

void digits(char *at, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

int reasonFor(StoryRandom &random, int reasons)
{
    // Not interested and a supplier already are the usual answers; a closed company the rarest.
    const int index = random.pick({30, 25, 18, 12, 5, 10});
    return reasons <= 0 ? -1 : index % reasons;
}

} // namespace

// One company's story, from its creation to the horizon. Each phase is a state of the conveyor; the moves are the
// product's (the comments say which operation makes them), and each person is the one who makes it there.
class HistoryStory
{
public:
    HistoryStory(HistoryStories &stories, qint32 index)
        : m_stories(stories)
        , m_random(quint64(stories.m_options.seed) * 0x100000001b3ULL + quint64(index) * 0x9e3779b97f4a7c15ULL)
        , m_index(index)
        , m_company(stories.m_companies[size_t(index)])
        , m_horizon(stories.m_horizon)
        , m_firstEvent(qint64(stories.m_events.size()))
    {
        const int callers = int(stories.m_people.callers.size());
        const int closers = int(stories.m_people.closers.size());
        m_firstCaller = 2;
        m_firstCloser = quint8(2 + callers);
        m_accountManager = quint8(2 + callers + closers);
        m_closer = quint8(m_firstCloser + index % std::max(closers, 1));
    }

    void run();

private:
    enum class Phase { Cold, Calling, Meeting, Deal, Client, Reactivation, Lost, Done };

    HistoryEvent &add(HistoryEventKind kind, qint64 at, quint8 user)
    {
        HistoryEvent event;
        event.kind = kind;
        event.at = at;
        event.user = user;
        event.company = m_index;
        event.seq = m_seq++;
        m_stories.m_events.push_back(event);
        return m_stories.m_events.back();
    }
    void saved(qint64 at, quint8 user)
    {
        m_company.updatedAt = at;
        m_company.updatedBy = user;
        ++m_company.version;
    }
    // StageMover::applyCompanyMove: the history row and its activity, and what the move clears.
    void move(qint64 at, S to, quint8 user, int reason = -1, bool handover = false)
    {
        HistoryEvent &event = add(HistoryEventKind::CompanyMove, at, user);
        event.from = qint8(m_company.stage);
        event.to = qint8(to);
        event.reason = qint8(to == S::Lost ? reason : -1);
        event.handover = handover;
        if (S(m_company.stage) == S::Lost) {
            m_company.reason = -1;
            m_company.callAttempts = 0;
            m_company.parkedAt = -1;
        }
        if (to == S::Lost)
            m_company.reason = qint8(reason);
        m_company.stage = qint8(to);
        saved(at, user);
    }
    void step(qint64 at, qint32 deal, D to, quint8 user, int reason = -1)
    {
        PlannedDeal &planned = m_stories.m_deals[size_t(deal)];
        HistoryEvent &event = add(HistoryEventKind::DealStep, at, user);
        event.deal = deal;
        event.from = planned.lastEvent < 0 ? qint8(-1) : planned.step;
        event.to = qint8(to);
        event.reason = qint8(to == D::Lost ? reason : -1);
        planned.step = qint8(to);
        planned.updatedAt = at;
        planned.updatedBy = user;
        ++planned.version;
        if (to == D::Lost)
            planned.reason = qint8(reason);
        if (to == D::InvoiceIssued)
            planned.invoiceAt = at;
        planned.lastEvent = qint64(m_stories.m_events.size()) - 1;
    }
    bool isCaller(qint16 user) const { return user >= m_firstCaller && user < m_firstCloser; }
    quint8 anyCaller() { return quint8(m_firstCaller + m_random.below(m_firstCloser - m_firstCaller)); }

    Phase cold();
    Phase calling();
    Phase meeting();
    Phase deal();
    Phase client();
    Phase reactivation();
    Phase lost();
    void call(qint64 at, CallOutcome outcome);
    // DealOpener::openFor: the company moves to deal unless it is at deal or client, then the deal and its first step.
    void openDeal(qint64 at, quint8 owner);
    void pay(qint64 at, qint64 amount);
    void deriveColumns();

    HistoryStories &m_stories;
    StoryRandom m_random;
    qint32 m_index;
    PlannedCompany &m_company;
    qint64 m_horizon;
    qint64 m_firstEvent;
    quint16 m_seq = 0;
    quint8 m_firstCaller = 2;
    quint8 m_firstCloser = 2;
    quint8 m_accountManager = 0;
    quint8 m_closer = 0;
    qint64 m_at = 0; // the time of the next thing to happen
    quint8 m_caller = 0; // who calls the company
    qint16 m_booker = -1; // the caller who booked the meeting
    qint32 m_deal = -1;
    int m_callsLeft = 0;
    int m_restarts = 0;
    int m_clientRounds = 0;
    int m_meetingMoves = 0;
    bool m_fresh = true; // still in the cold base it was created in
};

void HistoryStory::run()
{
    m_at = m_company.createdAt;
    // Some lists are never worked at all: no caller reaches them in two years.
    if (m_random.chance(0.12))
        return;
    Phase phase = Phase::Cold;
    while (phase != Phase::Done) {
        switch (phase) {
        case Phase::Cold:
            phase = cold();
            break;
        case Phase::Calling:
            phase = calling();
            break;
        case Phase::Meeting:
            phase = meeting();
            break;
        case Phase::Deal:
            phase = deal();
            break;
        case Phase::Client:
            phase = client();
            break;
        case Phase::Reactivation:
            phase = reactivation();
            break;
        case Phase::Lost:
            phase = lost();
            break;
        case Phase::Done:
            break;
        }
    }
    deriveColumns();
}

HistoryStory::Phase HistoryStory::cold()
{
    // Callers work through a list over the months after it came in: most companies early, some much later.
    const double spread = m_random.unit();
    const qint64 wait = m_fresh ? qint64(spread * spread * 180.0 * double(dayMs)) : m_random.between(2, 60) * dayMs;
    m_at = later(m_random, m_at, hourMs, hourMs + wait);
    if (m_at >= m_horizon)
        return Phase::Done;
    if (m_fresh) {
        const int kind = m_random.pick({2, 1, 97});
        if (kind == 0) {
            // The collector finds the company closed or not a customer before anyone calls (StageMover::moveCompany).
            move(m_at, S::Lost, 1, m_random.chance(0.5) ? 4 : 5);
            m_fresh = false;
            return Phase::Lost;
        }
        if (kind == 1) {
            // An inbound inquiry: the head books a meeting straight from the cold base, skipping calling.
            m_fresh = false;
            move(m_at, S::Meeting, 0);
            m_company.owner = m_closer;
            m_booker = -1;
            m_at = later(m_random, m_at, dayMs, 7 * dayMs);
            return Phase::Meeting;
        }
    }
    m_fresh = false;
    m_caller = isCaller(m_company.owner) ? quint8(m_company.owner) : anyCaller();
    m_callsLeft = int(m_random.between(2, 6));
    return Phase::Calling;
}

void HistoryStory::call(qint64 at, CallOutcome outcome)
{
    // CallOutcomes::record: the first call takes a company off the cold base (to the caller if nobody owns it),
    // then the call's activity; a call that reaches the company confirms the collector's contact.
    if (S(m_company.stage) == S::Cold) {
        move(at, S::Calling, m_caller);
        if (m_company.owner < 0)
            m_company.owner = m_caller;
    } else {
        saved(at, m_caller);
    }
    HistoryEvent &event = add(HistoryEventKind::Call, at, m_caller);
    event.outcome = qint8(outcome);
    if (reachesCompany(outcome) && m_company.confirmedAt < 0)
        m_company.confirmedAt = at;
    if (outcome == CallOutcome::NoAnswer || outcome == CallOutcome::Busy) {
        if (m_company.parkedAt >= 0)
            return;
        ++m_company.callAttempts;
        if (m_company.callAttempts >= maxFailedAttempts)
            m_company.parkedAt = at;
    } else if (outcome != CallOutcome::WrongNumber) {
        m_company.callAttempts = 0; // CallOutcomes::reached
        m_company.parkedAt = -1;
    }
}

HistoryStory::Phase HistoryStory::calling()
{
    while (m_callsLeft-- > 0) {
        const CallOutcome outcome = CallOutcome(m_random.pick({30, 8, 4, 17, 12, 12, 10}));
        call(m_at, outcome);
        switch (outcome) {
        case CallOutcome::NoAnswer:
        case CallOutcome::Busy:
            if (m_company.parkedAt >= 0) {
                // Parked after five failed attempts; now and then the head gives it back to the cold base, and it
                // goes to another caller (an assignment, which changes the owner and no stage).
                if (!m_random.chance(0.25))
                    return Phase::Done;
                m_at = later(m_random, m_at, 20 * dayMs, 90 * dayMs);
                if (m_at >= m_horizon)
                    return Phase::Done;
                move(m_at, S::Cold, 0);
                m_company.owner = anyCaller();
                return ++m_restarts > 2 ? Phase::Done : Phase::Cold;
            }
            m_at = later(m_random, m_at, outcome == CallOutcome::Busy ? 15 * minuteMs : 2 * hourMs, 3 * dayMs);
            break;
        case CallOutcome::WrongNumber:
            if (m_random.chance(0.4))
                return Phase::Done; // no number left to dial: it waits for the collector
            m_at = later(m_random, m_at, hourMs, 5 * dayMs);
            break;
        case CallOutcome::Callback:
            m_at = later(m_random, m_at, hourMs, 4 * dayMs);
            break;
        case CallOutcome::NotNow:
            m_at = later(m_random, m_at, 5 * dayMs, 45 * dayMs);
            break;
        case CallOutcome::Refused:
            move(m_at, S::Lost, m_caller, reasonFor(m_random, int(m_stories.m_people.lostReasons.size())));
            return Phase::Lost;
        case CallOutcome::MeetingBooked:
            // The company passes to the closer; the caller stays on record as the one who booked it.
            move(m_at, S::Meeting, m_caller);
            m_company.owner = m_closer;
            m_booker = m_caller;
            m_meetingMoves = 0;
            m_at = later(m_random, m_at, dayMs, 10 * dayMs);
            return Phase::Meeting;
        }
        if (m_at >= m_horizon)
            return Phase::Done;
    }
    return Phase::Done;
}

HistoryStory::Phase HistoryStory::meeting()
{
    if (m_at >= m_horizon)
        return Phase::Done;
    // MeetingOutcomes, recorded by the closer who went: the meeting's activity first, then what it leads to.
    const auto meetingActivity = [this](int outcome) {
        saved(m_at, m_closer);
        add(HistoryEventKind::Meeting, m_at, m_closer).outcome = qint8(outcome);
    };
    const int outcome = m_random.pick({72, 10, 8, 5, m_meetingMoves < 2 ? 5 : 0});
    switch (outcome) {
    case 0: // held, the client wants an offer
        meetingActivity(0);
        openDeal(m_at, m_closer);
        return Phase::Deal;
    case 1: { // held, the client will think it over: the closer calls back, then opens a deal or marks it lost
        meetingActivity(1);
        m_at = later(m_random, m_at, 3 * dayMs, 14 * dayMs);
        if (m_at >= m_horizon)
            return Phase::Done;
        const int next = m_random.pick({50, 35, 15});
        if (next == 0) {
            openDeal(m_at, m_closer); // DealOpener::open
            return Phase::Deal;
        }
        if (next == 1) {
            move(m_at, S::Lost, m_closer, reasonFor(m_random, int(m_stories.m_people.lostReasons.size())));
            return Phase::Lost;
        }
        return Phase::Done;
    }
    case 2: // held, refused
        meetingActivity(2);
        move(m_at, S::Lost, m_closer, reasonFor(m_random, int(m_stories.m_people.lostReasons.size())));
        return Phase::Lost;
    case 3: // cancelled: back to calling, to the caller who booked it
        meetingActivity(4);
        move(m_at, S::Calling, m_closer);
        if (m_booker >= 0)
            m_company.owner = m_booker;
        // Whoever owns it now calls it back: the caller who booked it, or the closer for an inbound inquiry.
        m_caller = m_company.owner >= 0 ? quint8(m_company.owner) : anyCaller();
        m_callsLeft = int(m_random.between(1, 4));
        m_at = later(m_random, m_at, dayMs, 5 * dayMs);
        return m_at >= m_horizon ? Phase::Done : Phase::Calling;
    default: // moved to another day
        meetingActivity(3);
        ++m_meetingMoves;
        m_at = later(m_random, m_at, dayMs, 7 * dayMs);
        return Phase::Meeting;
    }
}

void HistoryStory::openDeal(qint64 at, quint8 owner)
{
    if (S(m_company.stage) != S::Deal && S(m_company.stage) != S::Client)
        move(at, S::Deal, owner);
    else
        saved(at, owner);
    PlannedDeal deal;
    deal.company = m_index;
    deal.createdAt = at;
    deal.updatedAt = at;
    deal.owner = owner;
    deal.updatedBy = owner;
    // 50,000 to 2,000,000 roubles, in whole roubles; a margin of 20 to 40%.
    deal.amount = m_random.between(50, 2000) * 1000 * 100;
    deal.margin = deal.amount / 100 * m_random.between(20, 40);
    deal.version = 0; // its first step makes it 1
    m_deal = qint32(m_stories.m_deals.size());
    m_stories.m_deals.push_back(deal);
    step(at, m_deal, m_random.chance(0.8) ? D::Needs : D::Presentation, owner);
}

HistoryStory::Phase HistoryStory::deal()
{
    PlannedDeal *planned = &m_stories.m_deals[size_t(m_deal)];
    const quint8 owner = planned->owner;
    while (true) {
        m_at = later(m_random, m_at, dayMs, 12 * dayMs);
        if (m_at >= m_horizon)
            return Phase::Done;
        planned = &m_stories.m_deals[size_t(m_deal)];
        D next = D::Lost;
        switch (D(planned->step)) {
        case D::Needs:
            next = std::array{D::Presentation, D::OfferSent, D::Lost}[size_t(m_random.pick({50, 35, 15}))];
            break;
        case D::Presentation:
            next = std::array{D::OfferSent, D::Needs, D::Lost}[size_t(m_random.pick({75, 5, 20}))];
            break;
        case D::OfferSent:
            next = std::array{D::Contract, D::Objections, D::Presentation,
                              D::Lost}[size_t(m_random.pick({45, 25, 5, 25}))];
            break;
        case D::Objections:
            next = std::array{D::OfferSent, D::Contract, D::Lost}[size_t(m_random.pick({45, 25, 30}))];
            break;
        case D::Contract:
            next = std::array{D::InvoiceIssued, D::Objections, D::Lost}[size_t(m_random.pick({85, 5, 10}))];
            break;
        case D::InvoiceIssued:
            next = m_random.chance(0.85) ? D::Paid : D::Lost;
            break;
        case D::Paid:
        case D::Lost:
            return Phase::Done;
        }
        if (next == D::Paid) {
            // PaymentRecorder, by the account manager: most pay at once, some in two parts.
            const qint64 amount = planned->amount;
            if (m_random.chance(0.25)) {
                const qint64 first = amount / 100 * m_random.between(30, 70);
                pay(m_at, first);
                m_at = later(m_random, m_at, 5 * dayMs, 30 * dayMs);
                if (m_at >= m_horizon)
                    return Phase::Done;
                pay(m_at, amount - first);
            } else {
                pay(m_at, amount);
            }
            return Phase::Client;
        }
        if (next == D::Lost) {
            const int reason = reasonFor(m_random, int(m_stories.m_people.lostReasons.size()));
            step(m_at, m_deal, D::Lost, owner, reason);
            if (S(m_company.stage) != S::Deal)
                return Phase::Client; // a client's repeat sale that fell through: still a client
            // The company follows its deal a little later (StageMover::moveCompany, by the deal's owner).
            m_at = std::min(m_at + m_random.between(1, 90) * minuteMs, m_horizon - 1);
            move(m_at, S::Lost, owner, reason);
            return Phase::Lost;
        }
        step(m_at, m_deal, next, owner);
    }
}

void HistoryStory::pay(qint64 at, qint64 amount)
{
    PlannedDeal &planned = m_stories.m_deals[size_t(m_deal)];
    const bool first = m_company.payments == 0 && m_company.broughtBy < 0; // PaymentRecorder::handsOver
    HistoryEvent &payment = add(HistoryEventKind::Payment, at, m_accountManager);
    payment.deal = m_deal;
    payment.amount = amount;
    planned.paid += amount;
    payment.outcome = planned.paid == planned.amount ? 1 : 0;
    ++m_company.payments;
    if (planned.paid == planned.amount)
        step(at, m_deal, D::Paid, m_accountManager);
    else
        ++planned.version; // saveStep bumps it for a part payment too
    if (first) {
        if (S(m_company.stage) != S::Client)
            move(at, S::Client, m_accountManager, -1, true);
        m_company.owner = m_accountManager;
        m_company.broughtBy = qint16(planned.owner);
        m_company.clientSince = at;
    } else if (S(m_company.stage) == S::Deal || S(m_company.stage) == S::Reactivation) {
        move(at, S::Client, m_accountManager);
    }
}

HistoryStory::Phase HistoryStory::client()
{
    if (++m_clientRounds > 3)
        return Phase::Done;
    m_at = later(m_random, m_at, 30 * dayMs, 200 * dayMs);
    if (m_at >= m_horizon)
        return Phase::Done;
    const int next = m_random.pick({30, 20, 50});
    if (next == 0) {
        openDeal(m_at, m_accountManager); // a repeat sale: the company stays a client
        return Phase::Deal;
    }
    if (next == 1) {
        move(m_at, S::Reactivation, m_accountManager); // a client who stopped buying
        return Phase::Reactivation;
    }
    return Phase::Done;
}

HistoryStory::Phase HistoryStory::reactivation()
{
    m_at = later(m_random, m_at, 7 * dayMs, 60 * dayMs);
    if (m_at >= m_horizon)
        return Phase::Done;
    const int next = m_random.pick({40, 30, 30});
    if (next == 0) {
        openDeal(m_at, m_accountManager); // won back: a new deal, reactivation to deal
        return Phase::Deal;
    }
    if (next == 1) {
        move(m_at, S::Lost, m_accountManager, reasonFor(m_random, int(m_stories.m_people.lostReasons.size())));
        return Phase::Lost;
    }
    return Phase::Done;
}

HistoryStory::Phase HistoryStory::lost()
{
    // Now and then the collector gives a lost company another chance in the cold base.
    if (m_restarts > 0 || m_company.payments > 0 || !m_random.chance(0.08))
        return Phase::Done;
    m_at = later(m_random, m_at, 60 * dayMs, 300 * dayMs);
    if (m_at >= m_horizon)
        return Phase::Done;
    move(m_at, S::Cold, 1);
    ++m_restarts;
    return Phase::Cold;
}

void HistoryStory::deriveColumns()
{
    // What StageHistoryRepository::record writes: each row ends the previous one of its company (company moves) or
    // of its deal (deal steps), and the first of each opens it. The story is in order, so the next row is known.
    std::vector<HistoryEvent> &events = m_stories.m_events;
    qint64 previousMove = -1;
    std::vector<std::pair<qint32, qint64>> previousSteps; // deal, its latest step
    for (qint64 i = m_firstEvent; i < qint64(events.size()); ++i) {
        HistoryEvent &event = events[size_t(i)];
        if (event.kind == HistoryEventKind::CompanyMove) {
            if (previousMove >= 0) {
                events[size_t(previousMove)].leftAt = event.at;
                events[size_t(previousMove)].leftTo = event.to;
            }
            event.opens = previousMove < 0;
            previousMove = i;
        } else if (event.kind == HistoryEventKind::DealStep) {
            auto found = std::find_if(previousSteps.begin(), previousSteps.end(),
                                      [&](const auto &entry) { return entry.first == event.deal; });
            if (found == previousSteps.end()) {
                event.opens = true;
                previousSteps.emplace_back(event.deal, i);
            } else {
                events[size_t(found->second)].leftAt = event.at;
                events[size_t(found->second)].leftTo = event.to;
                found->second = i;
            }
        }
    }
}

HistoryStories::HistoryStories(const HistoryOptions &options, const HistoryPeople &people)
    : m_options(options)
    , m_people(people)
{
    m_users.append(people.head);
    m_users.append(people.collector);
    m_users.append(people.callers);
    m_users.append(people.closers);
    m_users.append(people.accountManager);
    const QDate after = options.until.addDays(1);
    m_horizon = daysFromCivil(after.year(), unsigned(after.month()), unsigned(after.day())) * dayMs - officeOffsetMs;
    m_start = m_horizon - qint64(options.days) * dayMs;
}

void HistoryStories::layOutCompanies()
{
    StoryRandom random(quint64(m_options.seed) ^ 0x5bd1e995ULL);
    const qint64 total = std::max<qint64>(0, m_options.companies);
    const qint64 byHand = std::min(total, m_options.byHand >= 0 ? m_options.byHand : total / 250);
    const qint64 imported = total - byHand;
    const qint64 perBatch = std::max<qint64>(1, m_options.perBatch);
    const qint64 batchCount = (imported + perBatch - 1) / perBatch;
    const qint64 span = m_horizon - m_start;

    // The lists, imported at even intervals (the last one some days before the end), alternately by the collector
    // and by the head; every other one given to a caller, the rest left in the pool.
    for (qint64 b = 0; b < batchCount; ++b) {
        PlannedBatch batch;
        batch.startedAt = atWork(m_start + span * (2 * b + 1) / (2 * batchCount)) + random.below(3 * hourMs);
        batch.companies = imported / batchCount + (b < imported % batchCount ? 1 : 0);
        batch.finishedAt = batch.startedAt + 2000 + batch.companies; // about 1,000 companies a second
        batch.importer = b % 3 == 2 ? 0 : 1;
        batch.owner = b % 2 == 0 ? qint16(2 + b / 2 % std::max<qint64>(1, m_people.callers.size())) : qint16(-1);
        m_batches.push_back(batch);
    }
    // Companies entered by the collector one by one, spread over the two years.
    std::vector<qint64> handTimes;
    for (qint64 k = 0; k < byHand; ++k)
        handTimes.push_back(std::min(m_horizon - 1, later(random, m_start + span * k / byHand, 0, span / byHand)));
    std::sort(handTimes.begin(), handTimes.end());

    m_companies.reserve(size_t(total));
    size_t hand = 0;
    for (qint64 b = 0; b <= batchCount; ++b) {
        const qint64 batchTime = b < batchCount ? m_batches[size_t(b)].startedAt + 1000 : m_horizon;
        for (; hand < handTimes.size() && handTimes[hand] < batchTime; ++hand) {
            PlannedCompany company;
            company.createdAt = handTimes[hand];
            company.collectedBy = 1;
            company.updatedBy = 1;
            m_companies.push_back(company);
        }
        if (b == batchCount)
            break;
        const PlannedBatch &batch = m_batches[size_t(b)];
        for (qint64 i = 0; i < batch.companies; ++i) {
            PlannedCompany company;
            company.createdAt = batchTime;
            company.batch = qint32(b);
            company.collectedBy = batch.importer;
            company.updatedBy = batch.importer;
            company.owner = batch.owner;
            m_companies.push_back(company);
        }
    }
    for (PlannedCompany &company : m_companies)
        company.updatedAt = company.createdAt;
}

void HistoryStories::plan()
{
    m_batches.clear();
    m_companies.clear();
    m_deals.clear();
    m_events.clear();
    layOutCompanies();
    m_events.reserve(m_companies.size() * 8);
    for (qint32 i = 0; i < qint32(m_companies.size()); ++i)
        HistoryStory(*this, i).run();

    // Deals in the order they were opened, then every event in the order it happened; events at one moment keep
    // their company's and their story's order (one operation's rows).
    std::vector<qint32> order(m_deals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qint32 a, qint32 b) {
        return m_deals[size_t(a)].createdAt < m_deals[size_t(b)].createdAt;
    });
    std::vector<qint32> position(m_deals.size());
    std::vector<PlannedDeal> deals;
    deals.reserve(m_deals.size());
    for (size_t i = 0; i < order.size(); ++i) {
        position[size_t(order[i])] = qint32(i);
        deals.push_back(m_deals[size_t(order[i])]);
        deals.back().lastEvent = -1;
    }
    m_deals = std::move(deals);
    for (HistoryEvent &event : m_events) {
        if (event.deal >= 0)
            event.deal = position[size_t(event.deal)];
    }
    std::sort(m_events.begin(), m_events.end(), [](const HistoryEvent &a, const HistoryEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.company != b.company)
            return a.company < b.company;
        return a.seq < b.seq;
    });
}

const QStringList &HistoryStories::meetingOutcomeKeys()
{
    static const QStringList keys{QStringLiteral("held_offer"), QStringLiteral("held_think_it_over"),
                                  QStringLiteral("held_refused"), QStringLiteral("moved"), QStringLiteral("cancelled")};
    return keys;
}

QByteArray HistoryStories::storedTime(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / dayMs : (ms - dayMs + 1) / dayMs;
    qint64 rest = ms - days * dayMs;
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    QByteArray text("0000-00-00T00:00:00.000Z");
    char *at = text.data();
    digits(at, year, 4);
    digits(at + 5, month, 2);
    digits(at + 8, day, 2);
    digits(at + 11, rest / hourMs, 2);
    rest %= hourMs;
    digits(at + 14, rest / minuteMs, 2);
    rest %= minuteMs;
    digits(at + 17, rest / 1000, 2);
    digits(at + 20, rest % 1000, 3);
    return text;
}

QByteArray HistoryStories::storedPaymentDay(qint64 ms)
{
    const qint64 local = ms + officeOffsetMs;
    return storedTime(local - local % dayMs);
}

QDate HistoryStories::officeDay(qint64 ms)
{
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays((ms + officeOffsetMs) / dayMs, year, month, day);
    return QDate(int(year), int(month), int(day));
}

} // namespace voronka::bench
