#include <catch2/catch.hpp>

#include <algorithm>

#include "frontdesk/domain/outcome_choices.h"

using namespace frontdesk;

namespace {
bool offers(const std::vector<ReminderOutcome>& list, ReminderOutcome o) {
    return std::find(list.begin(), list.end(), o) != list.end();
}
}  // namespace

TEST_CASE("a balance offers paying outcomes first and declining ones aside", "[outcomes]") {
    for (PromptState s :
         {PromptState::SmallBalance, PromptState::BalanceDue, PromptState::WrittenOffCollectable}) {
        const OutcomeChoices c = outcomeChoicesFor(s);
        REQUIRE_FALSE(c.answers.empty());
        CHECK(c.answers.front() == ReminderOutcome::WillPayAtDesk);
        CHECK(offers(c.answers, ReminderOutcome::Paid));
        CHECK(offers(c.setAside, ReminderOutcome::Disputed));
        CHECK_FALSE(offers(c.answers, ReminderOutcome::ApplyCredit));
    }
}

TEST_CASE("a credit offers applying or refunding it, never paying", "[outcomes]") {
    for (PromptState s : {PromptState::CreditApplyNextVisit, PromptState::CreditRefundDue,
                          PromptState::CreditOnFile, PromptState::UnclaimedPropertyReview}) {
        const OutcomeChoices c = outcomeChoicesFor(s);
        CHECK(c.answers ==
              std::vector{ReminderOutcome::ApplyCredit, ReminderOutcome::RefundRequested});
        CHECK_FALSE(offers(c.answers, ReminderOutcome::Paid));
        CHECK(offers(c.setAside, ReminderOutcome::NotAppropriate));
    }
}

TEST_CASE("no prompt offers no outcome, every outcome has its own label", "[outcomes]") {
    CHECK(outcomeChoicesFor(PromptState::None).answers.empty());
    CHECK(outcomeChoicesFor(PromptState::None).setAside.empty());
    std::vector<std::string_view> labels;
    for (auto o : {ReminderOutcome::Shown, ReminderOutcome::WillPayAtDesk, ReminderOutcome::Paid,
                   ReminderOutcome::Promised, ReminderOutcome::Disputed, ReminderOutcome::Declined,
                   ReminderOutcome::NotAppropriate, ReminderOutcome::ApplyCredit,
                   ReminderOutcome::RefundRequested}) {
        CHECK_FALSE(outcomeLabel(o).empty());
        labels.push_back(outcomeLabel(o));
    }
    std::sort(labels.begin(), labels.end());
    CHECK(std::adjacent_find(labels.begin(), labels.end()) == labels.end());
}
