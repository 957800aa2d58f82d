/* The C ABI from C: every function, including its errors, through dlopen so that only the
 * exported symbols can be reached. Usage: c_abi_test LIBRARY DATABASE (the database holds
 * tests/data/c_abi's patients and ledger). Exit status 0 when every check passed. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "frontdesk_plugin.h"

static int failures = 0;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                              \
        }                                                                            \
    } while (0)

struct api {
    int (*version)(void);
    frontdesk_plugin* (*open)(const char*, const char*);
    char* (*prompt)(frontdesk_plugin*, const char*, const char*, const char*, const char*,
                    const char*);
    int (*record)(frontdesk_plugin*, const char*, const char*, const char*, const char*,
                  const char*, const char*);
    const char* (*last_error)(void);
    void (*free_text)(char*);
    void (*close)(frontdesk_plugin*);
};

static int load(const char* path, struct api* a) {
    void* lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return 0;
    }
    *(void**)&a->version = dlsym(lib, "frontdesk_plugin_api_version");
    *(void**)&a->open = dlsym(lib, "frontdesk_plugin_open");
    *(void**)&a->prompt = dlsym(lib, "frontdesk_plugin_prompt_json");
    *(void**)&a->record = dlsym(lib, "frontdesk_plugin_record_outcome");
    *(void**)&a->last_error = dlsym(lib, "frontdesk_plugin_last_error");
    *(void**)&a->free_text = dlsym(lib, "frontdesk_plugin_free");
    *(void**)&a->close = dlsym(lib, "frontdesk_plugin_close");
    return a->version && a->open && a->prompt && a->record && a->last_error && a->free_text &&
           a->close;
}

int main(int argc, char** argv) {
    struct api a;
    frontdesk_plugin* p;
    char* json;
    if (argc != 3 || !load(argv[1], &a)) return 2;

    CHECK(a.version() == FRONTDESK_PLUGIN_API_VERSION);

    /* a missing policy file is refused and says so */
    CHECK(a.open("/no/such/policy.toml", argv[2]) == NULL);
    CHECK(strstr(a.last_error(), "policy.toml") != NULL);

    p = a.open(NULL, argv[2]);
    CHECK(p != NULL);
    if (!p) return 1;
    CHECK(strcmp(a.last_error(), "") == 0);

    json = a.prompt(p, "5001", "desk", "en", "2026-11-26", "c-test");
    CHECK(json != NULL);
    if (json) {
        CHECK(strstr(json, "\"state\":\"small_balance\"") != NULL);
        CHECK(strstr(json, "\"balance_cents\":750") != NULL);
        CHECK(strstr(json, "\"mrn\":\"5001\"") != NULL);
    }
    a.free_text(json);

    json = a.prompt(p, "5001", "kiosk", "ro", "2026-11-26", NULL);
    CHECK(json != NULL && strstr(json, "\"language\":\"ro\"") != NULL);
    a.free_text(json);

    json = a.prompt(p, "5002", "phone", NULL, "2026-11-26", NULL);
    CHECK(json != NULL && strstr(json, "\"state\":\"none\"") != NULL);
    a.free_text(json);

    /* errors: unknown patient, bad audience, bad language, bad date, NULL handle */
    CHECK(a.prompt(p, "9999", "desk", "en", "2026-11-26", NULL) == NULL);
    CHECK(strlen(a.last_error()) > 0);
    CHECK(a.prompt(p, "5001", "lobby", "en", NULL, NULL) == NULL);
    CHECK(strstr(a.last_error(), "audience") != NULL);
    CHECK(a.prompt(p, "5001", "desk", "fr", NULL, NULL) == NULL);
    CHECK(a.prompt(p, "5001", "desk", "en", "2026-02-30", NULL) == NULL);
    CHECK(strstr(a.last_error(), "as_of") != NULL);
    CHECK(a.prompt(NULL, "5001", "desk", "en", NULL, NULL) == NULL);
    CHECK(a.prompt(p, "Patient/unknown-ehr-id", "desk", "en", NULL, NULL) == NULL);

    /* recording an outcome starts the desk's cooldown */
    CHECK(a.record(p, "5001", "phone", "promised", "staff-7", "2026-11-26", "will pay Friday") ==
          FRONTDESK_PLUGIN_OK);
    json = a.prompt(p, "5001", "desk", "en", "2026-11-27", NULL);
    CHECK(json != NULL && strstr(json, "\"suppressed_until\":\"2026-12-10\"") != NULL);
    CHECK(json != NULL && strstr(json, "\"outcome\":\"promised\"") != NULL);
    a.free_text(json);

    CHECK(a.record(p, "5001", "phone", "maybe", "staff-7", NULL, NULL) ==
          FRONTDESK_PLUGIN_BAD_INPUT);
    CHECK(a.record(p, "5001", "fax", "paid", "staff-7", NULL, NULL) == FRONTDESK_PLUGIN_BAD_INPUT);
    CHECK(a.record(p, "5001", "desk", "paid", NULL, NULL, NULL) == FRONTDESK_PLUGIN_BAD_INPUT);
    CHECK(a.record(p, "9999", "desk", "paid", "staff-7", NULL, NULL) == FRONTDESK_PLUGIN_NOT_FOUND);
    CHECK(a.record(NULL, "5001", "desk", "paid", "staff-7", NULL, NULL) ==
          FRONTDESK_PLUGIN_BAD_INPUT);

    a.free_text(NULL);
    a.close(p);
    a.close(NULL);
    if (failures) fprintf(stderr, "%d checks failed\n", failures);
    return failures ? 1 : 0;
}
