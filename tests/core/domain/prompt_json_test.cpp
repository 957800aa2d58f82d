// promptFromJson: the prompt a station reads back from the server's JSON.
#include <catch2/catch.hpp>

#include "frontdesk/domain/prompt_json.h"

using namespace frontdesk;

namespace {

Prompt aPrompt() {
    Prompt p;
    p.mrn = "100019";
    p.state = PromptState::SmallBalance;
    p.balance = Cents(750);
    p.insurancePending = Cents(1200);
    p.familyBalance = Cents(2250);
    p.currency = "USD";
    p.oldestOpenOn = *parseDate("2026-01-10");
    p.ageDays = 65;
    p.aging.days61to90 = Cents(750);
    p.reminders = 1;
    p.lastReminder = ReminderRecord{*parseDate("2026-02-01"), Channel::Phone,
                                    ReminderOutcome::Promised, "will call back"};
    p.suppressedUntil = *parseDate("2026-02-15");
    p.nextVisit = *parseDate("2026-04-02");
    p.kioskSaid = ReminderOutcome::WillPayAtDesk;
    p.script = "Mention the $7.50 balance.";
    p.audience = Audience::Phone;
    p.language = Language::Es;
    p.asOf = *parseDate("2026-03-16");
    return p;
}

}  // namespace

TEST_CASE("a prompt read back from its JSON gives the same JSON", "[prompt][json]") {
    const nlohmann::json json = promptToJson(aPrompt());
    auto back = promptFromJson(json);
    REQUIRE(back);
    CHECK(promptToJson(*back) == json);
    CHECK(back->lastReminder->note == "will call back");

    Prompt none;
    none.asOf = *parseDate("2026-03-16");
    auto empty = promptFromJson(promptToJson(none));
    REQUIRE(empty);
    CHECK(promptToJson(*empty) == promptToJson(none));
}

TEST_CASE("a prompt's JSON with a member missing or wrong names it", "[prompt][json]") {
    const nlohmann::json good = promptToJson(aPrompt());
    const auto problemWith = [&](const std::function<void(nlohmann::json&)>& change) {
        nlohmann::json bad = good;
        change(bad);
        auto read = promptFromJson(bad);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::BadInput);
        return read.error().message;
    };
    CHECK(problemWith([](auto& j) { j.erase("balance_cents"); }) ==
          "prompt: \"balance_cents\" is missing");
    CHECK(problemWith([](auto& j) { j["state"] = "owes_a_lot"; }) ==
          "prompt: \"state\" is not a known word");
    CHECK(problemWith([](auto& j) { j["balance_cents"] = 7.5; }) ==
          "prompt: \"balance_cents\" is not an integer");
    CHECK(problemWith([](auto& j) { j["as_of"] = "16/03/2026"; }) ==
          "prompt: \"as_of\" is not a date");
    CHECK(problemWith([](auto& j) { j["aging_cents"].erase("over_120"); }) ==
          "prompt: aging_cents: \"over_120\" is missing");
    CHECK(problemWith([](auto& j) { j["last_reminder"]["channel"] = 3; }) ==
          "prompt: last_reminder: \"channel\" is not a string");
    CHECK_FALSE(promptFromJson(nlohmann::json::array()));
}
