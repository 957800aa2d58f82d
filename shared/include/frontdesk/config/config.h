#pragma once

#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "frontdesk/domain/money.h"
#include "frontdesk/domain/policy.h"

namespace frontdesk {

// How the check-in kiosk behaves (the [kiosk] section of config/clinic.toml).
struct KioskSettings {
    std::vector<std::string> languages{"en", "es", "ro"};  // offered on the welcome screen
    int idleTimeoutS = 45;   // back to Welcome after this long without a touch
    int countdownS = 10;     // the last seconds of the idle time are counted down on screen
    int doneReturnS = 10;    // the "You're checked in" screen stays this long
    int maxFailedTries = 3;  // failed identifications in a row before the lock-out
    int lockoutS = 30;       // how long identification is refused after that
    std::string logo;        // an image file shown on the welcome screen; empty: none
};

// Who posts the patient payments taken at the desk into the ledger (payments.posted_by).
enum class PaymentsPostedBy {
    Auto,            // Front Desk, unless an EHR sync is configured (fhir.base_url)
    FrontDesk,       // the desk records the amount and posts it
    PracticeSystem,  // the EHR or practice system posts it (its sync or its CSV export)
};

// The clinic's own settings (config/clinic.toml).
struct Clinic {
    std::string name = "Front Desk Demo Clinic";
    std::string timeZone;  // IANA name; empty: the machine's
    KioskSettings kiosk;
    PaymentsPostedBy paymentsPostedBy = PaymentsPostedBy::Auto;
    // calls.answer_name: the phone system's call URL is answered with the caller's name (one
    // patient with the number) for the phone's display; off, nothing but an empty answer.
    bool answerCallerName = false;
};

// The CDS Hooks service (config/hooks.toml).
struct HooksSettings {
    std::string listen = "127.0.0.1:8443";  // ADDR:PORT; plain HTTP only on a loopback address
    std::string publicUrl;                  // this service's base URL as EHRs call it (JWT aud)
    std::string tlsCertificate;             // PEM files; both or neither
    std::string tlsKey;
    std::string mrnSystem = "urn:oid:2.16.840.1.113883.19.5";  // Patient.identifier.system
    std::vector<std::string> issuers;                          // allow-listed EHRs (JWT iss)
    std::string jwksFile;                                      // the EHRs' public keys
    std::vector<std::string> jkuAllowList;  // or key-set URLs a token's jku may name
    std::string jkuCaFile;  // PEM CA bundle trusted for jku fetches; empty: the system's
    std::vector<std::string> corsOrigins;  // browser-based EHR origins allowed to call
    // FHIR servers a call's fhirServer may name, read for a Patient not prefetched
    std::vector<std::string> fhirServers;
    int threads = 32;   // request threads, for requests that have fully arrived
    int timeoutS = 10;  // a request must arrive whole within this (total, not per read)
    // The cards' selectionBehavior, "at-most-one" or "any", for every EHR but those named by
    // their issuer (JWT "iss") in the map: Epic supports only "any".
    std::string selectionBehavior = "at-most-one";
    std::map<std::string, std::string> selectionBehaviorByIssuer;
};

// The selectionBehavior of the cards for calls authenticated as `issuer` ("" without
// authentication): the issuer's own setting, else hooks.selection_behavior.
const std::string& selectionBehaviorFor(const HooksSettings& hooks, const std::string& issuer);

// The sync with the practice's EHR over FHIR (config/fhir.toml, docs/fhir-sync.md).
struct FhirSettings {
    std::string baseUrl;    // https://...; plain http only to a loopback address
    std::string tokenFile;  // a file holding the bearer token; empty: no token
    std::string mrnSystem = "urn:oid:2.16.840.1.113883.19.5";  // Patient.identifier.system
    int daysAhead = 14;  // appointments from the as-of date to this many days after
    int pageSize = 500;  // _count of each search
    int connectTimeoutS = 10;
    int requestTimeoutS = 120;  // one request, the whole transfer
    int stallTimeoutS = 20;     // a transfer slower than 100 bytes/s this long is dropped
    int maxBodyMiB = 64;        // a larger response is refused
    int maxAttempts = 4;        // for HTTP 429 and 503
    bool pushCheckins = false;  // tell the EHR when the kiosk checks a patient in
};

struct Config {
    Policy policy;
    Clinic clinic;
    HooksSettings hooks;
    FhirSettings fhir;
};

// True when "patient paid" at the desk is recorded with the amount and posted into the ledger
// here; false when the practice's own system posts payments (an EHR sync configured, or
// payments.posted_by = "practice_system" for a clinic that imports its ledger), so that a
// payment is never counted twice.
bool deskPostsPayments(const Config& config);

// Parses policy TOML text. `origin` names the file in messages. Every key is optional (the
// default applies); an unknown key, a wrong type or an impossible value fails with BadInput
// naming the key: "policy.toml: writeoff.max (12.00) is above small_balance.max (10.00)".
Result<Policy> parsePolicy(std::string_view toml, const std::string& origin);

// `base` with `settings` ("writeoff.max=14.99", "writeoff.min_age_days=90") applied, each a
// policy.toml key written as `frontdesk whatif --set` takes it (money and text without quotes),
// checked by the same rules as the file, the rules between keys included. BadInput naming the
// setting: "--set: writeoff.maxx is not a policy setting (...)", "--set: writeoff.max (abc)
// is not money", "--set: writeoff.max (14.99) is above small_balance.max (10.00)".
Result<Policy> policyWith(const Policy& base, std::span<const std::string> settings);

// Every policy key with its value as --set takes it, in policy.toml's order:
// {"small_balance.max", "10.00"}, {"writeoff.min_age_days", "120"}...
std::vector<std::pair<std::string, std::string>> policySettings(const Policy& policy);
// The policy as policy.toml text (every key, by section) that parsePolicy reads back equal.
std::string policyToml(const Policy& policy);

// Parses clinic TOML text, validated the same way.
Result<Clinic> parseClinic(std::string_view toml, const std::string& origin);

// Parses hooks TOML text, validated the same way.
Result<HooksSettings> parseHooks(std::string_view toml, const std::string& origin);

// Parses fhir TOML text (the [fhir] section), validated the same way.
Result<FhirSettings> parseFhir(std::string_view toml, const std::string& origin);

// Loads the policy file at `policyPath` and, when present beside it, clinic.toml, hooks.toml
// and fhir.toml (relative file names in them are taken from that folder).
// An empty path gives the documented defaults.
Result<Config> loadConfig(const std::filesystem::path& policyPath);

}  // namespace frontdesk
