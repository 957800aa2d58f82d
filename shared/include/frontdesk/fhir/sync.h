#pragma once

// frontdesk sync: patients, appointments and account balances from the practice's EHR over
// FHIR, incrementally, and check-ins written back (docs/fhir-sync.md).

#include <functional>
#include <string>
#include <vector>

#include "frontdesk/config/config.h"
#include "frontdesk/fhir/client.h"
#include "frontdesk/fhir/resources.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

struct FhirSyncOptions {
    FhirMapping mapping;  // MRN system, currency, time zone and the as-of date
    int daysAhead = 14;   // appointments from mapping.asOf to this many days after it
    int pageSize = 500;   // _count of each search
    bool pushCheckins = false;
    // Called after each page and each step with a line of counts; never a name, date of
    // birth, phone, amount or token.
    std::function<void(const std::string&)> progress;
};

struct SyncCounts {
    std::size_t created = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t skipped = 0;
};

// A resource that was not synced, by its id, with the reason.
struct SkippedResource {
    std::string resourceType;
    std::string id;
    std::string reason;
};

struct SyncReport {
    SyncCounts patients;
    SyncCounts accounts;
    SyncCounts appointments;
    std::vector<SkippedResource> skipped;
    // What the run did that someone should know of, by resource and id: an appointment the
    // EHR no longer has, cancelled here; a check-in given up.
    std::vector<SkippedResource> warnings;
    std::size_t checkinsSent = 0;
    std::size_t checkinsFailed = 0;   // kept in the outbox, tried again next time
    std::size_t checkinsGivenUp = 0;  // the EHR no longer has the appointment: never sent
    // Why the sync stopped before the end (the EHR could not be reached, an HTTP error...);
    // the pages before it are stored and the next run resumes after them. Empty: it finished.
    std::string stoppedBy;
};

// Runs the sync: Patient, then Account, each a search from its stored high-water mark
// (_lastUpdated), sorted by _lastUpdated, each page asked from the largest lastUpdated read
// (never by the server's offsets) and committed with the new mark; then every appointment of
// the window of days (in the clinic's time zone), with the stored ones it did not return read
// by id (moved or changed: updated; gone: cancelled); then the queued check-ins when
// pushCheckins is on.
// A malformed resource is skipped and reported. Fails with BadInput when the EHR refuses the
// token (401/403), Storage when the database fails; other failures end the run early with
// `stoppedBy` set.
Result<SyncReport> runFhirSync(Store& store, FhirClient& client, const FhirSyncOptions& options);

// The FHIR client's options from the config: base URL, the token read from its file, timeouts,
// the size cap and retries. BadInput when there is no base URL or the token file is unusable.
Result<FhirClientOptions> fhirClientOptions(const FhirSettings& settings);

// What sending the queued check-ins did.
struct CheckinPushReport {
    std::size_t sent = 0;
    std::size_t failed = 0;  // kept in the outbox, tried again next time
    // The EHR no longer has the Appointment (404 or 410, and a search by its id finds
    // nothing): taken off the queue, with the reason.
    std::vector<SkippedResource> givenUp;
    bool tokenRefused = false;
    std::string stoppedBy;  // the EHR could not be reached: the rest wait for the next try
};

// Sends the queued check-ins (checkin_outbox): each Appointment read fresh, set to arrived and
// written back with If-Match (one the EHR already reports as arrived, checked-in or fulfilled
// is not written). A failure stays queued with its reason; an unreachable EHR stops the round
// (the rest wait); an Appointment the EHR no longer has is given up. Storage errors fail.
Result<CheckinPushReport> pushCheckins(Store& store, FhirClient& client);

}  // namespace frontdesk
