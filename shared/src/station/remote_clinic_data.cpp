#include "frontdesk/station/remote_clinic_data.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>

#include "frontdesk/config/config.h"
#include "frontdesk/domain/prompt_json.h"
#include "frontdesk/runs/report_json.h"
#include "frontdesk/station/station_client.h"
#include "frontdesk/store/booking_json.h"
#include "frontdesk/store/worklist_json.h"

namespace frontdesk {
namespace {

using nlohmann::json;

std::optional<std::string> textOf(const json& object, const char* key) {
    const auto it = object.is_object() ? object.find(key) : object.end();
    if (it == object.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

// GET /v1/station's "clinic": the settings and the server's date.
Result<std::pair<ClinicSettings, Date>> clinicOf(const json& station) {
    const auto clinic = station.is_object() ? station.find("clinic") : station.end();
    if (clinic == station.end() || !clinic->is_object())
        return fail(ErrorCode::Storage, "the server did not say which clinic it serves");
    const auto today = textOf(*clinic, "today");
    const auto date = today ? parseDate(*today) : Result<Date>(fail(ErrorCode::Storage, ""));
    const auto largest = textOf(*clinic, "largest_entry");
    const auto cents = largest ? parseMoney(*largest) : Result<Cents>(fail(ErrorCode::Storage, ""));
    const auto posts = clinic->find("desk_posts_payments");
    if (!date || !cents || posts == clinic->end() || !posts->is_boolean())
        return fail(ErrorCode::Storage, "the server's clinic settings are incomplete");
    return std::make_pair(
        ClinicSettings{textOf(*clinic, "name").value_or(""),
                       textOf(*clinic, "time_zone").value_or(""), *cents, posts->get<bool>()},
        *date);
}

std::string languageCode(Language language) {
    return std::string(toString(language));
}

class RemoteClinicData final : public ClinicData {
public:
    RemoteClinicData(StationClient client, StationClientOptions watchOptions,
                     std::optional<StationClient> managerClient, ClinicSettings settings,
                     Date today, const RemoteClinicOptions& options)
        : m_client(std::move(client)),
          m_managerClient(std::move(managerClient)),
          m_settings(std::move(settings)),
          m_today(today),
          m_changeWait(options.changeWait),
          m_retryEvery(options.retryEvery),
          m_cancel(std::make_shared<std::atomic<bool>>(false)) {
        watchOptions.cancel = m_cancel;
        m_watcher = std::thread([this, watchOptions = std::move(watchOptions)]() mutable {
            watch(std::move(watchOptions));
        });
    }

    ~RemoteClinicData() override {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_cancel->store(true);
        m_wake.notify_all();
        if (m_watcher.joinable()) m_watcher.join();
    }
    RemoteClinicData(const RemoteClinicData&) = delete;
    RemoteClinicData& operator=(const RemoteClinicData&) = delete;

    const ClinicSettings& settings() const override { return m_settings; }
    Date today() const override {
        const std::lock_guard lock(m_mutex);
        return m_today;
    }

    Result<WorklistRows> worklist(Date day, Language language, const std::string& staff,
                                  Read read) override {
        auto answer = get("/v1/worklist?date=" + day.iso() + "&lang=" + languageCode(language) +
                          staffQuery(staff, read));
        if (!answer) return tl::unexpected(answer.error());
        return fromServer(worklistFromJson(*answer));
    }

    Result<PatientList> search(const std::string& text, DateOrder order, Language language,
                               const std::string& staff, Read read) override {
        auto answer = get("/v1/patients?q=" + urlEncoded(text) +
                          "&dates=" + (order == DateOrder::MonthFirst ? "mdy" : "dmy") +
                          "&lang=" + languageCode(language) + staffQuery(staff, read));
        if (!answer) return tl::unexpected(answer.error());
        return fromServer(patientListFromJson(*answer));
    }

    Result<std::vector<PatientWithPrompt>> callers(const std::string& number, Language language,
                                                   const std::string& staff) override {
        auto answer = get("/v1/patients?phone=" + urlEncoded(number) +
                          "&lang=" + languageCode(language) + staffQuery(staff, Read::Lookup));
        if (!answer) return tl::unexpected(answer.error());
        auto list = fromServer(patientListFromJson(*answer));
        if (!list) return tl::unexpected(list.error());
        return std::move(list->rows);
    }

    Result<std::optional<Patient>> patient(const std::string& mrn) override {
        auto answer = get("/v1/patients/" + urlEncoded(mrn));
        if (!answer) {
            if (answer.error().code == ErrorCode::NotFound) return std::optional<Patient>();
            return tl::unexpected(answer.error());
        }
        const auto member = answer->find("patient");
        if (member == answer->end()) return fail(ErrorCode::Storage, "the server sent no patient");
        auto found = fromServer(patientFromJson(*member));
        if (!found) return tl::unexpected(found.error());
        return std::optional<Patient>(std::move(*found));
    }

    Result<Prompt> prompt(const std::string& mrn, Audience audience, Language language,
                          const std::string& staff, Read read) override {
        auto answer = get("/v1/patients/" + urlEncoded(mrn) +
                          "/prompt?for=" + std::string(toString(audience)) +
                          "&lang=" + languageCode(language) + staffQuery(staff, read));
        if (!answer) return tl::unexpected(answer.error());
        return fromServer(promptFromJson(*answer));
    }

    Result<void> recordReminder(const ReminderInput& r) override {
        json body{{"outcome", toString(r.outcome)},
                  {"channel", toString(r.channel)},
                  {"staff", r.staffId},
                  {"note", r.note}};
        if (r.payment) body["payment"] = formatMoneyPlain(*r.payment);
        auto answer =
            seen(m_client.post("/v1/patients/" + urlEncoded(r.mrn) + "/reminders", body, true));
        if (!answer) return tl::unexpected(answer.error());
        return {};
    }

    Result<BookingResult> checkBooking(const BookingRequest& request) override {
        auto answer = seen(m_client.post("/v1/appointments/check", bookingBody(request), false));
        if (!answer) return tl::unexpected(answer.error());
        return fromServer(bookingFromJson(*answer));
    }

    Result<BookingResult> book(const BookingRequest& request) override {
        auto reply = m_client.call("POST", "/v1/appointments", bookingBody(request), true);
        if (!reply) return tl::unexpected(seenError(reply.error()));
        markOnline();
        if (reply->status != 201 && reply->status != 400 && reply->status != 409)
            return tl::unexpected(seenError(stationError(*reply)));
        json answer = reply->body;
        if (reply->status == 201 && answer.is_object())  // stored: no problems to list
            answer["problems"] = json::array();
        auto result = fromServer(bookingFromJson(answer));
        if (!result) return tl::unexpected(result.error());
        if (reply->status != 201) return result;
        const auto appointment = reply->body.find("appointment");
        if (appointment == reply->body.end())
            return fail(ErrorCode::Storage, "the server sent no appointment");
        auto stored = fromServer(appointmentFromJson(*appointment));
        if (!stored) return tl::unexpected(stored.error());
        result->stored = true;
        result->appointment = std::move(*stored);
        return result;
    }

    Result<bool> changed() override { return m_changed.exchange(false); }

    std::vector<std::string> takeCalls() override {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_calls, {});
    }

    std::optional<UnixSeconds> offlineSince() const override {
        const UnixSeconds since = m_offlineSince.load();
        if (since == 0) return std::nullopt;
        return since;
    }

    // An admin station's: the server reads the report and the what-if on its database.
    bool managerView() const override { return m_managerClient.has_value(); }

    // Read once, and again with each report (the what-if's sliders ask at every move).
    Result<Policy> policy() override {
        if (!m_managerClient) return noManagerView();
        if (m_policy) return *m_policy;
        auto answer = seen(m_managerClient->get("/v1/policy"));
        if (!answer) return tl::unexpected(answer.error());
        const auto text = textOf(*answer, "policy");
        if (!text) return fail(ErrorCode::Storage, "the server sent no policy");
        auto read = fromServer(parsePolicy(*text, "the server's policy"));
        if (read) m_policy = *read;
        return read;
    }

    Result<PracticeReport> report(Date from, Date to) override {
        if (!m_managerClient) return noManagerView();
        m_policy.reset();
        auto answer =
            seen(m_managerClient->get("/v1/report?from=" + from.iso() + "&to=" + to.iso()));
        if (!answer) return tl::unexpected(answer.error());
        return fromServer(reportFromJson(*answer));
    }

    Result<PolicyComparison> whatIf(const Policy& candidate) override {
        if (!m_managerClient) return noManagerView();
        auto answer =
            seen(m_managerClient->post("/v1/whatif", {{"policy", policyToml(candidate)}}, false));
        if (!answer) return tl::unexpected(answer.error());
        return fromServer(whatIfFromJson(*answer));
    }

private:
    // "&staff=...", and "&refresh=1" for a list read again (not audited again).
    static std::string staffQuery(const std::string& staff, Read read) {
        return "&staff=" + urlEncoded(staff) + (read == Read::Refresh ? "&refresh=1" : "");
    }

    static json bookingBody(const BookingRequest& r) {
        return {{"mrn", r.mrn},           {"start", r.start},       {"duration_min", r.durationMin},
                {"provider", r.provider}, {"location", r.location}, {"anyway", r.anyway}};
    }

    // An answer the server sent that this station cannot read is the server's fault: Storage.
    template <typename T>
    static Result<T> fromServer(Result<T> parsed) {
        if (parsed) return parsed;
        return fail(ErrorCode::Storage,
                    "the server's answer is not understood: " + parsed.error().message);
    }

    Result<json> get(const std::string& target) { return seen(m_client.get(target)); }

    // Notes whether the server answered.
    Result<json> seen(Result<json> answer) {
        if (answer) {
            markOnline();
            return answer;
        }
        return tl::unexpected(seenError(answer.error()));
    }
    Error seenError(Error error) {
        if (error.code == ErrorCode::Storage)
            markOffline();
        else
            markOnline();
        return error;
    }
    void markOffline() {
        UnixSeconds online = 0;
        m_offlineSince.compare_exchange_strong(online, systemNow());
    }
    void markOnline() {
        if (m_offlineSince.exchange(0) != 0) m_changed = true;  // what was missed is read again
    }

    // The watcher's loop: a long poll of GET /v1/changes, again and again; after a failure,
    // again every retryEvery.
    void watch(StationClientOptions options) {
        auto client = StationClient::create(std::move(options));
        std::string version;
        std::optional<std::int64_t> lastCall;  // the newest call seen; calls before start ignored
        while (client) {
            std::string target = "/v1/changes";
            if (!version.empty())
                target += "?after=" + urlEncoded(version) +
                          "&wait=" + std::to_string(m_changeWait.count());
            auto answer = client->get(target);
            if (stopping()) return;
            const auto next = answer ? textOf(*answer, "version") : std::nullopt;
            if (!next) {
                markOffline();
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, m_retryEvery, [this] { return m_stopping; });
                if (m_stopping) return;
                continue;
            }
            markOnline();
            if (!version.empty() && *next != version) m_changed = true;
            if (*next != version) lastCall = readCalls(*client, lastCall);
            version = *next;
            if (const auto today = textOf(*answer, "today"))
                if (auto date = parseDate(*today)) {
                    const std::lock_guard lock(m_mutex);
                    m_today = *date;
                }
        }
    }
    // The calls after `after` for this station, queued for takeCalls; the newest id seen. The
    // first time (nothing seen yet) only the newest id is taken.
    std::optional<std::int64_t> readCalls(StationClient& client,
                                          std::optional<std::int64_t> after) {
        auto answer = client.get("/v1/calls" + (after ? "?after=" + std::to_string(*after) : ""));
        if (!answer) return after;
        std::optional<std::int64_t> newest = after;
        const auto last = answer->find("last");
        if (!after && last != answer->end() && last->is_number_integer())
            return last->get<std::int64_t>();
        const auto calls = answer->find("calls");
        if (calls == answer->end() || !calls->is_array()) return after;
        const std::lock_guard lock(m_mutex);
        for (const json& call : *calls) {
            const auto from = textOf(call, "from");
            const auto id = call.find("id");
            if (!from || id == call.end() || !id->is_number_integer()) continue;
            m_calls.push_back(*from);
            newest = std::max(newest.value_or(0), id->get<std::int64_t>());
        }
        return newest;
    }

    bool stopping() const {
        const std::lock_guard lock(m_mutex);
        return m_stopping;
    }

    StationClient m_client;  // the GUI thread's
    // The manager's view's (an admin station's only): the same server with a longer wait, as
    // a report reads much of the database.
    std::optional<StationClient> m_managerClient;
    std::optional<Policy> m_policy;  // the server's policy in force, as last read
    ClinicSettings m_settings;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    Date m_today;
    std::vector<std::string> m_calls;  // announced, not yet taken
    bool m_stopping = false;
    std::chrono::seconds m_changeWait;
    std::chrono::milliseconds m_retryEvery;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::atomic<bool> m_changed{false};
    std::atomic<UnixSeconds> m_offlineSince{0};
    std::thread m_watcher;
};

}  // namespace

Result<std::unique_ptr<ClinicData>> connectClinicData(const RemoteClinicOptions& options) {
    auto credential = readCredential(options.credentialPath);
    if (!credential) return tl::unexpected(credential.error());
    if (credential->role == StationRole::Kiosk || credential->role == StationRole::Pbx)
        return fail(ErrorCode::BadInput, options.credentialPath + " is a " +
                                             std::string(toString(credential->role)) +
                                             " station's credential, not a desk's");
    StationClientOptions clientOptions{credential->server, credential->token, options.caFile,
                                       options.connectTimeout, options.requestTimeout};
    StationClientOptions watchOptions = clientOptions;
    watchOptions.requestTimeout = options.changeWait + options.requestTimeout;
    StationClientOptions managerOptions = clientOptions;
    managerOptions.requestTimeout = options.reportTimeout;
    auto client = StationClient::create(std::move(clientOptions));
    if (!client) return tl::unexpected(client.error());
    std::optional<StationClient> managerClient;
    if (credential->role == StationRole::Admin) {
        auto made = StationClient::create(std::move(managerOptions));
        if (!made) return tl::unexpected(made.error());
        managerClient = std::move(*made);
    }
    auto station = client->get("/v1/station");
    if (!station) return tl::unexpected(station.error());
    auto clinic = clinicOf(*station);
    if (!clinic) return tl::unexpected(clinic.error());
    return std::unique_ptr<ClinicData>(std::make_unique<RemoteClinicData>(
        std::move(*client), std::move(watchOptions), std::move(managerClient),
        std::move(clinic->first), clinic->second, options));
}

}  // namespace frontdesk
