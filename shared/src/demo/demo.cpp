#include "frontdesk/demo/demo.h"
#include "frontdesk/store/private_files.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <random>

#include "frontdesk/config/paths.h"
#include "frontdesk/domain/prompt.h"

namespace frontdesk {
namespace {

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
constexpr std::array<std::pair<Story, int>, 13> kShares{{
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

constexpr std::array<const char*, 24> kFamilyNames{
    "Garcia",  "Smith",      "Popescu", "Johnson", "Muñoz", "Ionescu", "Williams", "Hernández",
    "Brown",   "Ștefănescu", "Lee",     "Nguyen",  "Peña",  "Miller",  "Țurcanu",  "Davis",
    "O'Brien", "Rodríguez",  "Wilson",  "Dumitru", "Patel", "Kim",     "Martínez", "Anderson"};
constexpr std::array<const char*, 32> kGivenNames{
    "Maria",  "James",  "Ana",    "John",    "Elena",     "David",  "Sofía",  "Michael",
    "Ioana",  "Robert", "Lucía",  "William", "Andrei",    "Linda",  "José",   "Emily",
    "Mihai",  "Sarah",  "Carmen", "Daniel",  "Alexandra", "Thomas", "Isabel", "Chris",
    "Raluca", "Grace",  "Luis",   "Hannah",  "Tudor",     "Olivia", "Zoë",    "Ben"};
constexpr std::array<const char*, 6> kProviders{"Dr. Lee",     "Dr. Patel",  "Dr. García",
                                                "Dr. Ionescu", "Dr. Okafor", "Dr. Novak"};

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

    void entry(Date on, EntryKind kind, std::int64_t cents, const char* memo) {
        m_chunk.entries.push_back({"demo-" + m_mrn + "-" + std::to_string(m_next++), m_mrn,
                                   std::min(on, m_asOf), kind, Cents(cents), memo});
    }

    // A visit billed to insurance; returns the day the patient's share was transferred.
    Date visit(Date on, std::int64_t share, bool adjudicated = true) {
        const std::int64_t charge =
            share + m_rng.between(120, 420) * 100 + m_rng.between(0, 3) * 25;
        entry(on, EntryKind::ChargeInsurance, charge, "office visit");
        if (!adjudicated) return on;
        const Date paid = on.plusDays(static_cast<std::int32_t>(m_rng.between(12, 30)));
        const std::int64_t rest = charge - share;
        const std::int64_t insurerPays = rest * m_rng.between(55, 85) / 100;
        if (insurerPays > 0)
            entry(paid, EntryKind::InsurancePayment, insurerPays, "insurance payment");
        if (rest > insurerPays)
            entry(paid, EntryKind::InsuranceAdjustment, rest - insurerPays, "contractual");
        if (share > 0) entry(paid, EntryKind::TransferToPatient, share, "patient responsibility");
        return paid;
    }

    void paidVisits(int count, int newestDaysAgo) {
        for (int i = count; i >= 1; --i) {
            const Date on = m_asOf.plusDays(
                -static_cast<std::int32_t>(newestDaysAgo + i * m_rng.between(60, 150)));
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

    // A visit that leaves `remainder` owed since `opened`.
    void openBalance(Date opened, std::int64_t remainder) {
        const std::int64_t paid = m_rng.percent(50) ? m_rng.between(1, 40) * 100 : 0;
        visit(opened.plusDays(-static_cast<std::int32_t>(m_rng.between(12, 30))), remainder + paid);
        if (paid > 0) entry(opened.plusDays(3), EntryKind::PatientPayment, paid, "partial payment");
    }

    void credit(Date on, std::int64_t overpaid) {
        const std::int64_t copay = m_rng.between(2, 8) * 500;
        entry(on, EntryKind::ChargePatient, copay, "copay");
        entry(on, EntryKind::PatientPayment, copay + overpaid, "payment");
    }

    void remind(Date on, ReminderOutcome outcome) {
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

    Date daysAgo(std::int64_t lo, std::int64_t hi) {
        return m_asOf.plusDays(-static_cast<std::int32_t>(m_rng.between(lo, hi)));
    }

private:
    Rng& m_rng;
    Chunk& m_chunk;
    const std::string& m_mrn;
    Date m_asOf;
    int m_next = 1;
};

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

void writeStory(Story story, AccountWriter& w, Rng& rng, Date asOf) {
    if (story != Story::New && story != Story::CreditDormant)
        w.paidVisits(static_cast<int>(rng.between(0, 8)), 240);
    switch (story) {
        case Story::Settled:
            w.paidVisits(1, static_cast<int>(rng.between(20, 200)));
            break;
        case Story::New:
            break;
        case Story::Small: {
            const Date opened = w.daysAgo(3, 220);
            w.openBalance(opened, rng.between(50, 1000));
            remindSince(w, rng, opened, asOf, static_cast<int>(rng.between(0, 3)));
            break;
        }
        case Story::RemindedPaid: {  // reminded at a visit or on a call, then paid
            const std::int64_t remainder = rng.between(50, 1000);
            const Date opened = w.daysAgo(40, 200);
            w.openBalance(opened, remainder);
            const Date reminded = opened.plusDays(static_cast<std::int32_t>(rng.between(5, 25)));
            w.remind(reminded, ReminderOutcome::WillPayAtDesk);
            w.entry(reminded.plusDays(static_cast<std::int32_t>(rng.between(0, 20))),
                    EntryKind::PatientPayment, remainder, "paid after reminder");
            break;
        }
        case Story::Due: {
            const Date opened = w.daysAgo(10, 200);
            w.openBalance(opened, rng.between(1001, 45000));
            remindSince(w, rng, opened, asOf, static_cast<int>(rng.between(0, 2)));
            break;
        }
        case Story::Pending:
            w.visit(w.daysAgo(5, 40), 0, false);
            if (rng.percent(50))
                w.entry(w.daysAgo(5, 40), EntryKind::ChargePatient, rng.between(2, 8) * 500,
                        "copay");
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
        case Story::Eligible: {
            const Date opened = w.daysAgo(125, 300);
            w.openBalance(opened, rng.between(50, 999));
            w.remind(opened.plusDays(20), ReminderOutcome::Shown);
            w.remind(opened.plusDays(60), ReminderOutcome::Promised);
            break;
        }
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

std::string mrnOf(std::size_t index) {
    return std::to_string(100001 + index);
}

}  // namespace

namespace {

class ClinicBuilder {
public:
    ClinicBuilder(Store& store, const DemoOptions& options)
        : m_store(store), m_options(options), m_rng(options.seed) {}

    Result<DemoSummary> build() {
        auto count = m_store.patientCount();
        if (!count) return tl::unexpected(count.error());
        if (*count > 0)
            return fail(ErrorCode::Conflict, "the database already holds " +
                                                 std::to_string(*count) +
                                                 " patients; the demo clinic needs an empty one");
        while (m_stories.size() < m_options.patients) {
            addFamily();
            if (m_chunk.patients.size() >= 5000)
                if (auto ok = flush(); !ok) return tl::unexpected(ok.error());
        }
        if (auto ok = flush(); !ok) return tl::unexpected(ok.error());
        if (auto ok = addAppointments(); !ok) return tl::unexpected(ok.error());
        if (auto ok = countStates(); !ok) return tl::unexpected(ok.error());
        return m_summary;
    }

private:
    Date birthDate(bool child) {
        const std::int64_t years = child ? m_rng.between(1, 17) : m_rng.between(20, 80);
        return m_options.asOf.plusDays(
            -static_cast<std::int32_t>(years * 365 + m_rng.between(0, 364)));
    }

    std::string phone() { return "555" + std::to_string(m_rng.between(1000000, 9999999)); }

    void addPatient(const std::string& family, const std::string& given, Date born,
                    const std::string& phone, const std::string& language,
                    const std::string& guarantor) {
        const std::string mrn = mrnOf(m_stories.size());
        m_chunk.patients.push_back({mrn, family, given, born, phone, language, guarantor});
        const Story story = drawStory(m_rng);
        m_stories.push_back(story);
        AccountWriter writer(m_rng, m_chunk, m_chunk.patients.back().mrn, m_options.asOf);
        if (m_options.olderPaidVisits > 0)  // before the story, which ends at most 1,440 days ago
            writer.paidVisits(static_cast<int>(m_rng.between(0, m_options.olderPaidVisits)), 1500);
        writeStory(story, writer, m_rng, m_options.asOf);
    }

    void addFamily() {
        static constexpr std::array<const char*, 10> kLanguages{"en", "en", "en", "en", "en",
                                                                "en", "en", "es", "es", "ro"};
        const std::string family = m_rng.pick(kFamilyNames);
        const std::string language = m_rng.pick(kLanguages);
        const std::string home = phone();
        const std::string guarantor = mrnOf(m_stories.size());
        addPatient(family, m_rng.pick(kGivenNames), birthDate(false), home, language, "");
        const std::size_t left = m_options.patients - m_stories.size();
        if (left == 0 || !m_rng.percent(30)) return;
        ++m_summary.families;
        const auto members =
            std::min<std::size_t>(left, static_cast<std::size_t>(m_rng.between(1, 4)));
        const bool twins = members >= 2 && m_rng.percent(8);
        for (std::size_t i = 0; i < members; ++i) {
            const Date born =
                twins && i == 1 ? m_chunk.patients.back().birthDate : birthDate(i > 0);
            std::string given = m_rng.pick(kGivenNames);
            // twins share a birth date and a family name; their initials differ
            while (twins && i == 1 && given.front() == m_chunk.patients.back().givenName.front())
                given = m_rng.pick(kGivenNames);
            addPatient(family, given, born, i == 0 ? phone() : home, language, guarantor);
        }
    }

    Result<void> flush() {
        for (auto put : {&ClinicBuilder::putPatients, &ClinicBuilder::putEntries,
                         &ClinicBuilder::putReminders})
            if (auto ok = (this->*put)(); !ok) return ok;
        m_summary.patients += m_chunk.patients.size();
        m_summary.ledgerEntries += m_chunk.entries.size();
        m_summary.reminders += m_chunk.reminders.size();
        m_chunk = Chunk{};
        return {};
    }
    Result<void> putPatients() { return checked(m_store.putPatients(m_chunk.patients)); }
    Result<void> putEntries() { return checked(m_store.postEntries(m_chunk.entries)); }
    Result<void> putReminders() { return m_store.recordReminders(m_chunk.reminders); }

    static Result<void> checked(const Result<BatchOutcome>& outcome) {
        if (!outcome) return tl::unexpected(outcome.error());
        if (!outcome->problems.empty())
            return fail(ErrorCode::BadInput, "demo data rejected: " + outcome->problems[0].reason);
        return {};
    }

    // Patients seen today: first one of each story, so that every state is on the worklist.
    std::vector<std::size_t> todaysPatients(std::size_t count) {
        std::vector<std::size_t> chosen;
        std::vector<bool> taken(m_stories.size(), false);
        for (const auto& [story, share] : kShares) {
            const auto it = std::find(m_stories.begin(), m_stories.end(), story);
            if (it != m_stories.end() && story != Story::CreditLater && chosen.size() < count) {
                const auto index = static_cast<std::size_t>(it - m_stories.begin());
                chosen.push_back(index);
                taken[index] = true;
            }
        }
        for (int tries = 0; chosen.size() < count && tries < 100000; ++tries) {
            const auto i = static_cast<std::size_t>(
                m_rng.between(0, static_cast<std::int64_t>(m_stories.size()) - 1));
            if (taken[i] || m_stories[i] == Story::CreditLater) continue;
            taken[i] = true;
            chosen.push_back(i);
        }
        return chosen;
    }

    Appointment slot(std::size_t patient, Date day, std::size_t index, std::size_t providers,
                     AppointmentStatus status) {
        const std::size_t minutes = 8 * 60 + (index / providers) * 15;
        char start[32];
        std::snprintf(start, sizeof start, "%sT%02zu:%02zu", day.iso().c_str(), minutes / 60,
                      minutes % 60);
        const std::size_t provider = index % providers % kProviders.size();
        return {"A" + std::to_string(++m_appointmentIds),
                mrnOf(patient),
                start,
                m_rng.percent(80) ? 15 : 30,
                kProviders[provider],
                "Room " + std::to_string(provider + 1),
                status};
    }

    Result<void> addAppointments() {
        std::size_t perDay = m_options.appointmentsToday;
        if (perDay == 0) perDay = std::clamp<std::size_t>(m_options.patients / 50, 12, 200);
        perDay = std::min(perDay, m_options.patients);
        const std::size_t providers = std::max<std::size_t>(2, (perDay + 35) / 36);
        std::vector<Appointment> list;
        const auto today = todaysPatients(perDay);
        for (std::size_t i = 0; i < today.size(); ++i) {
            const auto status =
                i < today.size() / 8 ? AppointmentStatus::CheckedIn : AppointmentStatus::Booked;
            list.push_back(slot(today[i], m_options.asOf, i, providers, status));
        }
        m_summary.appointmentsToday = today.size();
        for (int d = -7; d <= 30; ++d) {
            const Date day = m_options.asOf.plusDays(d);
            if (d == 0 || (day.days() + 4) % 7 == 0) continue;  // today is done; no Sundays
            for (std::size_t i = 0; i < perDay * 3 / 4; ++i) {
                const auto p = static_cast<std::size_t>(
                    m_rng.between(0, static_cast<std::int64_t>(m_stories.size()) - 1));
                if (m_stories[p] == Story::CreditLater) continue;
                const auto status = d > 0               ? AppointmentStatus::Booked
                                    : m_rng.percent(90) ? AppointmentStatus::Fulfilled
                                                        : AppointmentStatus::NoShow;
                list.push_back(slot(p, day, i, providers, status));
            }
        }
        // every small credit meant for the next visit gets one within the month
        for (std::size_t p = 0; p < m_stories.size(); ++p)
            if (m_stories[p] == Story::CreditSoon)
                list.push_back(slot(
                    p, m_options.asOf.plusDays(static_cast<std::int32_t>(m_rng.between(1, 30))),
                    static_cast<std::size_t>(m_rng.between(0, 30)), providers,
                    AppointmentStatus::Booked));
        m_summary.appointments = list.size();
        return checked(m_store.putAppointments(list));
    }

    Result<void> countStates() {
        if (m_options.patients > 100000) return {};  // a benchmark clinic: skip the census
        for (std::size_t i = 0; i < m_stories.size(); ++i) {
            auto standing = m_store.standing(mrnOf(i), m_options.asOf);
            if (!standing) return tl::unexpected(standing.error());
            ++m_summary.states[decidePrompt(*standing, Policy{}, Audience::Desk, Language::En,
                                            m_options.asOf)
                                   .state];
        }
        return {};
    }

    Store& m_store;
    DemoOptions m_options;
    Rng m_rng;
    Chunk m_chunk;
    std::vector<Story> m_stories;
    std::size_t m_appointmentIds = 0;
    DemoSummary m_summary;
};

}  // namespace

Result<DemoSummary> buildDemoClinic(Store& store, const DemoOptions& options) {
    if (options.patients == 0) return fail(ErrorCode::BadInput, "--patients must be at least 1");
    return ClinicBuilder(store, options).build();
}

std::string builtInDemoPath() {
    return dataDirectory() + "/demo-clinic.db";
}

Result<void> prepareDemoClinic(const std::string& path, Date asOf) {
    makePrivateFolders(std::filesystem::path(path).parent_path());  // Store::open says why not
    {
        auto store = Store::open(path);
        if (store) {
            auto today = store->appointmentsOn(asOf);
            if (today && !today->empty()) return {};
        }
    }
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
    auto store = Store::open(path);
    if (!store) return tl::unexpected(store.error());
    DemoOptions demo;
    demo.asOf = asOf;
    auto built = buildDemoClinic(*store, demo);
    if (!built) return tl::unexpected(built.error());
    return {};
}

}  // namespace frontdesk
