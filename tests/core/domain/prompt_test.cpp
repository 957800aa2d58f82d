#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontdesk/domain/prompt.h"
#include "standing_builder.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::money;
using frontdesk::test::scenarioDay;
using frontdesk::test::Standing;

namespace {

// One row of the policy: a patient's standing, who asks, and what the core must answer.
// Dates in the answer are given as days from the as-of date.
struct Scenario {
    std::string fact;
    Standing standing;
    PromptState state = PromptState::None;
    Audience audience = Audience::Desk;
    bool writeoffEligible = false;
    std::optional<int> suppressedUntil;  // days from as-of
    std::optional<int> refundDueBy;      // days from as-of

    Scenario eligible() const {
        Scenario c = *this;
        c.writeoffEligible = true;
        return c;
    }
    Scenario askedBy(Audience a) const {
        Scenario c = *this;
        c.audience = a;
        return c;
    }
    Scenario pausedUntil(int daysFromAsOf) const {
        Scenario c = *this;
        c.suppressedUntil = daysFromAsOf;
        return c;
    }
    Scenario refundBy(int daysFromAsOf) const {
        Scenario c = *this;
        c.refundDueBy = daysFromAsOf;
        return c;
    }
};

Scenario row(std::string fact, Standing standing, PromptState state) {
    Scenario s;
    s.fact = std::move(fact);
    s.standing = std::move(standing);
    s.state = state;
    return s;
}

constexpr auto kNone = PromptState::None;
constexpr auto kSmall = PromptState::SmallBalance;
constexpr auto kDue = PromptState::BalanceDue;
constexpr auto kWrittenOff = PromptState::WrittenOffCollectable;
constexpr auto kApply = PromptState::CreditApplyNextVisit;
constexpr auto kRefund = PromptState::CreditRefundDue;
constexpr auto kOnFile = PromptState::CreditOnFile;
constexpr auto kReview = PromptState::UnclaimedPropertyReview;

std::vector<Scenario> stateScenarios() {
    const Standing p;
    return {
        row("nothing owed and nothing written off is none", p, kNone),
        row("only an amount out to insurance is none", p.pendingInsurance("80.00"), kNone),
        row("0.01 is a small balance", p.owes("0.01", 5), kSmall),
        row("10.00 is a small balance", p.owes("10.00", 5), kSmall),
        row("10.01 is a balance due", p.owes("10.01", 5), kDue),
        row("a large balance is a balance due", p.owes("1,234.50", 300), kDue),
        row("the balance is summed over open lots", p.owes("6.00", 40).owes("4.01", 5), kDue),
        row("a balance of 0 with money written off is written_off_collectable",
            p.writtenOff("7.50"), kWrittenOff),
        row("a new small balance after a write-off is a small balance",
            p.owes("3.00", 5).writtenOff("7.50"), kSmall),
        row("insurance pending does not raise a small balance to a balance due",
            p.owes("7.50", 5).pendingInsurance("500.00"), kSmall),
    };
}

std::vector<Scenario> writeoffScenarios() {
    const Standing p;
    const Standing old = p.owes("7.50", 120).reminded(2);
    return {
        row("7.50, 120 days old, reminded twice is write-off eligible", old, kSmall).eligible(),
        row("119 days old is not yet write-off eligible", p.owes("7.50", 119).reminded(2), kSmall),
        row("121 days old and three reminders is write-off eligible",
            p.owes("7.50", 121).reminded(3), kSmall)
            .eligible(),
        row("9.99 is write-off eligible", p.owes("9.99", 120).reminded(2), kSmall).eligible(),
        row("10.00 is small but above writeoff.max", p.owes("10.00", 120).reminded(2), kSmall),
        row("0.01 is write-off eligible", p.owes("0.01", 400).reminded(2), kSmall).eligible(),
        row("one reminder is not enough for a write-off", p.owes("7.50", 120).reminded(1), kSmall),
        row("no reminder is not enough for a write-off", p.owes("7.50", 500), kSmall),
        row("pending insurance blocks a write-off", old.pendingInsurance("0.01"), kSmall),
        row("an open dispute blocks a write-off", old.disputed(), kSmall),
        row("the age of a balance is the age of its oldest open charge",
            p.owes("2.00", 120).owes("5.50", 3).reminded(2), kSmall)
            .eligible(),
        row("a balance due is never written off", p.owes("10.01", 400).reminded(5), kDue),
        row("a written-off balance is not written off again", p.writtenOff("7.50").reminded(2),
            kWrittenOff),
        row("a credit is never written off", p.credit("3.00", 400).reminded(2), kOnFile),
    };
}

std::vector<Scenario> creditScenarios() {
    const Standing p;
    return {
        row("a credit of 5.00 is a refund due within 60 days", p.credit("5.00", 10), kRefund)
            .refundBy(-10 + 60),
        row("a credit of 4.99 and no visit booked is kept on file", p.credit("4.99", 10), kOnFile),
        row("a credit of 4.99 with a visit 90 days away is applied at that visit",
            p.credit("4.99", 10).nextVisitIn(90), kApply),
        row("a credit of 4.99 with a visit 91 days away is kept on file",
            p.credit("4.99", 10).nextVisitIn(91), kOnFile),
        row("a credit of 4.99 with a visit today is applied at that visit",
            p.credit("4.99", 10).nextVisitIn(0), kApply),
        row("a credit of 5.00 is refunded even with a visit booked",
            p.credit("5.00", 10).nextVisitIn(7), kRefund)
            .refundBy(-10 + 60),
        row("the refund is due 60 days after the oldest credit arose",
            p.credit("3.00", 45).credit("4.00", 2), kRefund)
            .refundBy(-45 + 60),
        row("a refund past its deadline is still a refund due", p.credit("20.00", 200), kRefund)
            .refundBy(-200 + 60),
        row("a credit 1095 days old is not yet for unclaimed-property review",
            p.credit("20.00", 1095), kRefund)
            .refundBy(-1095 + 60),
        row("a credit 1096 days old is for unclaimed-property review", p.credit("20.00", 1096),
            kReview),
        row("a small credit 1096 days old is for unclaimed-property review",
            p.credit("1.00", 1096).nextVisitIn(3), kReview),
        row("a small credit 1095 days old is kept on file", p.credit("1.00", 1095), kOnFile),
    };
}

std::vector<Scenario> cooldownScenarios() {
    const Standing owes = Standing().owes("7.50", 40);
    return {
        row("a desk prompt 13 days after a reminder is paused until day 14", owes.lastReminder(13),
            kSmall)
            .pausedUntil(1),
        row("a desk prompt 14 days after a reminder is not paused", owes.lastReminder(14), kSmall),
        row("a desk prompt on the day of a reminder is paused for 14 days", owes.lastReminder(0),
            kSmall)
            .pausedUntil(14),
        row("a phone prompt 13 days after a reminder is paused", owes.lastReminder(13), kSmall)
            .askedBy(Audience::Phone)
            .pausedUntil(1),
        row("a phone prompt 14 days after a reminder is not paused", owes.lastReminder(14), kSmall)
            .askedBy(Audience::Phone),
        row("the kiosk reminds at every check-in, even on the day of a reminder",
            owes.lastReminder(0, Channel::Kiosk), kSmall)
            .askedBy(Audience::Kiosk),
        row("the kiosk is never paused by a desk reminder", owes.lastReminder(1), kSmall)
            .askedBy(Audience::Kiosk),
        row("a balance due is paused like a small balance",
            Standing().owes("45.00", 40).lastReminder(5, Channel::Phone), kDue)
            .pausedUntil(9),
        row("a written-off balance is paused too", Standing().writtenOff("7.50").lastReminder(5),
            kWrittenOff)
            .pausedUntil(9),
        row("a credit is not paused by a recent reminder",
            Standing()
                .credit("2.00", 40)
                .lastReminder(2, Channel::Desk, ReminderOutcome::ApplyCredit),
            kOnFile),
        row("a patient who owes nothing has nothing to pause", Standing().lastReminder(2), kNone),
    };
}

void checkScenario(const Scenario& s) {
    INFO(s.fact);
    const Policy policy;
    const Date asOf = scenarioDay();
    const Prompt prompt = decidePrompt(s.standing, policy, s.audience, Language::En, asOf);
    CHECK(toString(prompt.state) == toString(s.state));
    CHECK(prompt.writeoffEligible == s.writeoffEligible);
    CHECK(isWriteoffEligible(s.standing, policy, asOf) == s.writeoffEligible);
    const auto toDate = [&](std::optional<int> days) -> std::optional<Date> {
        if (!days) return std::nullopt;
        return asOf.plusDays(*days);
    };
    CHECK(prompt.suppressedUntil == toDate(s.suppressedUntil));
    if (s.refundDueBy) CHECK(prompt.refundDueBy == toDate(s.refundDueBy));
    if (s.state != PromptState::CreditRefundDue && s.state != PromptState::UnclaimedPropertyReview)
        CHECK_FALSE(prompt.refundDueBy.has_value());
}

}  // namespace

