#include "station_api.h"

#include <boost/beast/http/verb.hpp>

#include <charconv>
#include <chrono>
#include <map>
#include <mutex>
#include <vector>

#include <nlohmann/json.hpp>

#include "cds_request.h"
#include "change_feed.h"
#include "frontdesk/domain/phone.h"
#include "frontdesk/domain/prompt_json.h"
#include "frontdesk/runs/report_json.h"
#include "frontdesk/station/clinic_data.h"
#include "frontdesk/station/kiosk_flow.h"
#include "frontdesk/store/audit_trail.h"
#include "frontdesk/store/booking.h"
#include "frontdesk/store/booking_json.h"
#include "frontdesk/store/lookup.h"
#include "frontdesk/store/manual_entry.h"
#include "frontdesk/store/patient_json.h"
#include "frontdesk/store/patient_search.h"
#include "frontdesk/store/worklist_json.h"
#include "http_router.h"

namespace frontdesk::server {
namespace http = boost::beast::http;
using nlohmann::json;

namespace {

// Station requests are small; a larger body is refused before it is parsed.
constexpr std::size_t kMaxStationBody = 16 * 1024;
constexpr std::size_t kMaxStationJsonDepth = 8;
constexpr std::size_t kMaxIdempotencyKey = 128;

HttpResponse jsonResponse(int status, const json& body) {
    HttpResponse response{static_cast<http::status>(status), 11};
    response.set(http::field::content_type, "application/json");
    response.set(http::field::cache_control, "no-store");
    response.body() = body.dump();
    return response;
}

// An error body: {"error": code} and, when there is one, a "message" a person can act on.
HttpResponse problem(int status, const std::string& code, const std::string& message = {}) {
    json body{{"error", code}};
    if (!message.empty()) body["message"] = message;
    return jsonResponse(status, body);
}

HttpResponse problemOf(const Error& error) {
    switch (error.code) {
        case ErrorCode::BadInput:
            return problem(400, "bad_request", error.message);
        case ErrorCode::NotFound:
            return problem(404, "not_found", error.message);
        case ErrorCode::Conflict:
            return problem(409, "conflict", error.message);
        case ErrorCode::Storage:
        case ErrorCode::Unsupported:
            break;
    }
    return problem(503, "unavailable", "the clinic's database is not available");
}

// A request's path split at '/', its query as name and value, both percent-decoded.
struct Target {
    std::vector<std::string> segments;
    std::map<std::string, std::string> query;
};

// Each segment is decoded on its own, so that an MRN holding a '/' (sent as %2F) stays one.
std::optional<Target> targetOf(std::string_view target) {
    const std::string_view path = target.substr(0, target.find_first_of("?#"));
    Target out;
    std::size_t at = 1;
    while (at <= path.size()) {
        const auto slash = path.find('/', at);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        auto segment = hooks::percentDecoded(path.substr(at, end - at));
        if (!segment) return std::nullopt;
        out.segments.push_back(std::move(*segment));
        at = end + 1;
    }
    const auto mark = target.find('?');
    if (mark == std::string_view::npos) return out;
    std::string_view query = target.substr(mark + 1);
    query = query.substr(0, query.find('#'));
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const auto eq = pair.find('=');
        auto name = hooks::percentDecoded(pair.substr(0, eq));
        auto value = hooks::percentDecoded(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
        if (!name || !value) return std::nullopt;
        out.query[*name] = *value;
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    }
    return out;
}

std::string roleList(const std::vector<StationRole>& roles) {
    std::string out;
    for (const StationRole r : roles) out += (out.empty() ? "" : ", ") + std::string(toString(r));
    return out;
}

// This thread's connection to the database: a SQLite connection is never shared by threads.
Result<Store*> threadStore(const std::string& path, Cents largestEntry) {
    thread_local std::map<std::string, std::unique_ptr<Store>> stores;
    auto& slot = stores[path];
    if (!slot) {
        auto opened = Store::open(path);
        if (!opened) return tl::unexpected(opened.error());
        slot = std::make_unique<Store>(std::move(*opened));
        slot->setLargestEntry(largestEntry);
    }
    return slot.get();
}

// The most patients a search answers (the desk's list; more is "truncated").
constexpr std::size_t kSearchLimit = 50;

// How the query's birth dates are written: dates=mdy or dmy, else as the language writes them.
Result<DateOrder> queryDateOrder(const std::map<std::string, std::string>& query,
                                 Language language) {
    const auto it = query.find("dates");
    if (it == query.end())
        return language == Language::En ? DateOrder::MonthFirst : DateOrder::DayFirst;
    if (it->second == "mdy") return DateOrder::MonthFirst;
    if (it->second == "dmy") return DateOrder::DayFirst;
    return fail(ErrorCode::BadInput, "dates: '" + it->second + "' is not mdy or dmy");
}

}  // namespace

// One request being answered: what it asked, who asked, and where.
struct Call {
    const HttpRequest& request;
    std::vector<std::string> params;  // the {…} segments of its route, in order
    const std::map<std::string, std::string>& query;
    Station station;  // empty name for enrollment
    Store& store;
    Date today;
    UnixSeconds now;
    json body;  // null when the request has none
    // Set by a handler that answers later (a long poll); its response is then not the answer.
    std::function<void(hooks::LaterReply)> later{};
    // What to do once the write is committed (a write runs inside the transaction that keeps
    // its answer: another connection sees nothing of it before).
    std::vector<std::function<void()>> afterCommit{};
};

struct StationApi::Impl {
    using Handler = HttpResponse (Impl::*)(Call&) const;
    struct Route {
        http::verb method;
        const char* pattern;
        std::vector<StationRole> roles;  // empty: no credential (enrollment)
        bool writes;                     // an Idempotency-Key is required
        Handler handler;
    };

