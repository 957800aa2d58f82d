#include "frontdesk/domain/reminder_log.h"

#include <algorithm>
#include <charconv>

namespace frontdesk {
namespace {

constexpr std::size_t kDateLength = 10;  // YYYY-MM-DD

struct EntryText {
    std::string_view date;
    std::int64_t id = 0;
    bool disputed = false;
};

std::optional<EntryText> splitEntry(std::string_view entry) {
    EntryText e;
    if (entry.size() < kDateLength + 2 || entry[kDateLength] != '#') return std::nullopt;
    e.date = entry.substr(0, kDateLength);
    std::string_view id = entry.substr(kDateLength + 1);
    if (id.back() == '!') {
        e.disputed = true;
        id.remove_suffix(1);
    }
    const auto r = std::from_chars(id.data(), id.data() + id.size(), e.id);
    if (r.ec != std::errc() || r.ptr != id.data() + id.size() || e.id <= 0) return std::nullopt;
    return e;
}

// Calls f(entry text) for each ','-separated entry of a non-empty log.
template <typename F>
void forEachEntry(std::string_view log, F&& f) {
    if (log.empty()) return;
    for (;;) {
        const std::size_t comma = log.find(',');
        f(log.substr(0, comma));
        if (comma == std::string_view::npos) return;
        log.remove_prefix(comma + 1);
    }
}

}  // namespace

bool countsAsBalanceReminder(ReminderOutcome outcome) {
    switch (outcome) {
        case ReminderOutcome::NotAppropriate:
        case ReminderOutcome::ApplyCredit:
        case ReminderOutcome::RefundRequested:
            return false;
        case ReminderOutcome::Shown:
        case ReminderOutcome::WillPayAtDesk:
        case ReminderOutcome::Paid:
        case ReminderOutcome::Promised:
        case ReminderOutcome::Disputed:
        case ReminderOutcome::Declined:
            return true;
    }
    return true;
}

std::string encodeReminderLogEntry(const LoggedReminder& reminder) {
    std::string entry = reminder.on.iso() + '#' + std::to_string(reminder.id);
    if (reminder.disputed) entry += '!';
    return entry;
}

std::optional<std::vector<LoggedReminder>> decodeReminderLog(std::string_view log) {
    std::vector<LoggedReminder> out;
    bool ok = true;
    forEachEntry(log, [&](std::string_view entry) {
        const auto e = splitEntry(entry);
        const auto on = e ? parseDate(e->date) : fail(ErrorCode::BadInput, "no entry");
        // only the spelling encodeReminderLogEntry writes
        if (!on || on->iso() != e->date) {
            ok = false;
            return;
        }
        out.push_back({*on, e->id, e->disputed});
    });
    if (!ok) return std::nullopt;
    std::sort(out.begin(), out.end(), [](const LoggedReminder& a, const LoggedReminder& b) {
        return a.on != b.on ? a.on < b.on : a.id < b.id;
    });
    return out;
}

RemindersSince remindersSince(std::string_view log, Date since) {
    const std::string sinceText = since.iso();  // ISO dates order as text
    RemindersSince out;
    std::string_view latestDate;
    std::int64_t latestId = 0;
    forEachEntry(log, [&](std::string_view entry) {
        const auto e = splitEntry(entry);
        if (!e || e->date < std::string_view(sinceText)) return;
        ++out.count;
        if (e->date > latestDate || (e->date == latestDate && e->id > latestId)) {
            latestDate = e->date;
            latestId = e->id;
            out.latestDisputed = e->disputed;
        }
    });
    return out;
}

}  // namespace frontdesk
