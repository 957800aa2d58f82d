#include "frontdesk/demo/demo.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include "demo/account_story.h"
#include "frontdesk/config/paths.h"
#include "frontdesk/domain/prompt.h"
#include "frontdesk/runs/statement_run.h"
#include "frontdesk/store/database_file.h"
#include "frontdesk/store/private_files.h"

namespace frontdesk {
namespace {

using demo::AccountWriter;
using demo::Chunk;
using demo::drawStory;
using demo::kShares;
using demo::Rng;
using demo::Story;
using demo::writeStory;

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

std::string mrnOf(std::size_t index) {
    return std::to_string(100001 + index);
}

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
        if (auto ok = recordStatementRuns(); !ok) return tl::unexpected(ok.error());
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
        const std::size_t minutes = std::size_t{8} * 60 + (index / providers) * 15;
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

    // The monthly statement runs a practice would have recorded over the last year: on the
    // 1st of each month, from the ledger as it stood that day, recorded at the day's end.
    Result<void> recordStatementRuns() {
        if (m_options.patients > 100000) return {};  // a benchmark clinic: none
        const long thisMonth = m_options.asOf.year() * 12L + m_options.asOf.month() - 1;
        for (long month = thisMonth - 11; month <= thisMonth; ++month) {
            const Date first = Date::fromCivil(static_cast<int>(month / 12),
                                               static_cast<unsigned>(month % 12 + 1), 1);
            const UnixSeconds at = static_cast<UnixSeconds>(first.days() + 1) * 86400 - 60;
            if (auto run = recordStatements(m_store, Policy{}, first, at); !run)
                return tl::unexpected(run.error());
        }
        return {};
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

namespace {

// Refuses a database that holds patients (when it exists: nothing is created to find out).
Result<void> checkNoPatients(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return {};
    auto store = Store::open(path);
    if (!store) return tl::unexpected(store.error());
    auto count = store->patientCount();
    if (!count) return tl::unexpected(count.error());
    if (*count > 0)
        return fail(ErrorCode::Conflict, "the database already holds " + std::to_string(*count) +
                                             " patients; the demo clinic needs an empty one");
    return {};
}

// Builds into `building`, then leaves it whole in its one file and closed.
Result<DemoSummary> buildInto(const std::filesystem::path& building, const DemoOptions& options) {
    auto store = Store::open(building);
    if (!store) return tl::unexpected(store.error());
    auto built = buildDemoClinic(*store, options);
    if (!built) return built;
    if (auto closed = store->closeForMove(); !closed) return tl::unexpected(closed.error());
    return built;
}

}  // namespace

Result<DemoSummary> buildDemoClinicFile(const std::string& path, const DemoOptions& options,
                                        bool replace) {
    if (!replace)
        if (auto empty = checkNoPatients(path); !empty) return tl::unexpected(empty.error());
    makePrivateFolders(std::filesystem::path(path).parent_path());  // Store::open says why not
    removeStaleBuilds(path);
    const auto building = buildingPathFor(path);
    auto built = buildInto(building, options);
    if (built) {
        if (auto moved = replaceDatabaseFile(building, path); !moved)
            built = tl::unexpected(moved.error());
    }
    if (!built) removeDatabaseFiles(building);
    return built;
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
    DemoOptions demo;
    demo.asOf = asOf;
    auto built = buildDemoClinicFile(path, demo, true);
    if (!built) return tl::unexpected(built.error());
    return {};
}

}  // namespace frontdesk