TEST_CASE("the prompt state follows the balance: none, small, due, written off",
          "[prompt][policy]") {
    checkScenario(GENERATE(from_range(stateScenarios())));
}

TEST_CASE(
    "write-off eligibility needs a balance <= 9.99, 120 days, 2 reminders, "
    "nothing pending and no dispute",
    "[prompt][policy]") {
    checkScenario(GENERATE(from_range(writeoffScenarios())));
}

TEST_CASE(
    "a credit is refunded at 5.00, applied at a visit within 90 days, or kept on file, "
    "and reviewed after 1095 days",
    "[prompt][policy]") {
    checkScenario(GENERATE(from_range(creditScenarios())));
}

TEST_CASE("desk and phone prompts pause 14 days after a reminder, the kiosk never pauses",
          "[prompt][policy]") {
    checkScenario(GENERATE(from_range(cooldownScenarios())));
}

TEST_CASE("the policy's numbers come from the config, not from constants", "[prompt][policy]") {
    Policy policy;
    policy.smallBalanceMax = money("25.00");
    policy.writeoffMax = money("20.00");
    policy.writeoffMinAgeDays = 60;
    policy.writeoffMinReminders = 1;
    policy.cooldownDays = 7;
    policy.creditRefundAtOrAbove = money("10.00");
    policy.creditApplyNextVisitWithinDays = 30;
    policy.creditRefundWithinDays = 30;
    policy.creditDormancyDays = 365;
    const Date asOf = scenarioDay();
    const auto decide = [&](const Standing& s) {
        return decidePrompt(s, policy, Audience::Desk, Language::En, asOf);
    };
    CHECK(decide(Standing().owes("25.00", 5)).state == PromptState::SmallBalance);
    CHECK(decide(Standing().owes("25.01", 5)).state == PromptState::BalanceDue);
    CHECK(decide(Standing().owes("20.00", 60).reminded(1)).writeoffEligible);
    CHECK_FALSE(decide(Standing().owes("20.01", 60).reminded(1)).writeoffEligible);
    CHECK_FALSE(decide(Standing().owes("20.00", 59).reminded(1)).writeoffEligible);
    CHECK(decide(Standing().owes("5.00", 5).lastReminder(6)).suppressedUntil == asOf.plusDays(1));
    CHECK_FALSE(decide(Standing().owes("5.00", 5).lastReminder(7)).suppressedUntil);
    CHECK(decide(Standing().credit("9.99", 5).nextVisitIn(30)).state ==
          PromptState::CreditApplyNextVisit);
    CHECK(decide(Standing().credit("9.99", 5).nextVisitIn(31)).state == PromptState::CreditOnFile);
    const Prompt refund = decide(Standing().credit("10.00", 5));
    CHECK(refund.state == PromptState::CreditRefundDue);
    CHECK(refund.refundDueBy == asOf.plusDays(25));
    CHECK(decide(Standing().credit("9.99", 366)).state == PromptState::UnclaimedPropertyReview);
}

