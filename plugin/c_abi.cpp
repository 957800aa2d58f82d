// The C ABI (include/frontdesk_plugin.h) over the core. Every entry point catches everything:
// no exception crosses into C.
#include "frontdesk_plugin.h"

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>

#include "frontdesk/config/config.h"
#include "frontdesk/config/paths.h"
#include "frontdesk/domain/prompt_json.h"
#include "frontdesk/store/lookup.h"

struct frontdesk_plugin {
    std::mutex mutex;  // one connection per handle: calls on it take turns
    frontdesk::Config config;
    frontdesk::Store store;
};

namespace {

using namespace frontdesk;

thread_local std::string lastError;

int failWith(int status, std::string message) {
    lastError = std::move(message);
    return status;
}

int statusOf(const Error& e) {
    switch (e.code) {
        case ErrorCode::NotFound:
            return FRONTDESK_PLUGIN_NOT_FOUND;
        case ErrorCode::Storage:
            return FRONTDESK_PLUGIN_STORAGE;
        case ErrorCode::Unsupported:
            return FRONTDESK_PLUGIN_UNSUPPORTED;
        default:
            return FRONTDESK_PLUGIN_BAD_INPUT;
    }
}

std::string text(const char* s, const char* fallback = "") {
    return s && *s ? s : fallback;
}

// The day: "YYYY-MM-DD", or today in the clinic's time zone when not given.
Result<Date> dayOf(const char* asOf, const frontdesk_plugin& p) {
    if (!asOf || !*asOf) return todayIn(p.config.clinic.timeZone);
    auto date = parseDate(asOf);
    if (!date) return fail(ErrorCode::BadInput, "as_of: " + date.error().message);
    return date;
}

// The MRN of "Patient/<ehr id>" (through the mapping learned by the CDS Hooks service), or
// the text itself.
Result<std::string> mrnOf(const char* patient, frontdesk_plugin& p) {
    const std::string ref = text(patient);
    if (ref.empty()) return fail(ErrorCode::BadInput, "patient is missing");
    if (ref.rfind("Patient/", 0) != 0) return ref;
    auto mrn = p.store.mrnForEhrPatient(ref.substr(8));
    if (!mrn) return tl::unexpected(mrn.error());
    if (!*mrn) return fail(ErrorCode::NotFound, "no patient with that EHR id");
    return **mrn;
}

char* duplicate(const std::string& s) {
    char* out = static_cast<char*>(std::malloc(s.size() + 1));
    if (out) std::memcpy(out, s.c_str(), s.size() + 1);
    return out;
}

char* promptJson(frontdesk_plugin& p, const char* patient, const char* audience,
                 const char* language, const char* asOf, const char* userId) {
    const auto who = parseChannel(text(audience));
    if (!who)
        return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "audience must be kiosk, desk or phone"),
               nullptr;
    const auto lang = parseLanguage(text(language, "en"));
    if (!lang)
        return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "language must be en, es or ro"), nullptr;
    std::lock_guard lock(p.mutex);
    auto day = dayOf(asOf, p);
    if (!day) return failWith(statusOf(day.error()), day.error().message), nullptr;
    auto mrn = mrnOf(patient, p);
    if (!mrn) return failWith(statusOf(mrn.error()), mrn.error().message), nullptr;
    BalanceLookup lookup(p.store, p.config.policy);
    auto prompt = lookup.prompt(*mrn, *who, *lang, *day, text(userId, "plugin"));
    if (!prompt) return failWith(statusOf(prompt.error()), prompt.error().message), nullptr;
    char* out = duplicate(promptToJson(*prompt).dump());
    if (!out) failWith(FRONTDESK_PLUGIN_STORAGE, "out of memory");
    return out;
}

int recordOutcome(frontdesk_plugin& p, const char* patient, const char* channel,
                  const char* outcome, const char* staffId, const char* asOf, const char* note) {
    const auto via = parseChannel(text(channel));
    if (!via) return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "channel must be kiosk, desk or phone");
    const auto said = parseReminderOutcome(text(outcome));
    if (!said) return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "outcome is not a reminder outcome");
    if (text(staffId).empty()) return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "staff_id is missing");
    std::lock_guard lock(p.mutex);
    auto day = dayOf(asOf, p);
    if (!day) return failWith(statusOf(day.error()), day.error().message);
    auto mrn = mrnOf(patient, p);
    if (!mrn) return failWith(statusOf(mrn.error()), mrn.error().message);
    const ReminderInput r{*mrn, *day, *via, *said, text(staffId), text(note), {}};
    if (auto ok = p.store.recordReminder(r); !ok)
        return failWith(statusOf(ok.error()), ok.error().message);
    return FRONTDESK_PLUGIN_OK;
}

}  // namespace

extern "C" {

int frontdesk_plugin_api_version(void) {
    return FRONTDESK_PLUGIN_API_VERSION;
}

frontdesk_plugin* frontdesk_plugin_open(const char* config_path, const char* db_path) {
    lastError.clear();
    try {
        auto config = loadConfig(text(config_path));
        if (!config) return failWith(FRONTDESK_PLUGIN_BAD_INPUT, config.error().message), nullptr;
        auto store = Store::open(text(db_path, defaultDatabasePath().c_str()));
        if (!store) return failWith(statusOf(store.error()), store.error().message), nullptr;
        return new frontdesk_plugin{{}, std::move(*config), std::move(*store)};
    } catch (...) {
        return failWith(FRONTDESK_PLUGIN_STORAGE, "the clinic could not be opened"), nullptr;
    }
}

char* frontdesk_plugin_prompt_json(frontdesk_plugin* plugin, const char* patient,
                                   const char* audience, const char* language, const char* as_of,
                                   const char* user_id) {
    lastError.clear();
    if (!plugin) return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "plugin is NULL"), nullptr;
    try {
        return promptJson(*plugin, patient, audience, language, as_of, user_id);
    } catch (...) {
        return failWith(FRONTDESK_PLUGIN_STORAGE, "the prompt could not be made"), nullptr;
    }
}

int frontdesk_plugin_record_outcome(frontdesk_plugin* plugin, const char* patient,
                                    const char* channel, const char* outcome, const char* staff_id,
                                    const char* as_of, const char* note) {
    lastError.clear();
    if (!plugin) return failWith(FRONTDESK_PLUGIN_BAD_INPUT, "plugin is NULL");
    try {
        return recordOutcome(*plugin, patient, channel, outcome, staff_id, as_of, note);
    } catch (...) {
        return failWith(FRONTDESK_PLUGIN_STORAGE, "the outcome could not be recorded");
    }
}

const char* frontdesk_plugin_last_error(void) {
    return lastError.c_str();
}

void frontdesk_plugin_free(char* text) {
    std::free(text);
}

void frontdesk_plugin_close(frontdesk_plugin* plugin) {
    try {
        delete plugin;
    } catch (...) {
    }
}

}  // extern "C"
