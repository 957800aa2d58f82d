#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>

#include "frontdesk/store/store.h"

namespace frontdesk::ui::test {

// The day the prompt tests run on.
Date promptTestDay();

// Builds the demo clinic (2,000 patients, seed 1) for `day` into a new file at `path`.
Result<void> buildPromptDemo(const std::string& path, Date day);

// The demo clinic of promptTestDay(), built once per test program in a temp folder of its own;
// tests copy it rather than change it. Throws when it cannot be built.
const std::string& promptDemoTemplate();

// The demo clinic's patients by their desk prompt on a day, each handed out once so that an
// outcome recorded by one test does not change another's patient. Read without auditing.
class PromptDemoPatients {
public:
    static Result<PromptDemoPatients> read(Store& store, Date day);

    // The next unused patient whose desk prompt is in `state` and not in its cooldown.
    std::optional<std::string> take(PromptState state);
    // The next unused patient whose desk prompt is in its cooldown.
    std::optional<std::string> takeInCooldown();

private:
    std::map<PromptState, std::deque<std::string>> m_ready;
    std::deque<std::string> m_cooling;
};

// What the database holds, read with plain SQL on its own connection (not through the code
// under test).
struct StoredReminder {
    std::string onDate;
    std::string channel;
    std::string outcome;
    std::string staffId;
    std::string note;
};
class ClinicFile {
public:
    explicit ClinicFile(std::string path) : m_path(std::move(path)) {}
    // The patient's latest reminder; nullopt when none.
    std::optional<StoredReminder> lastReminder(const std::string& mrn) const;
    int reminderCount(const std::string& mrn) const;
    // Audit rows of the patient by an actor ("" for any) on a channel ("" for any).
    int auditCount(const std::string& mrn, const std::string& actor = {},
                   const std::string& channel = {}) const;
    // Audit rows naming no stored patient (lookups of unknown MRNs).
    int auditCountOfUnknown() const;

private:
    std::string m_path;
};

}  // namespace frontdesk::ui::test
