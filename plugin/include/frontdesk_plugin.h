/*
 * frontdesk_plugin.h: the C ABI of Front Desk for desktop scheduling systems that load native
 * plugins (libfrontdesk_plugin.so). Plain C: no C++ type or exception crosses it.
 *
 * The same answers as the CDS Hooks service and the kiosk: the prompt for a patient ("what
 * should we tell or remind this patient today?") as the JSON object of docs/prompt-json.md,
 * and the recording of what the patient said.
 *
 * Threads: every function may be called from any thread. Calls on the same handle are
 * serialized inside the library (one database connection per handle); calls on different
 * handles run concurrently. frontdesk_plugin_last_error() is per thread. Strings passed in
 * are UTF-8 and only read during the call.
 */
#ifndef FRONTDESK_PLUGIN_H
#define FRONTDESK_PLUGIN_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define FRONTDESK_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define FRONTDESK_PLUGIN_EXPORT
#endif

/* The version of this interface; it changes when a function changes incompatibly. */
#define FRONTDESK_PLUGIN_API_VERSION 1

/* Results of the functions that return an int. */
enum frontdesk_plugin_status {
    FRONTDESK_PLUGIN_OK = 0,
    FRONTDESK_PLUGIN_BAD_INPUT = 1,  /* an argument is missing or not one of the allowed values */
    FRONTDESK_PLUGIN_NOT_FOUND = 2,  /* no such patient */
    FRONTDESK_PLUGIN_STORAGE = 3,    /* the database could not be opened, read or written */
    FRONTDESK_PLUGIN_UNSUPPORTED = 4 /* e.g. a database from a newer Front Desk */
};

/* An open connection to a clinic's database; opaque. */
typedef struct frontdesk_plugin frontdesk_plugin;

/* FRONTDESK_PLUGIN_API_VERSION of the loaded library; compare it with the header's. */
FRONTDESK_PLUGIN_EXPORT int frontdesk_plugin_api_version(void);

/* Opens the clinic: `config_path` is its policy.toml (clinic.toml beside it is read too; NULL
 * or "" for the documented defaults), `db_path` its database (NULL or "" for the default,
 * ~/.local/share/frontdesk/frontdesk.db). Returns NULL on failure; then
 * frontdesk_plugin_last_error() says why. Close it with frontdesk_plugin_close(). */
FRONTDESK_PLUGIN_EXPORT frontdesk_plugin* frontdesk_plugin_open(const char* config_path,
                                                                const char* db_path);

/* The prompt for a patient as a JSON object (docs/prompt-json.md), or NULL on failure.
 * `patient` is the MRN, or "Patient/<id>" with the EHR's id of a patient the CDS Hooks
 * service has seen. `audience` is "kiosk", "desk" or "phone"; `language` "en", "es" or "ro"
 * (NULL: "en"); `as_of` "YYYY-MM-DD" (NULL: today in the clinic's time zone); `user_id` who
 * is asking, for the audit trail (NULL: "plugin"). Free the result with
 * frontdesk_plugin_free(). */
FRONTDESK_PLUGIN_EXPORT char* frontdesk_plugin_prompt_json(frontdesk_plugin* plugin,
                                                           const char* patient,
                                                           const char* audience,
                                                           const char* language, const char* as_of,
                                                           const char* user_id);

/* Records what the patient said: `channel` "kiosk", "desk" or "phone"; `outcome` one of
 * shown, will_pay_at_desk, paid, promised, disputed, declined, not_appropriate,
 * apply_credit, refund_requested; `staff_id` who recorded it; `as_of` the day (NULL: today);
 * `note` optional (NULL: none). Returns a frontdesk_plugin_status. */
FRONTDESK_PLUGIN_EXPORT int frontdesk_plugin_record_outcome(
    frontdesk_plugin* plugin, const char* patient, const char* channel, const char* outcome,
    const char* staff_id, const char* as_of, const char* note);

/* Why the last failed call on this thread failed ("" when none did). Valid until the next
 * call on this thread; never holds a name, birth date, phone number or amount. */
FRONTDESK_PLUGIN_EXPORT const char* frontdesk_plugin_last_error(void);

/* Frees a string returned by this library; NULL is ignored. */
FRONTDESK_PLUGIN_EXPORT void frontdesk_plugin_free(char* text);

/* Closes the clinic; NULL is ignored. No call may use the handle afterwards. */
FRONTDESK_PLUGIN_EXPORT void frontdesk_plugin_close(frontdesk_plugin* plugin);

#ifdef __cplusplus
}
#endif

#endif /* FRONTDESK_PLUGIN_H */
