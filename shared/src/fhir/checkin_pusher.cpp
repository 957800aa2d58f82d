#include "frontdesk/fhir/checkin_pusher.h"

#include "frontdesk/fhir/sync.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

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
}

}  // namespace frontdesk
