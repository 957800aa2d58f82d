// The decisions every front end takes from the core rather than making its own: the amount a
// prompt is about, whether staff mention it now, what the kiosk offers and shows, what the
// kiosk's answers ask of the desk, and a payment waiting for the EHR.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/domain/outcome_choices.h"
#include "frontdesk/domain/prompt.h"
#include "frontdesk/domain/script.h"
#include "standing_builder.h"

using namespace frontdesk;
using frontdesk::test::money;
using frontdesk::test::scenarioDay;
using frontdesk::test::Standing;
using O = ReminderOutcome;

namespace {

Prompt decide(const Standing& s, Audience audience = Audience::Desk,
              Language language = Language::En, const Policy& policy = {}) {
    return decidePrompt(s, policy, audience, language, scenarioDay());
}

// One patient in each prompt state, as of scenarioDay().
struct StateCase {
    PromptState state;
    Standing standing;
    const char* amount;  // what every front end shows
};

std::vector<StateCase> everyState() {
    return {
        {PromptState::None, Standing(), "0.00"},
        {PromptState::SmallBalance, Standing().owes("7.50", 40), "7.50"},
        {PromptState::BalanceDue, Standing().owes("85.00", 40), "85.00"},
        {PromptState::WrittenOffCollectable, Standing().writtenOff("6.25"), "6.25"},
        {PromptState::CreditApplyNextVisit, Standing().credit("3.00", 20).nextVisitIn(10), "3.00"},
        {PromptState::CreditRefundDue, Standing().credit("25.00", 20), "25.00"},
        {PromptState::CreditOnFile, Standing().credit("3.00", 20), "3.00"},
        {PromptState::UnclaimedPropertyReview, Standing().credit("3.00", 1200), "3.00"},
    };
}

}  // namespace

TEST_CASE("every audience gets the same amount, flag and choices in every state",
          "[prompt][front-ends]") {
    for (const StateCase& c : everyState()) {
        INFO(toString(c.state));
        const Prompt kiosk = decide(c.standing, Audience::Kiosk);
        REQUIRE(kiosk.state == c.state);
        for (const Audience a : {Audience::Desk, Audience::Phone}) {
            for (const Language l : {Language::En, Language::Es, Language::Ro}) {
                const Prompt p = decide(c.standing, a, l);
                CHECK(p.state == c.state);
                CHECK(promptAmount(p) == money(c.amount));
                CHECK(staffShouldMention(p) == (c.state != PromptState::None));
            }
        }
        CHECK(promptAmount(kiosk) == money(c.amount));
        CHECK(kioskShouldRemind(kiosk) == (c.state != PromptState::None));
        CHECK(isCreditState(c.state) == (kiosk.balance.value() < 0));
    }
}

TEST_CASE("the kiosk offers the answers that fit the state", "[prompt][kiosk]") {
    using V = std::vector<ReminderOutcome>;
    CHECK(kioskChoicesFor(PromptState::None).empty());
    CHECK(kioskChoicesFor(PromptState::SmallBalance) == V{O::WillPayAtDesk, O::Declined});
    CHECK(kioskChoicesFor(PromptState::WrittenOffCollectable) == V{O::WillPayAtDesk, O::Declined});
    CHECK(kioskChoicesFor(PromptState::BalanceDue) == V{O::Shown});
    for (const PromptState credit : {PromptState::CreditApplyNextVisit,
                                     PromptState::CreditRefundDue, PromptState::CreditOnFile})
        CHECK(kioskChoicesFor(credit) == V{O::ApplyCredit, O::RefundRequested, O::Shown});
    // staff handle an unclaimed credit: the patient only acknowledges
    CHECK(kioskChoicesFor(PromptState::UnclaimedPropertyReview) == V{O::Shown});
    // every kiosk answer is an outcome staff may record too, or the one the kiosk shows
    for (const StateCase& c : everyState()) {
        const OutcomeChoices staff = outcomeChoicesFor(c.state);
        for (const ReminderOutcome o : kioskChoicesFor(c.state)) {
            const bool offered =
                o == O::Shown ||
                std::find(staff.answers.begin(), staff.answers.end(), o) != staff.answers.end() ||
                std::find(staff.setAside.begin(), staff.setAside.end(), o) != staff.setAside.end();
            CHECK(offered);
        }
    }
}

