#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/domain/money.h"
#include "frontdesk/domain/prompt.h"
#include "frontdesk/domain/script.h"
#include "standing_builder.h"

using namespace frontdesk;
using frontdesk::test::scenarioDay;
using frontdesk::test::Standing;

namespace {

const Audience kAudiences[] = {Audience::Kiosk, Audience::Desk, Audience::Phone};
const Language kLanguages[] = {Language::En, Language::Es, Language::Ro};
const KioskAmount kKioskAmounts[] = {KioskAmount::Small, KioskAmount::Always, KioskAmount::Never};

// A patient in each prompt state, with no reminder recent enough to pause the prompt.
// Amounts avoid the digits of the scenario years so a date can't hide in an amount.
struct StateCase {
    PromptState state;
    Standing standing;
};

std::vector<StateCase> everyState() {
    const Standing p = Standing().lastReminder(40, Channel::Phone).nextVisitIn(150);
    return {
        {PromptState::None, p},
        {PromptState::SmallBalance, p.owes("7.50", 130)},
        {PromptState::BalanceDue, p.owes("1,234.50", 75)},
        {PromptState::WrittenOffCollectable, p.writtenOff("7.50")},
        {PromptState::CreditApplyNextVisit, p.credit("4.99", 33).nextVisitIn(17)},
        {PromptState::CreditRefundDue, p.credit("7.50", 33)},
        {PromptState::CreditOnFile, p.credit("4.99", 33)},
        {PromptState::UnclaimedPropertyReview, p.credit("7.50", 1100)},
    };
}

Prompt promptFor(const Standing& s, Audience audience, Language language,
                 const Policy& policy = Policy()) {
    return decidePrompt(s, policy, audience, language, scenarioDay());
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Every date a prompt knows of, as people would read it and as ISO text.
std::vector<std::string> datesIn(const Prompt& p) {
    std::vector<Date> dates{p.asOf};
    if (p.oldestOpenOn) dates.push_back(*p.oldestOpenOn);
    if (p.nextVisit) dates.push_back(*p.nextVisit);
    if (p.refundDueBy) dates.push_back(*p.refundDueBy);
    if (p.lastReminder) dates.push_back(p.lastReminder->on);
    std::vector<std::string> texts;
    for (const Date d : dates) {
        texts.push_back(d.iso());
        texts.push_back(std::to_string(d.year()));
        for (const Language l : kLanguages) texts.push_back(formatDateFor(d, l));
    }
    return texts;
}

}  // namespace

TEST_CASE("every state has a script for every audience and language, none has none", "[script]") {
    for (const StateCase& c : everyState()) {
        for (const Audience audience : kAudiences) {
            for (const Language language : kLanguages) {
                const Prompt p = promptFor(c.standing, audience, language);
                INFO(toString(c.state)
                     << " / " << toString(audience) << " / " << toString(language));
                REQUIRE(p.state == c.state);
                CHECK(p.script.empty() == (c.state == PromptState::None));
            }
        }
    }
}

TEST_CASE("no script leaves a placeholder unfilled", "[script]") {
    std::vector<Standing> standings;
    for (const StateCase& c : everyState()) standings.push_back(c.standing);
    standings.push_back(Standing().owes("7.50", 40).lastReminder(3));   // cooldown
    standings.push_back(Standing().owes("45.00", 40).lastReminder(3));  // cooldown
    standings.push_back(Standing().writtenOff("7.50").lastReminder(3));
    standings.push_back(Standing().credit("4.99", 20).nextVisitIn(5));  // no last reminder
    for (const KioskAmount shown : kKioskAmounts) {
        Policy policy;
        policy.kioskShowAmount = shown;
        for (const Standing& s : standings) {
            for (const Audience audience : kAudiences) {
                for (const Language language : kLanguages) {
                    const Prompt p = promptFor(s, audience, language, policy);
                    INFO(p.script);
                    CHECK_FALSE(contains(p.script, "{"));
                    CHECK_FALSE(contains(p.script, "}"));
                }
            }
        }
    }
}

TEST_CASE("the kiosk script never shows a date", "[script]") {
    std::vector<Standing> standings;
    for (const StateCase& c : everyState()) standings.push_back(c.standing);
    standings.push_back(Standing().owes("7.50", 40).lastReminder(0, Channel::Kiosk));
    for (const KioskAmount shown : kKioskAmounts) {
        Policy policy;
        policy.kioskShowAmount = shown;
        for (const Standing& s : standings) {
            for (const Language language : kLanguages) {
                const Prompt p = promptFor(s, Audience::Kiosk, language, policy);
                for (const std::string& date : datesIn(p)) {
                    INFO(p.script << "\nmust not contain: " << date);
                    CHECK_FALSE(contains(p.script, date));
                }
            }
        }
    }
}

TEST_CASE("the kiosk shows a balance due's amount only when kiosk.show_amount is always",
          "[script]") {
    const Standing s = Standing().owes("45.00", 20);
    for (const KioskAmount shown : kKioskAmounts) {
        Policy policy;
        policy.kioskShowAmount = shown;
        for (const Language language : kLanguages) {
            const Prompt p = promptFor(s, Audience::Kiosk, language, policy);
            INFO(p.script);
            REQUIRE(p.state == PromptState::BalanceDue);
            CHECK(contains(p.script, "$45.00") == (shown == KioskAmount::Always));
            if (shown != KioskAmount::Always) CHECK_FALSE(contains(p.script, "45"));
        }
    }
}

TEST_CASE("the kiosk shows a small balance's amount unless kiosk.show_amount is never",
          "[script]") {
    for (const Standing& s : {Standing().owes("7.50", 20), Standing().writtenOff("7.50")}) {
        for (const KioskAmount shown : kKioskAmounts) {
            Policy policy;
            policy.kioskShowAmount = shown;
            for (const Language language : kLanguages) {
                const Prompt p = promptFor(s, Audience::Kiosk, language, policy);
                INFO(toString(p.state) << ": " << p.script);
                CHECK(contains(p.script, "$7.50") == (shown != KioskAmount::Never));
                if (shown == KioskAmount::Never) CHECK_FALSE(contains(p.script, "7.50"));
            }
        }
    }
}

TEST_CASE("desk and phone scripts name the amount", "[script]") {
    for (const Audience audience : {Audience::Desk, Audience::Phone}) {
        for (const Language language : kLanguages) {
            INFO(toString(audience) << " / " << toString(language));
            CHECK(contains(promptFor(Standing().owes("7.50", 20), audience, language).script,
                           "$7.50"));
            CHECK(contains(promptFor(Standing().owes("1,234.50", 20), audience, language).script,
                           "$1,234.50"));
            CHECK(contains(promptFor(Standing().writtenOff("7.50"), audience, language).script,
                           "$7.50"));
            CHECK(contains(promptFor(Standing().credit("7.50", 20), audience, language).script,
                           "$7.50"));
            CHECK(contains(promptFor(Standing().credit("4.99", 20), audience, language).script,
                           "$4.99"));
        }
    }
}

TEST_CASE("a credit is shown to the patient at the kiosk as a positive amount", "[script]") {
    for (const Language language : kLanguages) {
        const Prompt p = promptFor(Standing().credit("7.50", 20), Audience::Kiosk, language);
        INFO(p.script);
        CHECK(contains(p.script, "$7.50"));
        CHECK_FALSE(contains(p.script, "-$"));
    }
}

TEST_CASE("the desk says when a small balance opened", "[script]") {
    const Standing s = Standing().owes("7.50", 130);
    const Date since = scenarioDay().plusDays(-130);
    for (const Audience audience : {Audience::Desk, Audience::Phone}) {
        for (const Language language : kLanguages) {
            const Prompt p = promptFor(s, audience, language);
            INFO(p.script);
            CHECK(contains(p.script, formatDateFor(since, language)));
        }
    }
}

TEST_CASE("the desk sees a written-off balance as still collectable", "[script]") {
    const Prompt p = promptFor(Standing().writtenOff("7.50"), Audience::Desk, Language::En);
    CHECK(contains(p.script, "Written off $7.50, still collectable"));
}

TEST_CASE("credit scripts give the visit date and the refund deadline", "[script]") {
    const Date asOf = scenarioDay();
    for (const Language language : kLanguages) {
        const Prompt apply =
            promptFor(Standing().credit("4.99", 10).nextVisitIn(17), Audience::Desk, language);
        CHECK(contains(apply.script, formatDateFor(asOf.plusDays(17), language)));
        const Prompt refund = promptFor(Standing().credit("7.50", 10), Audience::Desk, language);
        CHECK(contains(refund.script, formatDateFor(asOf.plusDays(50), language)));
    }
}

TEST_CASE("during a cooldown desk and phone scripts say when the last reminder was", "[script]") {
    const Date asOf = scenarioDay();
    const Standing s =
        Standing().owes("7.50", 40).lastReminder(3, Channel::Kiosk, ReminderOutcome::Promised);
    for (const Audience audience : {Audience::Desk, Audience::Phone}) {
        for (const Language language : kLanguages) {
            const Prompt p = promptFor(s, audience, language);
            INFO(p.script);
            REQUIRE(p.suppressedUntil == asOf.plusDays(11));
            CHECK(contains(p.script, formatDateFor(asOf.plusDays(-3), language)));
            CHECK(contains(p.script, formatDateFor(asOf.plusDays(11), language)));
            CHECK(contains(p.script, "$7.50"));
        }
    }
    const Prompt en = promptFor(s, Audience::Desk, Language::En);
    CHECK(contains(en.script, "kiosk"));
    CHECK(contains(en.script, "promised to pay"));
}

TEST_CASE("the cooldown script differs from the reminder script it replaces", "[script]") {
    const Standing owes = Standing().owes("7.50", 40);
    for (const Language language : kLanguages) {
        const std::string paused =
            promptFor(owes.lastReminder(13), Audience::Desk, language).script;
        const std::string due = promptFor(owes.lastReminder(14), Audience::Desk, language).script;
        CHECK(paused != due);
        CHECK(contains(paused, formatDateFor(scenarioDay().plusDays(-13), language)));
    }
}

TEST_CASE("Spanish and Romanian scripts are translated, not the English text", "[script]") {
    for (const StateCase& c : everyState()) {
        if (c.state == PromptState::None) continue;
        for (const Audience audience : kAudiences) {
            INFO(toString(c.state) << " / " << toString(audience));
            const std::string en = promptFor(c.standing, audience, Language::En).script;
            const std::string es = promptFor(c.standing, audience, Language::Es).script;
            const std::string ro = promptFor(c.standing, audience, Language::Ro).script;
            CHECK(es != en);
            CHECK(ro != en);
            CHECK(es != ro);
        }
    }
}

TEST_CASE("the phone is given its own words for a balance", "[script]") {
    for (const Standing& s : {Standing().owes("7.50", 20), Standing().owes("45.00", 20)}) {
        for (const Language language : kLanguages) {
            CHECK(promptFor(s, Audience::Phone, language).script !=
                  promptFor(s, Audience::Desk, language).script);
        }
    }
}

TEST_CASE("writeScript gives the script decidePrompt put in the prompt", "[script]") {
    Policy policy;
    policy.kioskShowAmount = KioskAmount::Always;
    for (const StateCase& c : everyState()) {
        for (const Audience audience : kAudiences) {
            const Prompt p = promptFor(c.standing, audience, Language::Es, policy);
            CHECK(writeScript(p, policy) == p.script);
        }
    }
}

TEST_CASE("the script of state none is empty", "[script]") {
    Prompt none;
    none.state = PromptState::None;
    for (const Audience audience : kAudiences) {
        none.audience = audience;
        CHECK(writeScript(none, Policy()).empty());
    }
}

TEST_CASE("desk and phone scripts give the facts first, then the sentence to say in quotes",
          "[script]") {
    for (const StateCase& c : everyState()) {
        if (c.state == PromptState::None) continue;
        for (const Audience audience : {Audience::Desk, Audience::Phone}) {
            for (const Language language : kLanguages) {
                const std::string script = promptFor(c.standing, audience, language).script;
                INFO(script);
                const auto open = script.find('"');
                REQUIRE(open != std::string::npos);
                CHECK(open > 0);
                CHECK(script.back() == '"');
            }
        }
    }
}

TEST_CASE("a clinic that keeps its books in another currency is not shown dollar signs",
          "[script]") {
    Policy policy;
    policy.currency = "EUR";
    for (const Audience audience : kAudiences) {
        const Prompt p = promptFor(Standing().owes("7.50", 20), audience, Language::Es, policy);
        INFO(p.script);
        CHECK(p.currency == "EUR");
        CHECK_FALSE(contains(p.script, "$"));
    }
}
