#include "hooks_service.h"

#include <map>

#include "cds_request.h"
#include "ehr_patient.h"
#include "frontdesk/store/lookup.h"

namespace frontdesk::hooks {
namespace {

// A step of a call: its value, or the reply that ends the call early (an error, or no cards).
template <typename T>
using Step = tl::expected<T, Reply>;

tl::unexpected<Reply> stop(Reply reply) {
    return tl::unexpected(std::move(reply));
}

Reply bad(const std::string& reason) {
    return errorReply(400, reason);
}

// A member of a JSON object, or null when absent (const operator[] must not be used on a
// missing key).
const nlohmann::json& member(const nlohmann::json& object, const char* key) {
    static const nlohmann::json kNull;
    if (!object.is_object()) return kNull;
    const auto it = object.find(key);
    return it == object.end() ? kNull : *it;
}
Reply unavailable() {
    return errorReply(503, "the database is not available");
}
Reply noCards() {
    return {200, {{"cards", nlohmann::json::array()}}};
}

// The patient a call is about, once the call is a well-formed request for `service`.
Step<PatientClue> patientOfCall(const HookService& service, const nlohmann::json& request,
                                const std::string& mrnSystem) {
    if (!request.is_object()) return stop(bad("the body is not a JSON object"));
    if (nestsDeeperThan(request, kMaxJsonDepth)) return stop(bad("the body nests too deep"));
    const nlohmann::json& context = member(request, "context");
    if (textOf(request, "hook") != service.hook)
        return stop(bad(std::string("hook must be ") + service.hook));
    if (!member(request, "hookInstance").is_string()) return stop(bad("hookInstance is missing"));
    if (const auto& user = member(context, "userId"); !user.is_null() && !user.is_string())
        return stop(bad("context.userId must be a string"));
    if (service.channel == Channel::Desk && context.is_object())
        if (auto appointments = appointmentsOf(context); !appointments)
            return stop(bad(appointments.error().message));
    auto clue = patientClueOf(request, mrnSystem);
    if (!clue) return stop(bad(clue.error().message));
    return std::move(*clue);
}

// Remembers that the EHR's patient is ours, so that later calls need no prefetch; an MRN the
// practice does not know ends the call without cards.
Step<void> linkPatient(Store& db, const std::string& ehrPatientId, const std::string& mrn) {
    auto linked = db.linkEhrPatient(ehrPatientId, mrn);
    if (!linked)
        return stop(linked.error().code == ErrorCode::NotFound ? noCards() : unavailable());
    return {};
}

// Not prefetched and never seen: the Patient is read from the EHR when the call lets us.
Step<std::optional<std::string>> mrnFromEhr(const nlohmann::json& request,
                                            const std::string& ehrPatientId,
                                            const HooksSettings& hooks) {
    const auto access = fhirAccessOf(request);
    if (!access)
        return stop(errorReply(412,
                               "prefetch.patient, or fhirServer with fhirAuthorization, "
                               "is required for a patient this service has not seen"));
    auto patient = fetchEhrPatient(*access, ehrPatientId, hooks.fhirServers);
    if (!patient) return stop(errorReply(412, patient.error().message));
    return mrnOf(*patient, hooks.mrnSystem);
}

// The practice's MRN for the call's patient: prefetched, learned from an earlier call or read
// from the EHR; none when the EHR's patient has no MRN of this practice.
Step<std::optional<std::string>> mrnOfPatient(Store& db, const nlohmann::json& request,
                                              const PatientClue& clue, const HooksSettings& hooks) {
    if (clue.mrn) {
        if (!clue.ehrPatientId.empty())
            if (auto linked = linkPatient(db, clue.ehrPatientId, *clue.mrn); !linked)
                return stop(linked.error());
        return clue.mrn;
    }
    if (!clue.ehrPatientId.empty()) {
        auto mapped = db.mrnForEhrPatient(clue.ehrPatientId);
        if (!mapped) return stop(unavailable());
        if (*mapped) return *mapped;
    }
    if (clue.prefetched) return std::nullopt;  // the prefetched Patient has no MRN of ours
    auto fetched = mrnFromEhr(request, clue.ehrPatientId, hooks);
    if (!fetched || !*fetched) return fetched;
    if (auto linked = linkPatient(db, clue.ehrPatientId, **fetched); !linked)
        return stop(linked.error());
    return fetched;
}

// The outcomes of the suggestions an `accepted` entry names (several when the EHR lets staff
// accept "any"), or an error reason.
Result<std::vector<ReminderOutcome>> acceptedOutcomes(const nlohmann::json& entry,
                                                      const IssuedCard& card) {
    const nlohmann::json& accepted = member(entry, "acceptedSuggestions");
    if (!accepted.is_array() || accepted.empty())
        return fail(ErrorCode::BadInput, "accepted feedback names no suggestion");
    std::vector<ReminderOutcome> outcomes;
    for (const auto& suggestion : accepted) {
        const auto found = card.suggestions.find(textOf(suggestion, "id"));
        if (found == card.suggestions.end())
            return fail(ErrorCode::BadInput, "the accepted suggestion is not one of the card's");
        outcomes.push_back(found->second);
    }
    return outcomes;
}

// The outcomes a feedback entry reports for its card, or an error reason.
Result<std::vector<ReminderOutcome>> outcomesOf(const nlohmann::json& entry,
                                                const IssuedCard& card) {
    const std::string outcome = textOf(entry, "outcome");
    if (outcome == "accepted") return acceptedOutcomes(entry, card);
    if (outcome == "overridden") {
        const nlohmann::json& coding = member(member(entry, "overrideReason"), "reason");
        // dismissed, or another system's reason: the card was seen
        if (!coding.is_object() || textOf(coding, "system") != kOutcomeSystem)
            return std::vector{ReminderOutcome::Shown};
        const auto found = card.overrides.find(textOf(coding, "code"));
        if (found == card.overrides.end())
            return fail(ErrorCode::BadInput, "the override reason is not one of the card's");
        return std::vector{found->second};
    }
    return fail(ErrorCode::BadInput, "outcome must be accepted or overridden");
}

std::string commentOf(const nlohmann::json& entry) {
    const nlohmann::json& comment = member(member(entry, "overrideReason"), "userComment");
    return comment.is_string() ? comment.get<std::string>().substr(0, 500) : std::string();
}

}  // namespace

const std::vector<HookService>& hookServices() {
    static const std::vector<HookService> kServices{
        {"frontdesk-appointment-book", "appointment-book", Channel::Desk,
         "Small patient balance at booking",
         "Flags a small balance, a balance due or a credit while an appointment is booked, "
         "with what to say and one click to record the patient's answer."},
        {"frontdesk-patient-view", "patient-view", Channel::Phone,
         "Small patient balance on the call",
         "Flags a small balance, a balance due or a credit when a chart is opened during a "
         "call, phrased for the phone, and records what the patient said."},
    };
    return kServices;
}

const HookService* findHookService(const std::string& id) {
    for (const HookService& s : hookServices())
        if (id == s.id) return &s;
    return nullptr;
}

Reply errorReply(int status, const std::string& message) {
    return {status, {{"error", message}}};
}

HooksService::HooksService(ServiceOptions options) : m_options(std::move(options)) {
    auto audit = AuditTrail::open(m_options.dbPath);
    if (audit) m_audit = std::move(*audit);  // else each lookup writes its own audit row
}
HooksService::~HooksService() = default;

Result<Store*> HooksService::store() {
    // one connection per request thread: a SQLite connection is not shared between threads
    thread_local std::map<std::string, std::unique_ptr<Store>> stores;
    auto& slot = stores[m_options.dbPath];
    if (!slot) {
        auto opened = Store::open(m_options.dbPath);
        if (!opened) return tl::unexpected(opened.error());
        slot = std::make_unique<Store>(std::move(*opened));
    }
    return slot.get();
}

Date HooksService::today() const {
    return asOfOrToday(m_options.asOf, m_options.config.clinic.timeZone);
}

Reply HooksService::discovery() const {
    nlohmann::json services = nlohmann::json::array();
    for (const HookService& s : hookServices()) {
        services.push_back({{"hook", s.hook},
                            {"id", s.id},
                            {"title", s.title},
                            {"description", s.description},
                            {"prefetch", {{"patient", "Patient/{{context.patientId}}"}}}});
    }
    return {200, {{"services", services}}};
}

Reply HooksService::health() {
    auto db = store();
    if (!db || !(*db)->patientCount()) return unavailable();
    return {200, {{"status", "ok"}}};
}

Reply HooksService::call(const HookService& service, const nlohmann::json& request,
                         const std::string& issuer) {
    auto clue = patientOfCall(service, request, m_options.config.hooks.mrnSystem);
    if (!clue) return clue.error();
    auto db = store();
    if (!db) return unavailable();
    auto mrn = mrnOfPatient(**db, request, *clue, m_options.config.hooks);
    if (!mrn) return mrn.error();
    if (!*mrn) return noCards();  // the EHR's patient has no MRN of this practice
    return promptCards(service, request, **db, **mrn, issuer);
}

Reply HooksService::promptCards(const HookService& service, const nlohmann::json& request,
                                Store& db, const std::string& mrn, const std::string& issuer) {
    const nlohmann::json& context = member(request, "context");
    std::string userId = textOf(context, "userId");
    if (userId.empty()) userId = "unknown EHR user";
    BalanceLookup lookup(db, m_options.config.policy, m_audit.get());
    auto prompt = lookup.prompt(mrn, service.channel, Language::En, today(), userId);
    if (!prompt) return prompt.error().code == ErrorCode::NotFound ? noCards() : unavailable();
    const auto& selection = selectionBehaviorFor(m_options.config.hooks, issuer);
    auto card = cardFor(*prompt, userId, selection, randomUuid);
    if (!card) return noCards();
    Reply reply{200, {{"cards", nlohmann::json::array({card->json})}}};
    m_cards.remember(std::move(*card));
    return reply;
}

Reply HooksService::feedback(const HookService& service, const nlohmann::json& body) {
    if (nestsDeeperThan(body, kMaxJsonDepth)) return bad("the body nests too deep");
    const nlohmann::json& entries = member(body, "feedback");
    if (!entries.is_array() || entries.empty()) return bad("feedback must be a non-empty array");
    std::vector<Answer> answers;
    for (const auto& entry : entries) {
        const nlohmann::json& uuid = member(entry, "card");
        if (!uuid.is_string()) return bad("each feedback names its card");
        auto card = m_cards.find(uuid.get<std::string>());
        if (!card)
            return bad("card " + uuid.get<std::string>() + " was not issued by this service");
        if (card->channel != service.channel) return bad("the card was issued by another service");
        auto outcomes = outcomesOf(entry, *card);
        if (!outcomes) return bad(outcomes.error().message);
        for (const ReminderOutcome outcome : *outcomes) answers.push_back({*card, outcome, &entry});
    }
    return recordAnswers(service, answers);
}

Reply HooksService::recordAnswers(const HookService& service, const std::vector<Answer>& answers) {
    // Each outcome of a card is recorded once: a resent feedback is accepted and skipped.
    std::vector<std::pair<std::string, ReminderOutcome>> claimed;
    std::vector<ReminderInput> reminders;
    for (const auto& [card, outcome, entry] : answers) {
        if (!m_cards.claim(card.uuid, outcome)) continue;
        claimed.emplace_back(card.uuid, outcome);
        reminders.push_back(
            {card.mrn, today(), service.channel, outcome, card.userId, commentOf(*entry), {}});
    }
    if (reminders.empty()) return {200, nullptr};
    auto db = store();
    if (db && (*db)->recordReminders(reminders)) return {200, nullptr};
    for (const auto& [uuid, outcome] : claimed) m_cards.release(uuid, outcome);
    return unavailable();
}

}  // namespace frontdesk::hooks
