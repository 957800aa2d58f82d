#include "demo/account_story.h"

#include <algorithm>

namespace frontdesk::demo {

void AccountWriter::entry(Date on, EntryKind kind, std::int64_t cents, const char* memo) {
    m_chunk.entries.push_back({"demo-" + m_mrn + "-" + std::to_string(m_next++), m_mrn,
                               std::min(on, m_asOf), kind, Cents(cents), memo});
}

Date AccountWriter::visit(Date on, std::int64_t share, bool adjudicated) {
    const std::int64_t charge = share + m_rng.between(120, 420) * 100 + m_rng.between(0, 3) * 25;
    entry(on, EntryKind::ChargeInsurance, charge, "office visit");
    if (!adjudicated) return on;
    const Date paid = on.plusDays(static_cast<std::int32_t>(m_rng.between(12, 30)));
    const std::int64_t rest = charge - share;
    const std::int64_t insurerPays = rest * m_rng.between(55, 85) / 100;
    if (insurerPays > 0) entry(paid, EntryKind::InsurancePayment, insurerPays, "insurance payment");
    if (rest > insurerPays)
        entry(paid, EntryKind::InsuranceAdjustment, rest - insurerPays, "contractual");
    if (share > 0) entry(paid, EntryKind::TransferToPatient, share, "patient responsibility");
    return paid;
}

void AccountWriter::paidVisits(int count, int newestDaysAgo) {
    for (int i = count; i >= 1; --i) {
        const Date on =
            m_asOf.plusDays(-static_cast<std::int32_t>(newestDaysAgo + i * m_rng.between(60, 150)));
        if (m_rng.percent(30)) {  // a copay at the visit, paid at the desk
            const std::int64_t copay = m_rng.between(2, 8) * 500;
            entry(on, EntryKind::ChargePatient, copay, "copay");
            entry(on, EntryKind::PatientPayment, copay, "copay paid at desk");
            continue;
        }
        const std::int64_t share = m_rng.between(5, 60) * 100 + m_rng.between(0, 3) * 25;
        const Date owed = visit(on, share);
        entry(owed.plusDays(static_cast<std::int32_t>(m_rng.between(5, 40))),
              EntryKind::PatientPayment, share, "payment");
    }
}

void AccountWriter::openBalance(Date opened, std::int64_t remainder) {
    const std::int64_t paid = m_rng.percent(50) ? m_rng.between(1, 40) * 100 : 0;
    visit(opened.plusDays(-static_cast<std::int32_t>(m_rng.between(12, 30))), remainder + paid);
    if (paid > 0) entry(opened.plusDays(3), EntryKind::PatientPayment, paid, "partial payment");
}

void AccountWriter::credit(Date on, std::int64_t overpaid) {
    const std::int64_t copay = m_rng.between(2, 8) * 500;
    entry(on, EntryKind::ChargePatient, copay, "copay");
    entry(on, EntryKind::PatientPayment, copay + overpaid, "payment");
}

void AccountWriter::remind(Date on, ReminderOutcome outcome) {
    static constexpr std::array<Channel, 3> kChannels{Channel::Kiosk, Channel::Desk,
                                                      Channel::Phone};
    const Channel channel = m_rng.pick(kChannels);
    m_chunk.reminders.push_back({m_mrn,
                                 std::min(on, m_asOf),
                                 channel,
                                 outcome,
                                 channel == Channel::Kiosk ? "kiosk-1" : "staff-demo",
                                 "",
                                 {}});
}

Date AccountWriter::daysAgo(std::int64_t lo, std::int64_t hi) {
    return m_asOf.plusDays(-static_cast<std::int32_t>(m_rng.between(lo, hi)));
}

namespace {

void remindSince(AccountWriter& w, Rng& rng, Date opened, Date asOf, int count) {
    static constexpr std::array<ReminderOutcome, 5> kOutcomes{
        ReminderOutcome::Shown, ReminderOutcome::Promised, ReminderOutcome::WillPayAtDesk,
        ReminderOutcome::Declined, ReminderOutcome::Shown};
    const std::int32_t span = asOf.daysSince(opened);
    for (int i = 1; i <= count && span > 1; ++i) {
        const Date on = opened.plusDays(span * i / (count + 1));
        w.remind(on, rng.percent(4) ? ReminderOutcome::Disputed : rng.pick(kOutcomes));
    }
}

void writeWriteoff(AccountWriter& w, Rng& rng, Date asOf, bool laterPaid) {
    const std::int64_t remainder = rng.between(50, 999);
    const Date opened = w.daysAgo(200, 500);
    w.openBalance(opened, remainder);
    w.remind(opened.plusDays(30), ReminderOutcome::Shown);
    w.remind(opened.plusDays(75), ReminderOutcome::Promised);
    const Date writtenOff = opened.plusDays(125);
    w.entry(writtenOff, EntryKind::SmallBalanceWriteoff, remainder,
            "small-balance write-off (demo history)");
    if (!laterPaid) return;
    const std::int64_t payment = rng.percent(50) ? remainder : rng.between(1, remainder - 1);
    const Date paidOn = writtenOff.plusDays(static_cast<std::int32_t>(rng.between(10, 60)));
    if (paidOn <= asOf) w.entry(paidOn, EntryKind::PatientPayment, payment, "payment");
}

void writeSmall(AccountWriter& w, Rng& rng, Date asOf) {
    const Date opened = w.daysAgo(3, 220);
    w.openBalance(opened, rng.between(50, 1000));
    remindSince(w, rng, opened, asOf, static_cast<int>(rng.between(0, 3)));
}

// Reminded at a visit or on a call, then paid.
void writeRemindedPaid(AccountWriter& w, Rng& rng) {
    const std::int64_t remainder = rng.between(50, 1000);
    const Date opened = w.daysAgo(40, 200);
    w.openBalance(opened, remainder);
    const Date reminded = opened.plusDays(static_cast<std::int32_t>(rng.between(5, 25)));
    w.remind(reminded, ReminderOutcome::WillPayAtDesk);
    w.entry(reminded.plusDays(static_cast<std::int32_t>(rng.between(0, 20))),
            EntryKind::PatientPayment, remainder, "paid after reminder");
}

void writeDue(AccountWriter& w, Rng& rng, Date asOf) {
    const Date opened = w.daysAgo(10, 200);
    w.openBalance(opened, rng.between(1001, 45000));
    remindSince(w, rng, opened, asOf, static_cast<int>(rng.between(0, 2)));
}

void writePending(AccountWriter& w, Rng& rng) {
    w.visit(w.daysAgo(5, 40), 0, false);
    if (rng.percent(50))
        w.entry(w.daysAgo(5, 40), EntryKind::ChargePatient, rng.between(2, 8) * 500, "copay");
}

void writeEligible(AccountWriter& w, Rng& rng) {
    const Date opened = w.daysAgo(125, 300);
    w.openBalance(opened, rng.between(50, 999));
    w.remind(opened.plusDays(20), ReminderOutcome::Shown);
    w.remind(opened.plusDays(60), ReminderOutcome::Promised);
}

}  // namespace

void writeStory(Story story, AccountWriter& w, Rng& rng, Date asOf) {
    if (story != Story::New && story != Story::CreditDormant)
        w.paidVisits(static_cast<int>(rng.between(0, 8)), 240);
    switch (story) {
        case Story::Settled:
            w.paidVisits(1, static_cast<int>(rng.between(20, 200)));
            break;
        case Story::New:
            break;
        case Story::Small:
            writeSmall(w, rng, asOf);
            break;
        case Story::RemindedPaid:
            writeRemindedPaid(w, rng);
            break;
        case Story::Due:
            writeDue(w, rng, asOf);
            break;
        case Story::Pending:
            writePending(w, rng);
            break;
        case Story::CreditRefund:
            w.credit(w.daysAgo(1, 50), rng.between(500, 8000));
            break;
        case Story::CreditSoon:
        case Story::CreditLater:
            w.credit(w.daysAgo(5, 200), rng.between(25, 499));
            break;
        case Story::CreditDormant:
            w.credit(w.daysAgo(1100, 1600), rng.between(100, 4000));
            break;
        case Story::WrittenOff:
        case Story::WrittenOffPaid:
            writeWriteoff(w, rng, asOf, story == Story::WrittenOffPaid);
            break;
        case Story::Eligible:
            writeEligible(w, rng);
            break;
    }
}

Story drawStory(Rng& rng) {
    std::int64_t roll = rng.between(1, 1000);
    for (const auto& [story, share] : kShares) {
        if (roll <= share) return story;
        roll -= share;
    }
    return Story::Settled;
}

}  // namespace frontdesk::demo