    StationApiOptions options;
    std::shared_ptr<const HttpHandler> others;
    std::vector<Route> routes;
    mutable ChangeFeed feed;
    // The staff reads' audit rows, written with group commit: one fsync for the lookups of
    // every request thread that came meanwhile (as the CDS Hooks service does). Without it
    // (the database would not open a second connection) each read writes its own row.
    std::unique_ptr<AuditTrail> audit;
    // The manager's view (GET /v1/report, POST /v1/whatif): the clinic's data as a desk on this
    // computer reads it, opened at the first such request, one request at a time (a report
    // reads much of the file; the what-if keeps the accounts the last report ending today read,
    // for kManagerAccountsKept at most: then they are read again).
    static constexpr std::chrono::minutes kManagerAccountsKept{5};
    mutable std::mutex managerMutex;
    mutable std::unique_ptr<ClinicData> manager;
    mutable std::chrono::steady_clock::time_point managerReadAt{};

    Impl(StationApiOptions o, std::shared_ptr<const HttpHandler> h)
        : options(std::move(o)), others(std::move(h)), feed(options.dbPath, options.changePoll) {
        if (auto opened = AuditTrail::open(options.dbPath)) audit = std::move(*opened);
        const std::vector<StationRole> kiosk{StationRole::Kiosk};
        const std::vector<StationRole> staff{StationRole::Desk, StationRole::Phone,
                                             StationRole::Admin};
        const std::vector<StationRole> admin{StationRole::Admin};
        const std::vector<StationRole> pbx{StationRole::Pbx};
        const std::vector<StationRole> anyone{StationRole::Kiosk, StationRole::Desk,
                                              StationRole::Phone, StationRole::Pbx,
                                              StationRole::Admin};
        routes = {
            {http::verb::post, "/v1/enroll", {}, false, &Impl::enroll},
            {http::verb::get, "/v1/station", anyone, false, &Impl::whoAmI},
            {http::verb::get, "/v1/changes", staff, false, &Impl::changes},
            {http::verb::get, "/v1/pbx/call", pbx, false, &Impl::pbxCall},
            {http::verb::get, "/v1/calls", staff, false, &Impl::calls},
            {http::verb::post, "/v1/kiosk/identify", kiosk, false, &Impl::identify},
            {http::verb::post, "/v1/kiosk/visits/{handle}/checkin", kiosk, true, &Impl::checkIn},
            {http::verb::post, "/v1/kiosk/visits/{handle}/answer", kiosk, true,
             &Impl::answerPrompt},
            {http::verb::delete_, "/v1/kiosk/visits/{handle}", kiosk, false, &Impl::forget},
            {http::verb::get, "/v1/worklist", staff, false, &Impl::worklist},
            {http::verb::get, "/v1/patients", staff, false, &Impl::patients},
            {http::verb::get, "/v1/patients/{mrn}", staff, false, &Impl::patient},
            {http::verb::get, "/v1/patients/{mrn}/prompt", staff, false, &Impl::prompt},
            {http::verb::post, "/v1/appointments/check", staff, false, &Impl::checkBooking},
            {http::verb::post, "/v1/appointments", staff, true, &Impl::book},
            {http::verb::post, "/v1/patients/{mrn}/reminders", staff, true, &Impl::remind},
            {http::verb::post, "/v1/patients/{mrn}/entries", admin, true, &Impl::postEntry},
            {http::verb::get, "/v1/policy", admin, false, &Impl::policy},
            {http::verb::get, "/v1/report", admin, false, &Impl::report},
            {http::verb::post, "/v1/whatif", admin, false, &Impl::whatIf},
        };
    }

