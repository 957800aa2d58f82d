#pragma once

// What a clinic's database holds, read with plain SQL on a read-only connection of its own
// (not through the code under test). Throws std::runtime_error when the file cannot be read.

#include <optional>
#include <string>

namespace frontdesk::test {

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
    const std::string& path() const { return m_path; }

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

}  // namespace frontdesk::test
