// Fuzzes the CDS Hooks service apart from HTTP (plugin/hooks_service.h, cds_request.h) on a
// small demo clinic, put back as it was before each input: a hook call or a feedback body is
// answered with a status and the documented body (cards, or {"error": reason}) and never
// throws. The first byte chooses the service (appointment-book or patient-view) and whether
// the rest is a call or feedback. A feedback body is sent after a call that issued a card; its
// strings "CARD" and "SUGGESTION" (as feedback[].card and acceptedSuggestions[].id) are
// replaced with that card's uuid and first suggestion, so that feedback gets past the lookup;
// then an answer of that card is accepted, whatever the feedback before it was.
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "cds_request.h"
#include "frontdesk/demo/demo.h"
#include "fuzz_support.h"
#include "hooks_service.h"

using namespace frontdesk;
using namespace frontdesk::hooks;
using frontdesk::fuzz::check;
using nlohmann::json;

namespace {

const Date kAsOf = Date::fromCivil(2026, 11, 26);

// Its implicit destructor could throw only if a thread of the service could not be joined.
struct DemoClinic {  // NOLINT(bugprone-exception-escape)
    std::filesystem::path dir;
    sqlite3* pristine = nullptr;  // the demo clinic as built
    sqlite3* live = nullptr;      // the database the service works on
    std::unique_ptr<HooksService> service;
    json cardCall[2];  // per service: a call that issues a card
};
DemoClinic* clinic = nullptr;

json callFor(const HookService& s, const std::string& mrn) {
    const std::string system = HooksSettings{}.mrnSystem;
    json context = {{"userId", "Practitioner/1"}, {"patientId", "ehr-" + mrn}};
    if (s.channel == Channel::Desk) context["appointments"] = json::array();
    return {{"hook", s.hook},
            {"hookInstance", "fuzz"},
            {"context", context},
            {"prefetch",
             {{"patient",
               {{"resourceType", "Patient"},
                {"id", "ehr-" + mrn},
                {"identifier", {{{"system", system}, {"value", mrn}}}}}}}}};
}

// Puts the live database back as the demo was built (SQLite's online backup).
void restoreClinic() {
    sqlite3_backup* backup = sqlite3_backup_init(clinic->live, "main", clinic->pristine, "main");
    check(backup != nullptr, "a backup starts");
    check(sqlite3_backup_step(backup, -1) == SQLITE_DONE, "the clinic is restored");
    sqlite3_backup_finish(backup);
}

// A call for each service whose patient gets a card today.
void findCardCalls() {
    std::vector<std::string> owing;
    auto store = Store::open(clinic->dir / "pristine.db");
    check(store.has_value(), "the demo opens");
    check(store->forEachOpenSummary([&](const SummaryRow& row) { owing.push_back(row.mrn); })
              .has_value(),
          "summaries are read");
    for (std::size_t s = 0; s < 2; ++s) {
        for (const std::string& mrn : owing) {
            const json request = callFor(hookServices()[s], mrn);
            const Reply reply = clinic->service->call(hookServices()[s], request);
            if (reply.status == 200 && !reply.body["cards"].empty()) {
                clinic->cardCall[s] = request;
                break;
            }
        }
        check(!clinic->cardCall[s].is_null(), "the demo has a patient with a card");
    }
}

void removeClinic() {
    if (!clinic) return;
    clinic->service.reset();
    sqlite3_close(clinic->live);
    sqlite3_close(clinic->pristine);
    std::filesystem::remove_all(clinic->dir);
}

// Replaces the placeholders of a feedback body with the issued card's ids.
void fillIn(json& body, const json& card) {
    if (!body.is_object() || !body.contains("feedback") || !body["feedback"].is_array()) return;
    const json& suggestions = card["suggestions"];
    const json suggestion = suggestions.empty() ? json("none") : suggestions[0]["uuid"];
    for (json& entry : body["feedback"]) {
        if (!entry.is_object()) continue;
        if (entry.contains("card") && entry["card"] == "CARD") entry["card"] = card["uuid"];
        if (!entry.contains("acceptedSuggestions") || !entry["acceptedSuggestions"].is_array())
            continue;
        for (json& accepted : entry["acceptedSuggestions"])
            if (accepted.is_object() && accepted.contains("id") && accepted["id"] == "SUGGESTION")
                accepted["id"] = suggestion;
    }
}

void checkReply(const Reply& reply, bool feedback) {
    check(reply.status >= 200 && reply.status < 600, "an HTTP status");
    if (reply.status == 200 && feedback) {
        check(reply.body.is_null(), "accepted feedback has no body");
    } else if (reply.status == 200) {
        check(reply.body.is_object() && reply.body.contains("cards") &&
                  reply.body["cards"].is_array(),
              "a hook answers {\"cards\": [...]}");
    } else {
        check(reply.body.is_object() && reply.body.contains("error") &&
                  reply.body["error"].is_string(),
              "an error answers {\"error\": reason}");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    clinic = new DemoClinic;
    clinic->dir = std::filesystem::temp_directory_path() /
                  ("frontdesk-fuzz-cds-" + std::to_string(::getpid()));
    std::filesystem::create_directories(clinic->dir);
    {
        auto store = Store::open(clinic->dir / "pristine.db");
        check(store.has_value(), "the demo database opens");
        check(buildDemoClinic(*store, {.patients = 60, .seed = 1, .asOf = kAsOf}).has_value(),
              "the demo clinic builds");
    }
    const auto live = (clinic->dir / "clinic.db").string();
    check(sqlite3_open((clinic->dir / "pristine.db").c_str(), &clinic->pristine) == SQLITE_OK &&
              sqlite3_open(live.c_str(), &clinic->live) == SQLITE_OK,
          "the databases open");
    restoreClinic();
    clinic->service = std::make_unique<HooksService>(ServiceOptions{live, Config{}, kAsOf});
    findCardCalls();
    std::atexit(removeClinic);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::InputReader input(fuzz::textOf(data, size));
    const std::uint8_t mode = input.byte();
    const std::size_t which = mode & 1;
    const bool feedback = (mode & 2) != 0;
    json body = json::parse(input.rest(), nullptr, false);
    if (body.is_discarded()) return 0;  // the HTTP layer answers 400 before the service
    restoreClinic();
    HooksService& service = *clinic->service;
    const HookService& hook = hookServices()[which];
    if (!feedback) {
        checkReply(service.call(hook, body), false);
        return 0;
    }
    const Reply issued = service.call(hook, clinic->cardCall[which]);
    check(issued.status == 200 && !issued.body["cards"].empty(), "the known call issues a card");
    const json& card = issued.body["cards"][0];
    fillIn(body, card);
    checkReply(service.feedback(hook, body), true);
    // Whatever the feedback was, the card can still be answered (or was, and a resend is fine).
    json answer = {{"feedback", json::array({{{"card", "CARD"}, {"outcome", "overridden"}}})}};
    fillIn(answer, card);
    check(service.feedback(hook, answer).status == 200, "a card stays answerable");
    return 0;
}