    // The route whose pattern the path matches (any method), with its {…} segments.
    const Route* match(const std::vector<std::string>& segments, http::verb method,
                       std::vector<std::string>& params, bool& otherMethod) const {
        otherMethod = false;
        for (const Route& r : routes) {
            const auto pattern = targetOf(r.pattern)->segments;
            if (pattern.size() != segments.size()) continue;
            std::vector<std::string> found;
            bool same = true;
            for (std::size_t i = 0; i < pattern.size() && same; ++i) {
                if (pattern[i].front() == '{') {
                    same = !segments[i].empty();
                    found.push_back(segments[i]);
                } else {
                    same = pattern[i] == segments[i];
                }
            }
            if (!same) continue;
            if (r.method != method) {
                otherMethod = true;
                continue;
            }
            params = std::move(found);
            return &r;
        }
        return nullptr;
    }

    Date today() const { return asOfOrToday(options.asOf, options.config.clinic.timeZone); }

    HttpResponse respond(const HttpRequest& request, RoutedResponse& routed) const;
    // The station whose credential the request carries, when its role may use the route;
    // else the refusal (401, 403, or 503 when the database cannot say).
    tl::expected<Station, HttpResponse> admit(const Route& route, const Call& call) const;
    // Runs the route's handler, then what it left to do once its write is committed.
    HttpResponse run(const Route& route, Call& call) const;
    HttpResponse runOnce(const Route& route, Call& call) const;