TEST_CASE("the prompt carries every figure of the standing for the front ends", "[prompt]") {
    Policy policy;
    policy.currency = "CAD";
    const Date asOf = scenarioDay();
    const Standing s = Standing()
                           .owes("1.00", 200)
                           .owes("2.00", 100)
                           .owes("4.00", 70)
                           .owes("8.00", 40)
                           .owes("16.00", 5)
                           .pendingInsurance("120.00")
                           .writtenOff("3.00")
                           .family("96.50")
                           .reminded(3)
                           .lastReminder(20, Channel::Phone, ReminderOutcome::Promised)
                           .nextVisitIn(12);
    const Prompt p = decidePrompt(s, policy, Audience::Phone, Language::Ro, asOf);
    CHECK(p.mrn == "MRN-1001");
    CHECK(p.state == PromptState::BalanceDue);
    CHECK(p.balance == money("31.00"));
    CHECK(p.insurancePending == money("120.00"));
    CHECK(p.familyBalance == money("96.50"));
    CHECK(p.writtenOff == money("3.00"));
    CHECK(p.currency == "CAD");
    CHECK(p.oldestOpenOn == asOf.plusDays(-200));
    CHECK(p.ageDays == 200);
    CHECK(p.aging.over120 == money("1.00"));
    CHECK(p.aging.days91to120 == money("2.00"));
    CHECK(p.aging.days61to90 == money("4.00"));
    CHECK(p.aging.days31to60 == money("8.00"));
    CHECK(p.aging.days0to30 == money("16.00"));
    CHECK(p.reminders == 3);
    REQUIRE(p.lastReminder.has_value());
    CHECK(p.lastReminder->on == asOf.plusDays(-20));
    CHECK(p.lastReminder->channel == Channel::Phone);
    CHECK(p.lastReminder->outcome == ReminderOutcome::Promised);
    CHECK_FALSE(p.suppressedUntil.has_value());
    CHECK_FALSE(p.writeoffEligible);
    CHECK_FALSE(p.refundDueBy.has_value());
    CHECK(p.nextVisit == asOf.plusDays(12));
    CHECK(p.audience == Audience::Phone);
    CHECK(p.language == Language::Ro);
    CHECK(p.asOf == asOf);
    CHECK_FALSE(p.script.empty());
}

