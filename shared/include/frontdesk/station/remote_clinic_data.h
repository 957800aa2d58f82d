#pragma once

// A desk or phone station's clinic on the clinic server (docs/station-api.md): the same
// ClinicData as the database on this computer, through a station's credential. A thread of its
// own long-polls GET /v1/changes, so that a change at any station is seen within a second or
// two, and notices when the server stops answering (offlineSince) and when it is back.

#include <chrono>
#include <memory>
#include <string>

#include "frontdesk/station/clinic_data.h"

namespace frontdesk {

struct RemoteClinicOptions {
    std::string credentialPath;  // frontdesk enroll's file (a desk, phone or admin station)
    std::string caFile;          // the CAs to trust for the server, when not the system's
    std::chrono::milliseconds connectTimeout{2'000};
    std::chrono::milliseconds requestTimeout{5'000};
    std::chrono::seconds changeWait{25};          // a long poll's wait at the server
    std::chrono::milliseconds retryEvery{2'000};  // after the server did not answer
    // An admin station's report and what-if (the manager's view): the server reads much of
    // the database for them (a few seconds on a clinic of a million patients).
    std::chrono::milliseconds reportTimeout{120'000};
};

// Reads the credential and asks the server who this station is (GET /v1/station: its role,
// the clinic's settings and date), then starts watching for changes. BadInput for an
// unreadable or refused credential, or one of a kiosk or phone system; Storage when the server
// cannot be reached. An admin station's desk also shows the manager's view (GET /v1/report,
// POST /v1/whatif).
Result<std::unique_ptr<ClinicData>> connectClinicData(const RemoteClinicOptions& options);

}  // namespace frontdesk
