#include "frontdesk/fhir/checkin_pusher.h"

#include "frontdesk/fhir/sync.h"
#include "frontdesk/store/store.h"
#include "sync_run.h"

namespace frontdesk {
namespace {

// The EHR already has the patient's arrival, or what follows it.
bool knowsArrival(const std::string& status) {
    return status == "arrived" || status == "checked-in" || status == "fulfilled";
}

// Tells the EHR of one check-in: the Appointment read fresh, its status set to arrived, and
// written back with If-Match on the version read.
FhirResult<std::string> sendCheckin(FhirClient& client, const PendingCheckin& checkin) {
    const std::string path = "Appointment/" + urlEncode(checkin.ehrAppointmentId);
    auto current = client.get(path);
    if (!current) return tl::unexpected(current.error());
    // Plain JSON here (no money is read): decimals must go back to the EHR as numbers.
    nlohmann::json resource =
        nlohmann::json::parse(current->body, nullptr, /*allow_exceptions=*/false);
    if (resource.is_discarded() || !resource.is_object())
        return tl::unexpected(FhirError{FhirFailure::BadBody, current->status,
                                        "GET Appointment: the body is not a JSON resource"});
    if (knowsArrival(resource.value("status", ""))) return current->etag;
    resource["status"] = "arrived";
    auto written =
        client.put(path, resource.dump(), current->etag.empty() ? checkin.etag : current->etag);
    if (!written) return tl::unexpected(written.error());
    return written->etag;
}

// Whether the EHR no longer has the Appointment: 410 Gone, or 404 Not Found and a search by
// its id that answers without it (a 404 alone may come from a wrong base URL).
bool appointmentGone(FhirClient& client, const FhirError& error, const std::string& id) {
    if (error.failure != FhirFailure::Status || (error.status != 404 && error.status != 410))
        return false;
    if (error.status == 410) return true;
    bool found = false;
    auto searched =
        client.search("Appointment?_id=" + urlEncode(id), [&](const nlohmann::json& bundle) {
            for (const nlohmann::json* r : sync::matches(bundle))
                found = found || sync::idOf(*r) == id;
            return !found;
        });
    return searched && !found;
}

// Records what became of one check-in; false when the round stops (the EHR is unreachable
// or refused the token).
Result<bool> record(Store& store, FhirClient& client, const PendingCheckin& checkin,
                    const FhirResult<std::string>& sent, CheckinPushReport& report) {
    if (sent) {
        ++report.sent;
        return store.checkinSent(checkin.id, *sent).map([] { return true; });
    }
    const FhirError& error = sent.error();
    if (appointmentGone(client, error, checkin.ehrAppointmentId)) {
        const std::string reason = "HTTP " + std::to_string(error.status) +
                                   ": the EHR no longer has the appointment; check-in given up";
        report.givenUp.push_back({"Appointment", checkin.ehrAppointmentId, reason});
        return store.checkinGivenUp(checkin.id, reason).map([] { return true; });
    }
    ++report.failed;
    auto recorded = store.checkinFailed(checkin.id, error.message);
    if (!recorded) return tl::unexpected(recorded.error());
    report.tokenRefused = error.failure == FhirFailure::Auth;
    if (report.tokenRefused || error.failure == FhirFailure::Network) {  // try next time
        report.stoppedBy = error.message;
        return false;
    }
    return true;
}

}  // namespace

Result<CheckinPushReport> pushCheckins(Store& store, FhirClient& client) {
    auto pending = store.pendingCheckins(10'000);
    if (!pending) return tl::unexpected(pending.error());
    CheckinPushReport report;
    for (const PendingCheckin& checkin : *pending) {
        auto going = record(store, client, checkin, sendCheckin(client, checkin), report);
        if (!going) return tl::unexpected(going.error());
        if (!*going) break;
    }
    return report;
}

CheckinPusher::CheckinPusher(std::string dbPath, FhirSettings settings, Report report)
    : m_dbPath(std::move(dbPath)), m_settings(std::move(settings)), m_report(std::move(report)) {
    m_thread = std::thread([this] { run(); });
}

CheckinPusher::~CheckinPusher() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void CheckinPusher::poke() {
    {
        std::lock_guard lock(m_mutex);
        m_poked = true;
    }
    m_wake.notify_one();
}

void CheckinPusher::run() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_poked || m_stopping; });
        if (m_stopping) return;
        m_poked = false;
        lock.unlock();
        round();
        lock.lock();
    }
}

void CheckinPusher::round() {
    const auto say = [this](const std::string& line) {
        if (m_report) m_report(line);
    };
    auto options = fhirClientOptions(m_settings);
    if (!options) return say("check-ins to the EHR: " + options.error().message);
    options->maxAttempts = 1;  // a check-in left queued is sent by the next round or the sync
    auto client = FhirClient::create(std::move(*options));
    if (!client) return say("check-ins to the EHR: " + client.error().message);
    auto store = Store::open(m_dbPath, Store::interactiveTuning());
    if (!store) return say("check-ins to the EHR: " + store.error().message);
    auto pushed = pushCheckins(*store, *client);
    if (!pushed) return say("check-ins to the EHR: " + pushed.error().message);
    if (pushed->failed > 0)
        say("check-ins to the EHR: " + std::to_string(pushed->sent) + " sent, " +
            std::to_string(pushed->failed) + " kept to retry");
    for (const auto& given : pushed->givenUp)
        say("check-ins to the EHR: " + given.resourceType + "/" + given.id + ": " + given.reason);
}

}  // namespace frontdesk
