#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "frontdesk/config/config.h"

namespace frontdesk {

// Sends the kiosk's check-ins to the EHR in the background, right after each one, so that the
// EHR's Appointment shows `arrived` within seconds; the check-in itself never waits. It works
// from the check-in outbox (filled in the check-in's own transaction), on its own thread with
// its own database connection: what it cannot send stays queued for its next round or for
// `frontdesk sync`. Reports one line per round without names, amounts or tokens.
class CheckinPusher {
public:
    using Report = std::function<void(const std::string& line)>;

    CheckinPusher(std::string dbPath, FhirSettings settings, Report report = {});
    ~CheckinPusher();  // finishes the round under way, then stops
    CheckinPusher(const CheckinPusher&) = delete;
    CheckinPusher& operator=(const CheckinPusher&) = delete;

    // A check-in was queued: send what is queued (now, or after the round under way).
    void poke();

private:
    void run();
    void round();

    std::string m_dbPath;
    FhirSettings m_settings;
    Report m_report;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_poked = false;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace frontdesk
