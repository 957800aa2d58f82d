#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/demo/demo.h"
#include "frontdesk/runs/verify.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::TestStore;

namespace {

const Date kToday = day("2026-03-02");

DemoSummary build(Store& store, std::size_t patients, std::uint64_t seed = 42) {
    DemoOptions options;
    options.patients = patients;
    options.seed = seed;
    options.asOf = kToday;
    auto summary = buildDemoClinic(store, options);
    REQUIRE(summary);
    return *summary;
}

// The default clinic of 2000 patients, built once per test process.
struct DefaultClinic {
    TestStore t;
    DemoSummary summary;
    DefaultClinic() { summary = build(t.store, DemoOptions{}.patients); }
};

DefaultClinic& defaultClinic() {
    static DefaultClinic clinic;
    return clinic;
}

std::string mrnOf(std::size_t index) {
    return std::to_string(100001 + index);
}

}  // namespace

TEST_CASE("the demo clinic is the same for the same seed and date", "[demo]") {
    TestStore first;
    TestStore second;

    const DemoSummary a = build(first.store, 60);
    const DemoSummary b = build(second.store, 60);

    CHECK(a.patients == 60);
    CHECK(a.families == b.families);
    CHECK(a.appointments == b.appointments);
    CHECK(a.ledgerEntries == b.ledgerEntries);
    CHECK(a.reminders == b.reminders);
    CHECK(a.states == b.states);
    for (std::size_t i = 0; i < 60; ++i) {
        INFO("MRN " << mrnOf(i));
        CHECK(first.store.ledgerOf(mrnOf(i)).value() == second.store.ledgerOf(mrnOf(i)).value());
        CHECK(first.store.findPatient(mrnOf(i)).value() ==
              second.store.findPatient(mrnOf(i)).value());
    }
    const auto todayA = first.store.appointmentsOn(kToday).value();
    const auto todayB = second.store.appointmentsOn(kToday).value();
    REQUIRE(todayA.size() == todayB.size());
    for (std::size_t i = 0; i < todayA.size(); ++i)
        CHECK(todayA[i].appointment == todayB[i].appointment);
}

TEST_CASE("another seed gives another demo clinic", "[demo]") {
    TestStore first;
    TestStore second;
    build(first.store, 60, 1);
    build(second.store, 60, 2);

    std::size_t different = 0;
    for (std::size_t i = 0; i < 60; ++i)
        if (first.store.ledgerOf(mrnOf(i)).value() != second.store.ledgerOf(mrnOf(i)).value())
            ++different;
    CHECK(different > 30);
}

TEST_CASE("the default demo clinic shows every prompt state", "[demo]") {
    const DemoSummary& summary = defaultClinic().summary;

    CHECK(summary.patients == 2000);
    for (const PromptState state :
         {PromptState::None, PromptState::SmallBalance, PromptState::BalanceDue,
          PromptState::WrittenOffCollectable, PromptState::CreditApplyNextVisit,
          PromptState::CreditRefundDue, PromptState::CreditOnFile,
          PromptState::UnclaimedPropertyReview}) {
        INFO(toString(state));
        CHECK(summary.states.count(state) == 1);  // only states seen are counted
    }
    std::size_t counted = 0;
    for (const auto& [state, count] : summary.states) counted += count;
    CHECK(counted == 2000);
    CHECK(summary.states.at(PromptState::None) > 1000);  // most owe nothing
}

TEST_CASE("the default demo clinic has appointments today", "[demo]") {
    DefaultClinic& clinic = defaultClinic();

    const auto today = clinic.t.store.appointmentsOn(kToday).value();

    CHECK(clinic.summary.appointmentsToday == 40);  // one per 50 patients
    CHECK(today.size() == clinic.summary.appointmentsToday);
    CHECK(clinic.t.store.appointmentsOn(kToday.plusDays(30)).value().size() > 0);
}

TEST_CASE("the default demo clinic verifies clean", "[demo]") {
    const auto report = verifyStore(defaultClinic().t.store);

    REQUIRE(report);
    CHECK(report->mismatches.empty());
    CHECK(report->ok());
    CHECK(report->patientsChecked == 2000);
    CHECK(report->entriesChecked >= defaultClinic().summary.ledgerEntries);
}

TEST_CASE("the demo clinic refuses a store that already holds patients", "[demo]") {
    TestStore t;
    build(t.store, 10);
    DemoOptions options;
    options.patients = 10;
    options.asOf = kToday;

    const auto again = buildDemoClinic(t.store, options);

    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(t.store.patientCount().value() == 10);
}

TEST_CASE("older paid visits give the benchmark's clinic years of settled history", "[demo]") {
    TestStore plain;
    TestStore deep;
    DemoOptions options;
    options.patients = 400;
    options.seed = 7;
    options.asOf = kToday;
    const auto usual = buildDemoClinic(plain.store, options);
    options.olderPaidVisits = 3;
    const auto older = buildDemoClinic(deep.store, options);
    REQUIRE(usual);
    REQUIRE(older);
    const double perPatient = static_cast<double>(usual->ledgerEntries) / 400;
    const double deeper = static_cast<double>(older->ledgerEntries) / 400;
    CHECK(deeper > perPatient + 4);  // about 1.5 visits of about 4 entries each
    CHECK(deeper < perPatient + 9);
    const auto report = verifyStore(deep.store);
    REQUIRE(report);
    CHECK(report->ok());
    // settled: the history owes nothing, so every state still comes from the story
    CHECK(older->states.count(PromptState::SmallBalance) == 1);
}
