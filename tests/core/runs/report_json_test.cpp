// The report and the what-if as JSON read back (runs/report_json.h): what a manager's desk reads
// from the clinic server is the report and the what-if the server made, member for member, and
// an answer with a member missing or of another type is refused, naming it.
#include <catch2/catch.hpp>

#include "demo_clinic.h"
#include "frontdesk/config/config.h"
#include "frontdesk/runs/report_json.h"

#include <cstdint>
#include <limits>

using namespace frontdesk;
using nlohmann::json;

namespace {

struct DemoCopy {
    test::DemoClinicCopy copy;
    Store store = *Store::open(copy.db);
};

json reportOf(Store& store, const char* from) {
    auto report = makeReport(store, Policy{}, *parseDate(from), test::demoDay());
    REQUIRE(report);
    return reportJson(*report);
}

}  // namespace

TEST_CASE("a report read back from its JSON writes the same JSON, with or without its patients",
          "[runs][report]") {
    DemoCopy c;
    const json full = reportOf(c.store, "2025-12-01");
    // the demo clinic fills every list the reader reads
    REQUIRE(full["months"].size() == 12);
    REQUIRE_FALSE(full["statements"]["statements"].empty());
    REQUIRE_FALSE(full["refunds_due"].empty());
    REQUIRE_FALSE(full["reminders_by_staff"].empty());
    REQUIRE_FALSE(full["credits"].empty());
    auto back = reportFromJson(full);
    REQUIRE(back);
    CHECK(reportJson(*back) == full);
    CHECK(back->statements.statementCount == back->statements.statements.size());

    json without = full;
    without["statements"].erase("statements");
    without.erase("refunds_due");
    CHECK(reportJson(*back, PatientLines::Omit) == without);
    auto counted = reportFromJson(without);
    REQUIRE(counted);
    CHECK(counted->statements.statements.empty());
    CHECK(counted->refundsDue.empty());
    CHECK(counted->statements.statementCount == full["statements"]["statement_count"]);
    CHECK(reportJson(*counted, PatientLines::Omit) == without);
}

TEST_CASE("a report's JSON with a member missing or of another type is refused, naming it",
          "[runs][report]") {
    DemoCopy c;
    const json full = reportOf(c.store, "2026-10-01");
    const auto refused = [&](auto change, const std::string& named) {
        json broken = full;
        change(broken);
        auto read = reportFromJson(broken);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::BadInput);
        CHECK_THAT(read.error().message, Catch::Contains(named));
    };
    refused([](json& j) { j.erase("written_off_cents"); }, "written_off_cents is missing");
    refused([](json& j) { j["from"] = "2026-02-30"; }, "from is not a date");
    refused([](json& j) { j["months"][1]["reminded_patients"] = -3; },
            "months[1].reminded_patients is not a count");
    refused(
        [](json& j) {
            j["months"][0]["reminders"] = json::array({{{"channel", "fax"}}});
        },
        "months[0].reminders[0].channel 'fax' is not a known name");
    refused([](json& j) { j["open_balances"]["by_age"].erase(4); },
            "open_balances.by_age does not hold 5 ages");
    REQUIRE_FALSE(full["credits"].empty());
    const std::string state = full["credits"].begin().key();
    refused([&](json& j) { j["credits"][state]["credit_cents"] = 1.5; },
            "credits." + state + ".credit_cents is not a whole number of cents");
    refused([](json& j) { j["statements"]["statements"] = "none"; },
            "statements.statements is not a list");
    refused([](json& j) { j = json::array(); }, "from is missing");
    refused([](json& j) { j["written_off_cents"] = std::numeric_limits<std::uint64_t>::max(); },
            "written_off_cents is not a whole number of cents");
    refused([](json& j) { j["written_off_cents"] = std::numeric_limits<std::int64_t>::min(); },
            "written_off_cents is not a whole number of cents");
    // each recorded statement run is in one month: the months must add up to the period
    refused([](json& j) { j["statement_runs"]["cost_saved_cents"] = 1; },
            "months[].statement_runs.cost_saved_cents do not add up to the period's");
}

TEST_CASE("a what-if read back from its JSON is the comparison the what-if made",
          "[runs][whatif]") {
    DemoCopy c;
    auto whatIf = PolicyWhatIf::read(c.store, test::demoDay());
    REQUIRE(whatIf);
    auto candidate = policyWith(
        Policy{},
        std::vector<std::string>{"small_balance.max=20.00", "writeoff.max=19.99",
                                 "credits.refund_at_or_above=1.00", "credits.dormancy_days=200"});
    REQUIRE(candidate);
    auto compared = whatIf->compare(Policy{}, *candidate);
    REQUIRE(compared);
    REQUIRE(compared->creditsChangingState > 0);
    const json written = whatIfJson(*compared, Policy{}, *candidate);
    auto back = whatIfFromJson(written);
    REQUIRE(back);
    CHECK(whatIfJson(*back, Policy{}, *candidate) == written);
    CHECK(back->candidate.writeoffAccounts == compared->candidate.writeoffAccounts);
    CHECK(back->candidate.promptStates == compared->candidate.promptStates);

    json broken = written;
    broken["candidate"]["prompt_states"]["small_balance"] = "many";
    auto refused = whatIfFromJson(broken);
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message,
               Catch::Contains("candidate.prompt_states.small_balance is not a count"));
}
