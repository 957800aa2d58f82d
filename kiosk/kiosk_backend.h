#pragma once

// Where a kiosk's check-in runs: on this machine's database (the demo, the one-PC practice) or
// on the clinic server the kiosk is enrolled at (docs/station-api.md). Both run the same flow,
// KioskFlow: the server runs it for its kiosks, the local backend runs it in the kiosk itself.
// So identification, the lock-out, the visit behind a handle, what is audited and what the
// balance step shows are decided once, whichever the kiosk uses.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "frontdesk/config/config.h"
#include "frontdesk/station/kiosk_flow.h"

namespace frontdesk::kiosk {

// The clinic server a kiosk is enrolled at (frontdesk-kiosk --server URL).
struct KioskServer {
    std::string credentialPath;  // {"server", "station", "role", "token"}, 0600
    std::string caFile;          // the CAs to trust instead of the system's; "" for those
};

// Where the kiosk's data and settings come from.
struct KioskOptions {
    std::string dbPath;
    Config config;
    std::optional<Date> asOf;  // fixed date (tests, demos); otherwise today in the clinic
    std::string kioskId = "kiosk-1";
    // Set: check-in runs on the server (dbPath unused; the server's date and policy decide).
    std::optional<KioskServer> server{};
    // The clock of the local lock-out and of the visits' lifetime; empty: the system's.
    std::function<UnixSeconds()> clock{};
};

class KioskBackend {
public:
    KioskBackend() = default;
    KioskBackend(const KioskBackend&) = delete;
    KioskBackend& operator=(const KioskBackend&) = delete;
    virtual ~KioskBackend() = default;

    // Whether check-in can be offered: the database opens, or the server answers and knows
    // this kiosk. Storage (or BadInput for a refused credential) when not.
    virtual Result<void> ready() = 0;
    // The kiosk's lock-out, the match and the visit: KioskFlow::identify.
    virtual Result<KioskIdentified> identify(const KioskIdentifyRequest& request) = 0;
    virtual Result<KioskPromptView> checkIn(const std::string& handle,
                                            const std::string& appointmentId,
                                            Language language) = 0;
    virtual Result<void> answer(const std::string& handle, ReminderOutcome outcome) = 0;
    // Ends a visit that did not finish (the patient walked away).
    virtual Result<void> forget(const std::string& handle) = 0;
};

// The server's backend when options.server is set, else the local database's.
std::unique_ptr<KioskBackend> makeKioskBackend(const KioskOptions& options);

}  // namespace frontdesk::kiosk