    HttpResponse enroll(Call& c) const;
    HttpResponse whoAmI(Call& c) const;
    HttpResponse changes(Call& c) const;
    HttpResponse pbxCall(Call& c) const;
    HttpResponse calls(Call& c) const;
    HttpResponse identify(Call& c) const;
    HttpResponse checkIn(Call& c) const;
    HttpResponse answerPrompt(Call& c) const;
    HttpResponse forget(Call& c) const;
    HttpResponse worklist(Call& c) const;
    HttpResponse patients(Call& c) const;
    HttpResponse patient(Call& c) const;
    HttpResponse checkBooking(Call& c) const;
    HttpResponse book(Call& c) const;
    HttpResponse prompt(Call& c) const;
    HttpResponse remind(Call& c) const;
    HttpResponse postEntry(Call& c) const;
    HttpResponse policy(Call& c) const;
    HttpResponse report(Call& c) const;
    HttpResponse whatIf(Call& c) const;
    // The manager's ClinicData (opened now if it is not yet); the caller holds managerMutex.
    Result<ClinicData*> managerData() const;
};

StationApi::StationApi(StationApiOptions options, std::shared_ptr<const HttpHandler> others)
    : m_impl(std::make_unique<Impl>(std::move(options), std::move(others))) {}

StationApi::~StationApi() = default;

RoutedResponse StationApi::answer(const HttpRequest& request) const {
    const std::string_view target = hooks::stdView(request.target());
    if (target.rfind("/v1/", 0) != 0 && target != "/v1") return m_impl->others->answer(request);
    RoutedResponse routed{HttpResponse{}, "/v1/(unknown route)"};
    try {
        routed.response = m_impl->respond(request, routed);
    } catch (...) {  // the edge of the server: nothing may reach the connection's thread
        routed.response = problem(500, "internal_error");
        routed.later = nullptr;
    }
    routed.response.prepare_payload();
    return routed;
}

void StationApi::stopWaiting() const {
    m_impl->feed.stop();
    m_impl->others->stopWaiting();
}

HttpResponse StationApi::Impl::respond(const HttpRequest& request, RoutedResponse& routed) const {
    auto target = targetOf(hooks::stdView(request.target()));
    if (!target) return problem(400, "bad_request", "the path has a broken %-escape");
    std::vector<std::string> params;
    bool otherMethod = false;
    const Route* route = match(target->segments, request.method(), params, otherMethod);
    if (!route) {
        if (otherMethod) return problem(405, "method_not_allowed");
        return problem(404, "no_such_endpoint");
    }
    routed.route = route->pattern;
    auto store = threadStore(options.dbPath, options.config.policy.largestEntry);
    if (!store) return problemOf(store.error());
    Call call{request, std::move(params), target->query,   Station{},
              **store, today(),           options.clock(), nullptr};
    if (!route->roles.empty()) {
        auto station = admit(*route, call);
        if (!station) return std::move(station.error());
        call.station = std::move(*station);
    }
    if (!request.body().empty()) {
        if (request.body().size() > kMaxStationBody)
            return problem(413, "too_large", "a station request is at most 16 KB");
        try {
            call.body = json::parse(request.body());
        } catch (const json::parse_error& e) {
            return problem(400, "bad_request", "malformed JSON at byte " + std::to_string(e.byte));
        }
        if (hooks::nestsDeeperThan(call.body, kMaxStationJsonDepth))
            return problem(400, "bad_request", "the body nests too deep");
    }
    HttpResponse response = run(*route, call);
    routed.later = std::move(call.later);
    return response;
}

tl::expected<Station, HttpResponse> StationApi::Impl::admit(const Route& route,
                                                            const Call& call) const {
    const auto header = hooks::stdView(call.request[http::field::authorization]);
    auto token = header.size() <= 512 ? hooks::bearerTokenOf(header) : std::nullopt;
    // a phone system's call URL can carry its key only in the query
    const auto key = call.query.find("key");
    if (!token && route.roles == std::vector{StationRole::Pbx} && key != call.query.end() &&
        key->second.size() <= 512)
        token = key->second;
    std::optional<Station> station;
    if (token) {
        auto found = call.store.stationForToken(std::string(*token));
        if (!found) return tl::unexpected(problemOf(found.error()));
        station = std::move(*found);
    }
    if (!station) {
        HttpResponse refusal =
            problem(401, "unauthorized", "no valid station credential (frontdesk enroll)");
        refusal.set(http::field::www_authenticate, "Bearer realm=\"frontdesk\"");
        return tl::unexpected(std::move(refusal));
    }
    if (std::find(route.roles.begin(), route.roles.end(), station->role) == route.roles.end())
        return tl::unexpected(problem(403, "forbidden",
                                      "a " + std::string(toString(station->role)) +
                                          " station may not use " + route.pattern +
                                          " (roles: " + roleList(route.roles) + ")"));
    return std::move(*station);
}

// The route's answer; then, when it succeeded, what its handler left for after the commit (a
// kiosk check-in pokes the CheckinPusher, whose own connection sees only committed rows).
HttpResponse StationApi::Impl::run(const Route& route, Call& call) const {
    HttpResponse response = runOnce(route, call);
    if (response.result_int() < 400)
        for (const auto& then : call.afterCommit) then();
    return response;
}

// Runs the route's handler; a write runs once for its Idempotency-Key, in one transaction
// with the keeping of its answer, and a retry gets that answer again.
HttpResponse StationApi::Impl::runOnce(const Route& route, Call& call) const {
    if (!route.writes) return (this->*route.handler)(call);
    const auto key = std::string(hooks::stdView(call.request["Idempotency-Key"]));
    if (key.empty() || key.size() > kMaxIdempotencyKey)
        return problem(400, "bad_request",
                       "a write needs an Idempotency-Key header of 1 to 128 characters");
    const OnceKey once{call.station.name, key,
                       secretDigest(std::string(http::to_string(call.request.method())) + " " +
                                    std::string(hooks::stdView(call.request.target())) + "\n" +
                                    call.request.body())};
    std::optional<HttpResponse> fresh;
    auto kept = call.store.once(once, call.now, [&]() -> Result<OnceAnswer> {
        fresh = (this->*route.handler)(call);
        // a failure of the database is not an answer to keep: the transaction rolls back
        if (fresh->result_int() >= 500)
            return fail(ErrorCode::Storage, "the write failed on the database");
        return OnceAnswer{static_cast<int>(fresh->result_int()), fresh->body(), false};
    });
    if (!kept) {
        if (fresh && fresh->result_int() >= 500) return *fresh;
        return problemOf(kept.error());
    }
    if (!kept->replayed) return *fresh;
    HttpResponse replay = kept->body.empty()
                              ? HttpResponse{static_cast<http::status>(kept->status), 11}
                              : jsonResponse(kept->status, json::parse(kept->body));
    replay.set("Idempotent-Replayed", "true");
    return replay;
}

namespace {

// The string member `key`, or nullopt when absent or not a string.
std::optional<std::string> stringMember(const json& body, const char* key) {
    if (!body.is_object()) return std::nullopt;
    const auto it = body.find(key);
    if (it == body.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

Result<Language> languageOf(const std::optional<std::string>& text) {
    if (!text) return Language::En;
    auto language = parseLanguage(*text);
    if (!language) return fail(ErrorCode::BadInput, "language '" + *text + "' is not en, es or ro");
    return *language;
}

// Who a staff read is audited under: the query's staff (the person at the station, 1 to 64
// characters), else the station.
std::string actorOf(const Call& c) {
    const auto it = c.query.find("staff");
    if (it == c.query.end() || it->second.empty() || it->second.size() > 64) return c.station.name;
    return it->second;
}

// refresh=1: a list already on the station's screen read again after a change (not audited
// again, as on the desk's own database).
BalanceLookup::Read readKind(const Call& c) {
    const auto it = c.query.find("refresh");
    return it != c.query.end() && it->second == "1" ? BalanceLookup::Read::Refresh
                                                    : BalanceLookup::Read::Lookup;
}

// The query's lang (en when absent).
Result<Language> queryLanguage(const std::map<std::string, std::string>& query) {
    const auto it = query.find("lang");
    return languageOf(it == query.end() ? std::nullopt : std::optional(it->second));
}

// The date a staff read answers for: the query's as_of when given (a what-if of another day),
// the server's date otherwise.
Result<Date> readDate(const std::map<std::string, std::string>& query, Date today) {
    const auto it = query.find("as_of");
    if (it == query.end()) return today;
    auto parsed = parseDate(it->second);
    if (!parsed) return fail(ErrorCode::BadInput, "as_of: " + parsed.error().message);
    return *parsed;
}

// The booking a desk asks for: {"mrn", "start", "duration_min", "provider", "location",
// "anyway"}; the id is the server's. Nothing of a wrong type is taken: the rules then say
// what is missing.
BookingRequest bookingRequestOf(const json& body) {
    BookingRequest r;
    r.id = "desk-" + newHandle().substr(0, 13);
    r.mrn = stringMember(body, "mrn").value_or("");
    r.start = stringMember(body, "start").value_or("");
    if (const auto it = body.find("duration_min"); it != body.end() && it->is_number_integer())
        r.durationMin = it->get<int>();
    r.provider = stringMember(body, "provider").value_or("");
    r.location = stringMember(body, "location").value_or("");
    if (const auto it = body.find("anyway"); it != body.end() && it->is_boolean())
        r.anyway = it->get<bool>();
    return r;
}

}  // namespace

HttpResponse StationApi::Impl::enroll(Call& c) const {
    const auto code = stringMember(c.body, "code");
    if (!code) return problem(400, "bad_request", "the body must be {\"code\": \"...\"}");
    auto credential = c.store.enrollStation(*code, c.now);
    if (!credential) {
        if (credential.error().code == ErrorCode::NotFound)
            return problem(403, "invalid_code", credential.error().message);
        return problemOf(credential.error());
    }
    return jsonResponse(200, {{"station", credential->station},
                              {"role", toString(credential->role)},
                              {"token", credential->token}});
}

HttpResponse StationApi::Impl::whoAmI(Call& c) const {
    const ClinicSettings clinic = clinicSettingsOf(options.config);
    return jsonResponse(200, {{"station", c.station.name},
                              {"role", toString(c.station.role)},
                              {"location", c.station.location},
                              {"clinic",
                               {{"name", clinic.name},
                                {"time_zone", clinic.timeZone},
                                {"today", c.today.iso()},
                                {"largest_entry", formatMoneyPlain(clinic.largestEntry)},
                                {"desk_posts_payments", clinic.deskPostsPayments}}}});
}

HttpResponse StationApi::Impl::pbxCall(Call& c) const {
    const auto from = c.query.find("from");
    if (from == c.query.end()) return problem(400, "bad_request", "from: the caller's number");
    const auto digits = phoneDigits(from->second);
    if (!digits || digits->empty())
        return problem(400, "bad_request",
                       "from: " + (digits ? "the caller's number" : digits.error().message));
    std::string extension;
    if (const auto it = c.query.find("extension"); it != c.query.end()) extension = it->second;
    if (extension.size() > 16 || extension.find_first_not_of("0123456789") != std::string::npos)
        return problem(400, "bad_request", "extension: up to 16 digits");
    if (auto recorded = c.store.recordCall(*digits, extension, c.now); !recorded)
        return problemOf(recorded.error());
    HttpResponse answer{http::status::ok, 11};
    answer.set(http::field::content_type, "text/plain; charset=utf-8");
    answer.set(http::field::cache_control, "no-store");
    if (!options.config.clinic.answerCallerName) return answer;
    auto patients = patientsByPhone(c.store, *digits);
    if (!patients) return problemOf(patients.error());
    if (patients->size() == 1)  // several: no one name is the caller's
        answer.body() = patients->front().givenName + " " + patients->front().familyName;
    return answer;
}

HttpResponse StationApi::Impl::calls(Call& c) const {
    constexpr std::size_t kMostCalls = 20;
    auto last = c.store.lastCallId();
    if (!last) return problemOf(last.error());
    json list = json::array();
    if (const auto it = c.query.find("after"); it != c.query.end()) {
        std::int64_t after = 0;
        const auto* end = it->second.data() + it->second.size();
        if (std::from_chars(it->second.data(), end, after).ptr != end || it->second.empty())
            return problem(400, "bad_request", "after: a call id");
        auto found = c.store.callsFor(c.station.name, after, kMostCalls);
        if (!found) return problemOf(found.error());
        for (const CallEvent& call : *found)
            list.push_back({{"id", call.id},
                            {"from", call.callerDigits},
                            {"extension", call.extension},
                            {"at", call.at}});
    }
    return jsonResponse(200, {{"calls", list}, {"last", *last}});
}

HttpResponse StationApi::Impl::changes(Call& c) const {
    constexpr int kLongestWaitS = 60;
    int waitS = 25;
    if (const auto it = c.query.find("wait"); it != c.query.end()) {
        const auto& text = it->second;
        if (text.empty() || text.size() > 2 ||
            text.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(text) > kLongestWaitS)
            return problem(400, "bad_request", "wait: 0 to 60 seconds");
        waitS = std::stoi(text);
    }
    const auto seen = c.query.find("after");
    if (seen == c.query.end())
        return jsonResponse(200, {{"version", feed.version()}, {"today", c.today.iso()}});
    c.later = [this, seen = seen->second, waitS](const hooks::LaterReply& reply) {
        feed.wait(seen, std::chrono::seconds(waitS), [this, reply](const std::string& version) {
            reply(jsonResponse(200, {{"version", version}, {"today", today().iso()}}));
        });
    };
    return {};
}

HttpResponse StationApi::Impl::identify(Call& c) const {
    KioskIdentifyRequest r;
    const auto family = stringMember(c.body, "family_name");
    const auto code = stringMember(c.body, "appointment_code");
    const auto birth = stringMember(c.body, "birth_date");
    if ((family.has_value() == code.has_value()) || !birth)
        return problem(400, "bad_request",
                       "the body must be {\"family_name\", \"birth_date\"} or "
                       "{\"appointment_code\", \"birth_date\"}");
    auto birthDate = parseDate(*birth);
    if (!birthDate) return problem(400, "bad_request", "birth_date: " + birthDate.error().message);
    r.familyName = family.value_or("");
    r.appointmentCode = code.value_or("");
    r.birthDate = *birthDate;
    r.givenInitial = stringMember(c.body, "given_initial").value_or("");
    KioskFlow flow(c.store, options.config);
    auto found = flow.identify(c.station.name, r, c.today, c.now);
    if (!found) return problemOf(found.error());
    switch (found->kind) {
        case KioskIdentified::Kind::NotFound:
            return problem(404, "not_found");
        case KioskIdentified::Kind::LockedOut: {
            HttpResponse locked =
                jsonResponse(429, {{"error", "locked_out"}, {"retry_after_s", found->retryAfterS}});
            locked.set(http::field::retry_after, std::to_string(found->retryAfterS));
            return locked;
        }
        case KioskIdentified::Kind::AskInitial:
            return jsonResponse(200, {{"ask", "given_initial"}});
        case KioskIdentified::Kind::Found:
            break;
    }
    json appointments = json::array();
    for (const auto& a : found->appointments)
        appointments.push_back(
            {{"id", a.id}, {"start", a.start}, {"provider", a.provider}, {"location", a.location}});
    return jsonResponse(200, {{"checkin", found->handle},
                              {"first_name", found->firstName},
                              {"appointments", appointments}});
}

HttpResponse StationApi::Impl::checkIn(Call& c) const {
    const auto appointment = stringMember(c.body, "appointment");
    if (!appointment)
        return problem(400, "bad_request", "the body must be {\"appointment\": \"<id>\"}");
    auto language = languageOf(stringMember(c.body, "language"));
    if (!language) return problemOf(language.error());
    KioskFlow flow(c.store, options.config);
    auto view = flow.checkIn(c.station.name, c.params[0], *appointment, *language, c.today, c.now);
    if (!view) return problemOf(view.error());
    if (options.checkedIn) c.afterCommit.push_back(options.checkedIn);
    json answers = json::array();
    for (const ReminderOutcome o : view->answers) answers.push_back(toString(o));
    return jsonResponse(200, {{"remind", view->remind},
                              {"state", toString(view->state)},
                              {"kind", view->kind},
                              {"message", view->message},
                              {"amount", view->amount},
                              {"answers", answers}});
}

HttpResponse StationApi::Impl::answerPrompt(Call& c) const {
    const auto outcomeText = stringMember(c.body, "outcome");
    const auto outcome = outcomeText ? parseReminderOutcome(*outcomeText) : std::nullopt;
    if (!outcome)
        return problem(400, "bad_request", "the body must be {\"outcome\": \"<outcome>\"}");
    KioskFlow flow(c.store, options.config);
    if (auto ok = flow.answer(c.station.name, c.params[0], *outcome, c.today, c.now); !ok)
        return problemOf(ok.error());
    return jsonResponse(200, {{"recorded", true}});
}

HttpResponse StationApi::Impl::forget(Call& c) const {
    KioskFlow flow(c.store, options.config);
    if (auto ok = flow.forget(c.station.name, c.params[0], c.now); !ok)
        return problemOf(ok.error());
    return HttpResponse{http::status::no_content, 11};
}

HttpResponse StationApi::Impl::worklist(Call& c) const {
    auto day = readDate(c.query, c.today).value_or(c.today);
    if (const auto it = c.query.find("date"); it != c.query.end()) {
        auto parsed = parseDate(it->second);
        if (!parsed) return problem(400, "bad_request", "date: " + parsed.error().message);
        day = *parsed;
    }
    const auto language = queryLanguage(c.query);
    if (!language) return problemOf(language.error());
    const auto asOf = readDate(c.query, c.today);
    if (!asOf) return problemOf(asOf.error());
    BalanceLookup lookup(c.store, options.config.policy, audit.get());
    auto rows = lookup.worklist(day, *language, *asOf, actorOf(c), readKind(c));
    if (!rows) return problemOf(rows.error());
    return jsonResponse(200, worklistToJson(*rows, day));
}

HttpResponse StationApi::Impl::patients(Call& c) const {
    const auto text = c.query.find("q");
    const auto phone = c.query.find("phone");
    if ((text == c.query.end()) == (phone == c.query.end()))
        return problem(400, "bad_request",
                       "give q (a name, birth date, phone number or MRN) or phone (a caller's "
                       "number)");
    const auto language = queryLanguage(c.query);
    if (!language) return problemOf(language.error());
    const auto asOf = readDate(c.query, c.today);
    if (!asOf) return problemOf(asOf.error());
    PatientSearchResult found;
    if (text != c.query.end()) {
        const auto order = queryDateOrder(c.query, *language);
        if (!order) return problemOf(order.error());
        auto result =
            searchPatients(c.store, parsePatientQuery(text->second, *order), kSearchLimit);
        if (!result) return problemOf(result.error());
        found = std::move(*result);
    } else {
        auto callers = patientsByPhone(c.store, phone->second);
        if (!callers) return problemOf(callers.error());
        found.patients = std::move(*callers);
    }
    // a caller's prompt is the phone's; a search's is the station's own
    const bool call = phone != c.query.end() || c.station.role == StationRole::Phone;
    std::vector<std::string> mrns;
    for (const Patient& p : found.patients) mrns.push_back(p.mrn);
    BalanceLookup lookup(c.store, options.config.policy, audit.get());
    auto prompts =
        lookup.prompts(mrns, call ? Audience::Phone : Audience::Desk, *language, *asOf, actorOf(c),
                       phone != c.query.end() ? "call" : "search", readKind(c));
    if (!prompts) return problemOf(prompts.error());
    PatientList list{{}, found.truncated};
    for (std::size_t i = 0; i < found.patients.size(); ++i)
        list.rows.push_back({std::move(found.patients[i]), std::move((*prompts)[i])});
    return jsonResponse(200, patientListToJson(list));
}

HttpResponse StationApi::Impl::patient(Call& c) const {
    auto found = c.store.findPatient(c.params[0]);
    if (!found) return problemOf(found.error());
    if (!*found) return problem(404, "not_found", "no patient with this MRN");
    return jsonResponse(200, {{"patient", patientToJson(**found)}});
}

HttpResponse StationApi::Impl::checkBooking(Call& c) const {
    auto checked = frontdesk::checkBooking(c.store, bookingRequestOf(c.body));
    if (!checked) return problemOf(checked.error());
    return jsonResponse(200, bookingToJson(*checked));
}

HttpResponse StationApi::Impl::book(Call& c) const {
    auto booked = bookAppointment(c.store, bookingRequestOf(c.body));
    if (!booked) return problemOf(booked.error());
    if (!booked->problems.empty()) {
        json body = bookingToJson(*booked);
        body["error"] = "bad_request";
        body["message"] = booked->problems.front().message;
        return jsonResponse(400, body);
    }
    if (!booked->stored) {
        json body = bookingToJson(*booked);
        body["error"] = "overlaps";
        body["message"] = "the appointment overlaps booked time: send it again with \"anyway\"";
        return jsonResponse(409, body);
    }
    return jsonResponse(201, {{"appointment", appointmentToJson(booked->appointment)},
                              {"overlaps", bookingToJson(*booked)["overlaps"]}});
}

HttpResponse StationApi::Impl::prompt(Call& c) const {
    Audience audience = c.station.role == StationRole::Phone ? Audience::Phone : Audience::Desk;
    if (const auto it = c.query.find("for"); it != c.query.end()) {
        if (it->second == "desk")
            audience = Audience::Desk;
        else if (it->second == "phone")
            audience = Audience::Phone;
        else
            return problem(400, "bad_request", "for: '" + it->second + "' is not desk or phone");
    }
    const auto language = queryLanguage(c.query);
    if (!language) return problemOf(language.error());
    const auto asOf = readDate(c.query, c.today);
    if (!asOf) return problemOf(asOf.error());
    BalanceLookup lookup(c.store, options.config.policy, audit.get());
    auto found = lookup.prompt(c.params[0], audience, *language, *asOf, actorOf(c), readKind(c));
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return problem(404, "not_found", "no patient with this MRN");
        return problemOf(found.error());
    }
    return jsonResponse(200, promptToJson(*found));
}

HttpResponse StationApi::Impl::remind(Call& c) const {
    const auto outcomeText = stringMember(c.body, "outcome");
    const auto outcome = outcomeText ? parseReminderOutcome(*outcomeText) : std::nullopt;
    if (!outcome) return problem(400, "bad_request", "outcome: give one of the reminder outcomes");
    Channel channel = c.station.role == StationRole::Phone ? Channel::Phone : Channel::Desk;
    if (const auto asked = stringMember(c.body, "channel")) {
        const auto parsed = parseChannel(*asked);
        // the desk also answers the phone (a call popped on it); phone staff only the phone
        const bool allowed = parsed && *parsed != Channel::Kiosk &&
                             (c.station.role != StationRole::Phone || *parsed == Channel::Phone);
        if (!allowed)
            return problem(400, "bad_request",
                           "channel: a " + std::string(toString(c.station.role)) +
                               " station records on the desk or phone channel it serves");
        channel = *parsed;
    }
    ReminderInput r{c.params[0],
                    c.today,
                    channel,
                    *outcome,
                    stringMember(c.body, "staff").value_or(c.station.name),
                    stringMember(c.body, "note").value_or(""),
                    std::nullopt};
    if (const auto payment = stringMember(c.body, "payment")) {
        auto cents = parseMoney(*payment);
        if (!cents) return problem(400, "bad_request", "payment: " + cents.error().message);
        r.payment = *cents;
    }
    if (auto ok = c.store.recordReminder(r); !ok) return problemOf(ok.error());
    return jsonResponse(201, {{"recorded", true},
                              {"mrn", r.mrn},
                              {"on", r.on.iso()},
                              {"channel", toString(r.channel)},
                              {"outcome", toString(r.outcome)}});
}

HttpResponse StationApi::Impl::postEntry(Call& c) const {
    ManualEntry entry{stringMember(c.body, "kind").value_or(""), c.params[0],
                      stringMember(c.body, "amount").value_or(""),
                      stringMember(c.body, "memo").value_or(""),
                      stringMember(c.body, "on").value_or("")};
    Date asOf = c.today;
    if (const auto asked = stringMember(c.body, "as_of")) {
        auto parsed = parseDate(*asked);
        if (!parsed) return problem(400, "bad_request", "as_of: " + parsed.error().message);
        asOf = *parsed;
    }
    auto posted = postManualEntry(c.store, entry, asOf);
    if (!posted) return problemOf(posted.error());
    return jsonResponse(201, postedEntryToJson(*posted));
}

Result<ClinicData*> StationApi::Impl::managerData() const {
    if (!manager) {
        auto opened = makeLocalClinicData(options.dbPath, options.config, options.asOf);
        if (!opened) return tl::unexpected(opened.error());
        manager = std::move(*opened);
    }
    return manager.get();
}

HttpResponse StationApi::Impl::policy(Call&) const {
    return jsonResponse(200, {{"policy", policyToml(options.config.policy)}});
}

// ?from=D&to=D, both required; the report without the lists that name patients.
HttpResponse StationApi::Impl::report(Call& c) const {
    Date period[2];
    const char* names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const auto it = c.query.find(names[i]);
        if (it == c.query.end())
            return problem(400, "bad_request", std::string(names[i]) + " (YYYY-MM-DD) is required");
        auto parsed = parseDate(it->second);
        if (!parsed)
            return problem(400, "bad_request",
                           std::string(names[i]) + ": " + parsed.error().message);
        period[i] = *parsed;
    }
    const std::lock_guard lock(managerMutex);
    auto data = managerData();
    if (!data) return problemOf(data.error());
    auto read = (*data)->report(period[0], period[1]);
    if (!read) return problemOf(read.error());
    managerReadAt = std::chrono::steady_clock::now();
    return jsonResponse(200, reportJson(*read, PatientLines::Omit));
}

// {"policy": "<policy.toml text>"}: the candidate (policyToml's every key; a key left out
// takes its default, as in policy.toml) beside the policy in force.
HttpResponse StationApi::Impl::whatIf(Call& c) const {
    const auto text = stringMember(c.body, "policy");
    if (!text)
        return problem(400, "bad_request", "the body must be {\"policy\": \"<policy.toml text>\"}");
    auto candidate = parsePolicy(*text, "the candidate policy");
    if (!candidate) return problemOf(candidate.error());
    const std::lock_guard lock(managerMutex);
    if (std::chrono::steady_clock::now() - managerReadAt > kManagerAccountsKept) {
        manager.reset();  // accounts read a while ago: read them again, as they are now
        managerReadAt = std::chrono::steady_clock::now();
    }
    auto data = managerData();
    if (!data) return problemOf(data.error());
    auto compared = (*data)->whatIf(*candidate);
    if (!compared) return problemOf(compared.error());
    return jsonResponse(200, whatIfJson(*compared, options.config.policy, *candidate));
}

}  // namespace frontdesk::server