TEST_CASE("the kiosk shows an amount as kiosk.show_amount says, a credit always",
          "[prompt][kiosk]") {
    const auto shows = [](const Standing& s, KioskAmount setting) {
        Policy policy;
        policy.kioskShowAmount = setting;
        return kioskShowsAmount(decide(s, Audience::Kiosk, Language::En, policy), policy);
    };
    const Standing small = Standing().owes("7.50", 40);
    const Standing due = Standing().owes("85.00", 40);
    const Standing writtenOff = Standing().writtenOff("6.25");
    const Standing credit = Standing().credit("25.00", 20);
    CHECK(shows(small, KioskAmount::Small));
    CHECK(shows(writtenOff, KioskAmount::Small));
    CHECK_FALSE(shows(due, KioskAmount::Small));
    CHECK(shows(due, KioskAmount::Always));
    CHECK_FALSE(shows(small, KioskAmount::Never));
    CHECK(shows(credit, KioskAmount::Never));
    CHECK_FALSE(shows(Standing(), KioskAmount::Always));
}

TEST_CASE("'I'll pay at the desk' at the kiosk keeps the patient flagged at the desk today",
          "[prompt][kiosk][desk]") {
    const Standing s =
        Standing().owes("7.50", 40).reminded(1).lastReminder(0, Channel::Kiosk, O::WillPayAtDesk);
    const Prompt desk = decide(s);
    CHECK(desk.kioskSaid == O::WillPayAtDesk);
    CHECK_FALSE(desk.suppressedUntil);
    CHECK(staffShouldMention(desk));
    CHECK(desk.script.rfind("Said at the kiosk today: will pay at the desk. Small balance $7.50",
                            0) == 0);
    // the kiosk's reminder still counts for the write-off rules
    CHECK(desk.reminders == 1);

    SECTION("until someone at the desk records an outcome") {
        const Prompt after = decide(s.lastReminder(0, Channel::Desk, O::Paid));
        CHECK_FALSE(after.kioskSaid);
        CHECK(after.suppressedUntil);
        CHECK_FALSE(staffShouldMention(after));
    }
    SECTION("on the days after too, until the desk acts, saying when") {
        const Prompt nextDay = decide(s.lastReminder(1, Channel::Kiosk, O::WillPayAtDesk));
        CHECK(nextDay.kioskSaid == O::WillPayAtDesk);
        CHECK_FALSE(nextDay.suppressedUntil);
        CHECK(nextDay.script.rfind("Said at the kiosk on Jun 29, 2026: will pay at the desk.", 0) ==
              0);
    }
    SECTION("nothing to say once nothing is owed") {
        const Prompt paidOff = decide(Standing().lastReminder(0, Channel::Kiosk, O::WillPayAtDesk));
        CHECK(paidOff.state == PromptState::None);
        CHECK_FALSE(paidOff.kioskSaid);
    }
}

TEST_CASE("a patient the kiosk sent to the desk is flagged there, one who said 'Not today' is not",
          "[prompt][kiosk][desk]") {
    const Standing due = Standing().owes("85.00", 40);
    const Prompt toldToSeeDesk = decide(due.lastReminder(0, Channel::Kiosk, O::Shown));
    CHECK(toldToSeeDesk.kioskSaid == O::Shown);
    CHECK(staffShouldMention(toldToSeeDesk));
    CHECK(toldToSeeDesk.script.rfind("Asked at the kiosk today to see the front desk.", 0) == 0);

    const Standing small = Standing().owes("7.50", 40);
    const Prompt declined = decide(small.lastReminder(0, Channel::Kiosk, O::Declined));
    CHECK_FALSE(declined.kioskSaid);
    CHECK_FALSE(staffShouldMention(declined));
    // a small balance the kiosk showed is mentioned; the desk need not ask again
    CHECK_FALSE(staffShouldMention(decide(small.lastReminder(0, Channel::Kiosk, O::Shown))));
}

