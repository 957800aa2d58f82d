#pragma once

// One ledger entry posted by hand (`frontdesk post`, an admin station's POST
// /v1/patients/{mrn}/entries): checked as typed, posted with a fresh "manual:" source id, and
// answered with the balance after it. The JSON is what `frontdesk post --json` prints.

#include <string>

#include <nlohmann/json.hpp>

#include "frontdesk/store/store.h"

namespace frontdesk {

struct ManualEntry {
    std::string kind;  // an entry kind's name; the write-off run's own two are refused
    std::string mrn;
    std::string amount;  // as typed: "7.50", "(5.00)", "$1,234.50"
    std::string memo;
    std::string on;  // "YYYY-MM-DD"; empty: the as-of date
};

struct PostedEntry {
    std::string entryId;
    std::string mrn;
    std::string kind;
    Cents amount;
    Date postedOn;
    Cents reversed;  // of earlier small-balance write-offs, posted first
    Cents balance;   // the patient's balance after it
};

// Posts the entry; BadInput naming what is wrong (the kind, the amount, --on), NotFound for an
// unknown MRN, with nothing written.
Result<PostedEntry> postManualEntry(Store& store, const ManualEntry& entry, Date asOf);

nlohmann::json postedEntryToJson(const PostedEntry& posted);
// BadInput when a member is missing or of another type.
Result<PostedEntry> postedEntryFromJson(const nlohmann::json& json);

}  // namespace frontdesk
