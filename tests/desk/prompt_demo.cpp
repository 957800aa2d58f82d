#include "prompt_demo.h"

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <stdexcept>

#include "frontdesk/demo/demo.h"
#include "frontdesk/domain/prompt.h"

namespace frontdesk::ui::test {
namespace {

// One read-only query; the tests fail loudly (an exception) when the file cannot be read.
class Query {
public:
    Query(const std::string& path, const char* sql) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("test query: ") + sqlite3_errmsg(m_db));
    }
    ~Query() {
        sqlite3_finalize(m_statement);
        sqlite3_close(m_db);
    }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(int index, const std::string& value) {
        sqlite3_bind_text(m_statement, index, value.c_str(), -1, SQLITE_TRANSIENT);
        return *this;
    }
    bool step() {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw std::runtime_error(std::string("test query: ") + sqlite3_errmsg(m_db));
        return rc == SQLITE_ROW;
    }
    std::string text(int column) {
        const auto* value = sqlite3_column_text(m_statement, column);
        return value ? reinterpret_cast<const char*>(value) : "";
    }
    int integer(int column) { return sqlite3_column_int(m_statement, column); }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

}  // namespace

Date promptTestDay() { return Date::fromCivil(2026, 11, 26); }

Result<void> buildPromptDemo(const std::string& path, Date day) {
    auto store = Store::open(path);
    if (!store) return tl::unexpected(store.error());
    DemoOptions options;
    options.asOf = day;
    auto built = buildDemoClinic(*store, options);
    if (!built) return tl::unexpected(built.error());
    return {};
}

Result<PromptDemoPatients> PromptDemoPatients::read(Store& store, Date day) {
    // Patients with money, and the day's patients (most of whom owe nothing).
    std::set<std::string> mrns;
    auto open = store.forEachOpenSummary([&](const SummaryRow& row) { mrns.insert(row.mrn); });
    if (!open) return tl::unexpected(open.error());
    auto booked = store.appointmentsOn(day);
    if (!booked) return tl::unexpected(booked.error());
    for (const AppointmentView& view : *booked) mrns.insert(view.appointment.mrn);

    PromptDemoPatients patients;
    for (const std::string& mrn : mrns) {
        auto standing = store.standing(mrn, day);
        if (!standing) return tl::unexpected(standing.error());
        const Prompt prompt = decidePrompt(*standing, Policy{}, Audience::Desk, Language::En, day);
        if (prompt.suppressedUntil)
            patients.m_cooling.push_back(mrn);
        else
            patients.m_ready[prompt.state].push_back(mrn);
    }
    return patients;
}

std::optional<std::string> PromptDemoPatients::take(PromptState state) {
    auto& ready = m_ready[state];
    if (ready.empty()) return std::nullopt;
    std::string mrn = ready.front();
    ready.pop_front();
    return mrn;
}

std::optional<std::string> PromptDemoPatients::takeInCooldown() {
    if (m_cooling.empty()) return std::nullopt;
    std::string mrn = m_cooling.front();
    m_cooling.pop_front();
    return mrn;
}

std::optional<StoredReminder> ClinicFile::lastReminder(const std::string& mrn) const {
    Query q(m_path,
            "SELECT r.on_date, r.channel, r.outcome, r.staff_id, r.note FROM reminder r"
            " JOIN patient p ON p.id = r.patient_id WHERE p.mrn = ? ORDER BY r.id DESC LIMIT 1");
    if (!q.bind(1, mrn).step()) return std::nullopt;
    return StoredReminder{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
}

int ClinicFile::reminderCount(const std::string& mrn) const {
    Query q(m_path,
            "SELECT COUNT(*) FROM reminder r JOIN patient p ON p.id = r.patient_id"
            " WHERE p.mrn = ?");
    q.bind(1, mrn).step();
    return q.integer(0);
}

int ClinicFile::auditCount(const std::string& mrn, const std::string& actor,
                           const std::string& channel) const {
    Query q(m_path,
            "SELECT COUNT(*) FROM audit a JOIN patient p ON p.id = a.patient_id"
            " WHERE p.mrn = ?1 AND (?2 = '' OR a.actor = ?2) AND (?3 = '' OR a.channel = ?3)");
    q.bind(1, mrn).bind(2, actor).bind(3, channel).step();
    return q.integer(0);
}

int ClinicFile::auditCountOfUnknown() const {
    Query q(m_path, "SELECT COUNT(*) FROM audit WHERE patient_id IS NULL");
    q.step();
    return q.integer(0);
}

const std::string& promptDemoTemplate() {
    // Removed with its folder when the test program ends.
    struct Template {
        std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("frontdesk-demo-" + std::to_string(::getpid()));
        std::string db = (dir / "demo.db").string();
        Template() {
            std::filesystem::create_directories(dir);
            if (auto built = buildPromptDemo(db, promptTestDay()); !built)
                throw std::runtime_error(built.error().message);
        }
        ~Template() {
            std::error_code ignored;
            std::filesystem::remove_all(dir, ignored);
        }
    };
    static const Template made;
    return made.db;
}

}  // namespace frontdesk::ui::test
