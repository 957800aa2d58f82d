#pragma once

// The account histories of the demo clinic: each patient is given a story (settled, a small
// balance, a credit, a write-off...) written as ledger entries and reminders. Private to the
// demo's own files.

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk::demo {

// Deterministic for a seed on every platform: only the engine's raw output is used.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(m_engine() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool percent(int p) { return between(1, 100) <= p; }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(between(0, N - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

// The account history a patient is given; the shares (per 1000) make a believable clinic.
enum class Story : std::uint8_t {
    Settled,
    New,
    Small,
    RemindedPaid,
    Due,
    Pending,
    CreditRefund,
    CreditSoon,
    CreditLater,
    CreditDormant,
    WrittenOff,
    WrittenOffPaid,
    Eligible,
};
inline constexpr std::array<std::pair<Story, int>, 13> kShares{{
    {Story::Settled, 550},
    {Story::New, 80},
    {Story::Small, 110},
    {Story::RemindedPaid, 40},
    {Story::Due, 60},
    {Story::Pending, 40},
    {Story::CreditRefund, 20},
    {Story::CreditSoon, 15},
    {Story::CreditLater, 10},
    {Story::CreditDormant, 5},
    {Story::WrittenOff, 25},
    {Story::WrittenOffPaid, 15},
    {Story::Eligible, 30},
}};

// What the clinic builder stores next, in one batch each.
struct Chunk {
    std::vector<Patient> patients;
    std::vector<NewEntry> entries;
    std::vector<ReminderInput> reminders;
};

// Writes one patient's account history as ledger entries and reminders.
class AccountWriter {
public:
    AccountWriter(Rng& rng, Chunk& chunk, const std::string& mrn, Date asOf)
        : m_rng(rng), m_chunk(chunk), m_mrn(mrn), m_asOf(asOf) {}

    // An entry dated `on`, or the as-of day when `on` is later.
    void entry(Date on, EntryKind kind, std::int64_t cents, const char* memo);
    // A visit billed to insurance; returns the day the patient's share was transferred.
    Date visit(Date on, std::int64_t share, bool adjudicated = true);
    // `count` visits, all paid, the newest at least `newestDaysAgo` days before the as-of day.
    void paidVisits(int count, int newestDaysAgo);
    // A visit that leaves `remainder` owed since `opened`.
    void openBalance(Date opened, std::int64_t remainder);
    // A copay paid with `overpaid` cents too many.
    void credit(Date on, std::int64_t overpaid);
    // A reminder at the kiosk, the desk or on the phone.
    void remind(Date on, ReminderOutcome outcome);
    // A day from `lo` to `hi` days before the as-of day.
    Date daysAgo(std::int64_t lo, std::int64_t hi);

private:
    Rng& m_rng;
    Chunk& m_chunk;
    const std::string& m_mrn;
    Date m_asOf;
    int m_next = 1;
};

// Writes the history of `story` (after a few older paid visits for most stories).
void writeStory(Story story, AccountWriter& w, Rng& rng, Date asOf);

// A story drawn by the shares of kShares.
Story drawStory(Rng& rng);

}  // namespace frontdesk::demo