TEST_CASE("a patient who owes nothing has no open date, no age and empty aging", "[prompt]") {
    const Prompt p =
        decidePrompt(Standing(), Policy(), Audience::Desk, Language::En, scenarioDay());
    CHECK(p.state == PromptState::None);
    CHECK_FALSE(p.oldestOpenOn.has_value());
    CHECK(p.ageDays == 0);
    CHECK(p.aging.days0to30 == Cents(0));
    CHECK(p.aging.over120 == Cents(0));
    CHECK_FALSE(p.lastReminder.has_value());
    CHECK(p.currency == "USD");
    CHECK(p.script.empty());
}

TEST_CASE("a credit's age is the age of its oldest credit lot", "[prompt]") {
    const Date asOf = scenarioDay();
    const Prompt p = decidePrompt(Standing().credit("2.00", 75).credit("1.00", 3), Policy(),
                                  Audience::Desk, Language::En, asOf);
    CHECK(p.balance == money("-3.00"));
    CHECK(p.oldestOpenOn == asOf.plusDays(-75));
    CHECK(p.ageDays == 75);
    CHECK(p.aging.days61to90 == money("-2.00"));
    CHECK(p.aging.days0to30 == money("-1.00"));
}

TEST_CASE("the same standing, policy and date always give the same prompt", "[prompt]") {
    const Standing s = Standing().owes("7.50", 130).reminded(2).lastReminder(3);
    const Date asOf = day("2026-06-30");
    const Prompt a = decidePrompt(s, Policy(), Audience::Desk, Language::Es, asOf);
    const Prompt b = decidePrompt(s, Policy(), Audience::Desk, Language::Es, asOf);
    CHECK(a.state == b.state);
    CHECK(a.script == b.script);
    CHECK(a.suppressedUntil == b.suppressedUntil);
    CHECK(a.writeoffEligible == b.writeoffEligible);
}

TEST_CASE("every audience gets the same state and figures for the same patient", "[prompt]") {
    const Standing s = Standing().owes("7.50", 130).reminded(2).family("12.00");
    const Date asOf = scenarioDay();
    const Prompt kiosk = decidePrompt(s, Policy(), Audience::Kiosk, Language::En, asOf);
    for (const Audience audience : {Audience::Desk, Audience::Phone}) {
        for (const Language language : {Language::En, Language::Es, Language::Ro}) {
            const Prompt p = decidePrompt(s, Policy(), audience, language, asOf);
            CHECK(p.state == kiosk.state);
            CHECK(p.balance == kiosk.balance);
            CHECK(p.familyBalance == kiosk.familyBalance);
            CHECK(p.ageDays == kiosk.ageDays);
            CHECK(p.writeoffEligible == kiosk.writeoffEligible);
        }
    }
}
