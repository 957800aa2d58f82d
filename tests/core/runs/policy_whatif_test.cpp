// The what-if (runs/policy_whatif.h) on the demo clinic: for each candidate policy its answer
// is what the runs themselves answer under that policy (the write-off and statement dry runs,
// the report's credits, every patient's desk prompt), and posting the candidate's write-off
// run posts what it predicted.
#include <catch2/catch.hpp>

#include "demo_clinic.h"
#include "frontdesk/config/config.h"
#include "frontdesk/domain/prompt.h"
#include "frontdesk/runs/policy_whatif.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

Policy candidate(std::vector<std::string> settings) {
    auto p = policyWith(Policy{}, settings);
    REQUIRE(p);
    return *p;
}

// Every candidate the tests try: each key the what-if's answer depends on, moved both ways.
std::vector<Policy> candidates() {
    return {
        Policy{},
        candidate({"writeoff.max=5.00", "writeoff.min_age_days=60", "writeoff.min_reminders=1"}),
        candidate({"small_balance.max=20.00", "writeoff.max=19.99", "writeoff.min_age_days=30",
                   "writeoff.min_reminders=0"}),
        candidate({"small_balance.max=4.00", "writeoff.max=2.00", "writeoff.min_age_days=365"}),
        candidate({"statements.cost_per_statement=12.00", "statements.min_cost_multiple=2.5"}),
        candidate({"statements.cost_per_statement=0.50", "reminders.cooldown_days=0"}),
        candidate({"credits.refund_at_or_above=1.00", "credits.apply_next_visit_within_days=10",
                   "credits.dormancy_days=200"}),
        candidate({"credits.refund_at_or_above=50.00", "credits.apply_next_visit_within_days=365",
                   "credits.dormancy_days=5000"}),
    };
}

struct DemoCopy {
    test::DemoClinicCopy copy;
    Store store = *Store::open(copy.db);
    Date asOf = test::demoDay();
};

// Every patient's desk prompt state under the policy, counted (none left out).
std::map<PromptState, std::size_t> deskStates(Store& store, const Policy& policy, Date asOf) {
    std::vector<std::string> mrns;
    REQUIRE(store.forEachOpenSummary([&](const SummaryRow& row) { mrns.push_back(row.mrn); }));
    std::map<PromptState, std::size_t> states;
    for (const std::string& mrn : mrns) {
        auto standing = store.standing(mrn, asOf);
        REQUIRE(standing);
        const Prompt p = decidePrompt(*standing, policy, Audience::Desk, Language::En, asOf);
        if (p.state != PromptState::None) ++states[p.state];
    }
    return states;
}

}  // namespace

TEST_CASE("the what-if of each candidate is what the dry runs answer under it", "[runs][whatif]") {
    DemoCopy c;
    auto whatIf = PolicyWhatIf::read(c.store, c.asOf);
    REQUIRE(whatIf);
    std::size_t writeoffsSeen = 0, statementsSeen = 0;
    for (const Policy& policy : candidates()) {
        INFO(policyToml(policy));
        auto effect = whatIf->effect(policy);
        REQUIRE(effect);

        auto writeoffs = planWriteoffs(c.store, policy, c.asOf);
        REQUIRE(writeoffs);
        CHECK(effect->writeoffAccounts == writeoffs->accounts.size());
        CHECK(effect->writeoffTotal == writeoffs->total);
        writeoffsSeen += writeoffs->accounts.size();

        auto statements = planStatements(c.store, policy, c.asOf);
        REQUIRE(statements);
        CHECK(statements->statementCount == statements->statements.size());
        CHECK(effect->statements.statementCount == statements->statementCount);
        CHECK(effect->statements.statements.empty());  // counted, not listed
        CHECK(effect->statements.threshold == statements->threshold);
        CHECK(effect->statements.statementTotal == statements->statementTotal);
        CHECK(effect->statements.suppressedSmall == statements->suppressedSmall);
        CHECK(effect->statements.suppressedWrittenOff == statements->suppressedWrittenOff);
        CHECK(effect->statements.suppressedBalance == statements->suppressedBalance);
        CHECK(effect->statements.costSaved == statements->costSaved);
        CHECK(effect->statementCost.value() ==
              policy.costPerStatement.value() *
                  static_cast<std::int64_t>(statements->statements.size()));
        statementsSeen += statements->statements.size();

        const auto states = deskStates(c.store, policy, c.asOf);
        CHECK(effect->promptStates == states);
        std::size_t prompted = 0;
        for (const auto& [state, n] : states) prompted += n;
        CHECK(effect->promptedPatients == prompted);

        auto report = makeReport(c.store, policy, c.asOf, c.asOf);
        REQUIRE(report);
        REQUIRE(effect->credits.size() == report->credits.size());
        for (const auto& [state, totals] : report->credits) {
            CHECK(effect->credits[state].accounts == totals.accounts);
            CHECK(effect->credits[state].credit == totals.credit);
        }
    }
    // the candidates do reach accounts (a what-if of nothing would pass the checks above)
    CHECK(writeoffsSeen > 0);
    CHECK(statementsSeen > 0);
}

TEST_CASE("the credits changing state are those whose prompt differs between the two policies",
          "[runs][whatif]") {
    DemoCopy c;
    auto whatIf = PolicyWhatIf::read(c.store, c.asOf);
    REQUIRE(whatIf);
    const Policy current;
    const Policy looser =
        candidate({"credits.refund_at_or_above=1.00", "credits.dormancy_days=200"});
    auto compared = whatIf->compare(current, looser);
    REQUIRE(compared);
    std::size_t changing = 0;
    REQUIRE(c.store.forEachOpenSummary([&](const SummaryRow& row) {
        if (row.totals.balance.value() >= 0) return;
        auto standing = c.store.standing(row.mrn, c.asOf);
        REQUIRE(standing);
        const auto a = decidePrompt(*standing, current, Audience::Desk, Language::En, c.asOf);
        const auto b = decidePrompt(*standing, looser, Audience::Desk, Language::En, c.asOf);
        if (a.state != b.state) ++changing;
    }));
    CHECK(changing > 0);
    CHECK(compared->creditsChangingState == changing);
    // the same policy on both sides changes nothing
    auto same = whatIf->compare(current, current);
    REQUIRE(same);
    CHECK(same->creditsChangingState == 0);
    CHECK(same->current.writeoffAccounts == same->candidate.writeoffAccounts);
}

TEST_CASE("posting the candidate's write-off run posts what the what-if predicted",
          "[runs][whatif]") {
    DemoCopy c;
    const Policy looser = candidate({"small_balance.max=20.00", "writeoff.max=19.99",
                                     "writeoff.min_age_days=30", "writeoff.min_reminders=0"});
    Cents predicted;
    std::size_t accounts = 0;
    {
        auto whatIf = PolicyWhatIf::read(c.store, c.asOf);
        REQUIRE(whatIf);
        auto compared = whatIf->compare(Policy{}, looser);
        REQUIRE(compared);
        CHECK(compared->candidate.writeoffAccounts > compared->current.writeoffAccounts);
        predicted = compared->candidate.writeoffTotal;
        accounts = compared->candidate.writeoffAccounts;
    }
    auto posted = postWriteoffs(c.store, looser, c.asOf);
    REQUIRE(posted);
    CHECK(posted->posted);
    CHECK(posted->accounts.size() == accounts);
    CHECK(posted->total == predicted);
    // a what-if read after the run sees none left to write off under that policy
    auto after = PolicyWhatIf::read(c.store, c.asOf);
    REQUIRE(after);
    CHECK(after->effect(looser)->writeoffAccounts == 0);
}
