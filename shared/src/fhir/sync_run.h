#pragma once

// What the parts of one run of frontdesk sync share (sync.cpp, sync_search.cpp,
// sync_appointments.cpp): the store, the client, the options and the report being filled.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/fhir/sync.h"

namespace frontdesk::sync {

using nlohmann::json;

struct Run {
    Store& store;
    FhirClient& client;
    const FhirSyncOptions& options;
    SyncReport& report;

    void skip(const std::string& type, const std::string& id, const std::string& reason,
              SyncCounts& counts);
    // Counts a store call's outcome row by row; `ids` names the rows for the skipped ones.
    void tally(const SyncOutcome& outcome, const std::vector<std::string>& ids,
               const std::string& type, SyncCounts& counts);
    void progress(const std::string& line) const;
};

// Resource.id, or "(no id)".
std::string idOf(const json& resource);

// The resources a search matched (entries added by _include or as outcomes are left out).
std::vector<const json*> matches(const json& bundle);

// The run ends on an error: a refused token fails the sync (BadInput); anything else stops it
// with report.stoppedBy set, and false.
Result<bool> stopOn(const FhirError& error, SyncReport& report);

// Stores one page of resources, with the mark to write in the same transaction (if any).
using PageStore = std::function<Result<void>(const std::vector<const json*>& resources,
                                             const std::optional<SyncMark>& mark)>;

struct SortedSearch {
    std::string resourceType;
    std::string query;      // "Patient?_count=500&_sort=_lastUpdated[&filters]"
    std::string since;      // meta.lastUpdated to start from (_lastUpdated=ge); empty: all
    bool movesMark = true;  // whether pages carry the resource type's new high-water mark
};

// Reads every resource a search sorted by _lastUpdated matches, asking each page from the
// largest meta.lastUpdated read so far (_lastUpdated=ge, the ones at it already read left
// out), never by the server's own paging, which may shift while another client writes. Only
// a page of resources all at the lastUpdated it was asked from is followed by its `next`
// link. A server that ignores _sort or _lastUpdated (a page out of order, or older than asked)
// is read by its `next` links, and the mark then moves only at the end. True when the search
// was read to its end; false when it stopped (report.stoppedBy says why).
Result<bool> readSorted(Run& run, const SortedSearch& search, const PageStore& storePage);

// The appointments of the window of days, and the stored ones it no longer holds
// (sync_appointments.cpp).
Result<bool> syncAppointments(Run& run);

}  // namespace frontdesk::sync
