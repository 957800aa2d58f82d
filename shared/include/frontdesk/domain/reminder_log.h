#pragma once

// The balance reminders a patient's summary keeps (patient_summary.balance_reminders), so that
// a prompt counts the reminders since the balance opened without reading the reminder table.
//
// Text form: one "YYYY-MM-DD#id" entry per reminder, '!' after a disputed one, joined by ','
// in any order (the migration that fills it cannot order them); the id orders reminders of
// the same day.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/domain/date.h"
#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

// Whether a reminder with this outcome counts towards the small-balance policy. The ones about
// something else (a credit, or a moment that was not right) do not.
bool countsAsBalanceReminder(ReminderOutcome outcome);

struct LoggedReminder {
    Date on;
    std::int64_t id = 0;
    bool disputed = false;
    friend bool operator==(const LoggedReminder&, const LoggedReminder&) = default;
};

std::string encodeReminderLogEntry(const LoggedReminder& reminder);

// The entries sorted by date and id; nullopt when the text is not of the form above.
std::optional<std::vector<LoggedReminder>> decodeReminderLog(std::string_view log);

struct RemindersSince {
    int count = 0;
    bool latestDisputed = false;  // the latest of them (by date, then id) is a dispute
};

// The entries on or after `since`, read without allocating (a prompt does this per lookup).
// Malformed entries are skipped; verify reports them.
RemindersSince remindersSince(std::string_view log, Date since);

}  // namespace frontdesk