TEST_CASE("a credit decision made at the kiosk is what the desk script says, not a question",
          "[prompt][kiosk][script]") {
    const Standing credit = Standing().credit("25.00", 20);
    const Prompt refund = decide(credit.lastReminder(0, Channel::Kiosk, O::RefundRequested));
    CHECK(refund.script ==
          "Credit $25.00. Chose at the kiosk today: a refund. Start the refund, then record the "
          "outcome.");
    const Prompt apply = decide(credit.lastReminder(0, Channel::Kiosk, O::ApplyCredit),
                                Audience::Desk, Language::Es);
    CHECK(apply.script.find("Eligió en el quiosco hoy: aplicarlo a la visita") !=
          std::string::npos);
    CHECK(apply.script.find('?') == std::string::npos);
}

TEST_CASE("the cooldown script says in words who reminded and what the patient said",
          "[prompt][script]") {
    const Standing s = Standing().owes("7.50", 40).lastReminder(3, Channel::Kiosk, O::Declined);
    const Prompt en = decide(s);
    CHECK(en.script ==
          "$7.50 owed. Reminded at the kiosk on Jun 27, 2026: the patient declined. No need to "
          "mention it again before Jul 11, 2026.");
    const Prompt es =
        decide(s.lastReminder(3, Channel::Kiosk, O::Shown), Audience::Desk, Language::Es);
    CHECK(es.script.find("en el quiosco") != std::string::npos);
    CHECK(es.script.find("mostrado") == std::string::npos);
    CHECK(es.script.find("(quiosco") == std::string::npos);
}

TEST_CASE("paid and waiting for the EHR: not owed, not flagged, not reminded at the kiosk",
          "[prompt][desk]") {
    const Standing s =
        Standing().owes("9.27", 40).lastReminder(0, Channel::Desk, O::Paid).paidUnposted(0);
    const Prompt desk = decide(s);
    CHECK(desk.paidAwaitingPosting == scenarioDay());
    CHECK_FALSE(staffShouldMention(desk));
    CHECK(desk.script ==
          "Paid on Jun 30, 2026, waiting for the EHR to post it. No need to mention the balance.");
    CHECK_FALSE(kioskShouldRemind(decide(s, Audience::Kiosk)));
    // not written off while the payment is on its way
    const Standing old = Standing().owes("5.00", 200).reminded(3);
    CHECK(isWriteoffEligible(old, Policy{}, scenarioDay()));
    CHECK_FALSE(isWriteoffEligible(old.paidUnposted(2), Policy{}, scenarioDay()));
    // a payment the EHR never posts brings the balance back after the cooldown
    const Prompt later = decide(Standing().owes("9.27", 40).paidUnposted(14));
    CHECK_FALSE(later.paidAwaitingPosting);
    CHECK(staffShouldMention(later));
    // a credit has nothing to wait for
    CHECK_FALSE(decide(Standing().credit("3.00", 20).paidUnposted(0)).paidAwaitingPosting);
}

TEST_CASE("dates are typed month first in English, day first in Spanish and Romanian", "[script]") {
    CHECK(dateFieldOrder(Language::En) == "MDY");
    CHECK(dateFieldOrder(Language::Es) == "DMY");
    CHECK(dateFieldOrder(Language::Ro) == "DMY");
}

TEST_CASE("a fixed as-of date wins over the clock", "[date]") {
    const Date fixed = Date::fromCivil(2026, 1, 2);
    CHECK(asOfOrToday(fixed, "America/New_York") == fixed);
    const Date before = todayIn("");
    const Date today = asOfOrToday(std::nullopt, "");
    CHECK((today == before || today == todayIn("")));  // the clock may pass midnight meanwhile
}
