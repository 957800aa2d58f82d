#include "frontdesk/domain/outcome_choices.h"

namespace frontdesk {

OutcomeChoices outcomeChoicesFor(PromptState state) {
    using O = ReminderOutcome;
    switch (state) {
        case PromptState::None:
            return {};
        case PromptState::SmallBalance:
        case PromptState::BalanceDue:
        case PromptState::WrittenOffCollectable:
            return {{O::WillPayAtDesk, O::Paid, O::Promised},
                    {O::Declined, O::Disputed, O::NotAppropriate}};
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditRefundDue:
        case PromptState::CreditOnFile:
        case PromptState::UnclaimedPropertyReview:
            break;
    }
    return {{O::ApplyCredit, O::RefundRequested}, {O::Shown, O::NotAppropriate}};
}

std::vector<ReminderOutcome> kioskChoicesFor(PromptState state) {
    using O = ReminderOutcome;
    switch (state) {
        case PromptState::None:
            return {};
        case PromptState::SmallBalance:
        case PromptState::WrittenOffCollectable:
            return {O::WillPayAtDesk, O::Declined};
        case PromptState::BalanceDue:
        case PromptState::UnclaimedPropertyReview:
            return {O::Shown};
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditRefundDue:
        case PromptState::CreditOnFile:
            break;
    }
    return {O::ApplyCredit, O::RefundRequested, O::Shown};
}

std::string_view outcomeLabel(ReminderOutcome outcome) {
    switch (outcome) {
        case ReminderOutcome::Shown:
            return "Told the patient; no decision yet";
        case ReminderOutcome::WillPayAtDesk:
            return "Patient will pay at the desk";
        case ReminderOutcome::Paid:
            return "Patient paid";
        case ReminderOutcome::Promised:
            return "Patient promised to pay";
        case ReminderOutcome::Disputed:
            return "Patient disputes the balance";
        case ReminderOutcome::Declined:
            return "Patient declined";
        case ReminderOutcome::NotAppropriate:
            return "Not appropriate to mention now";
        case ReminderOutcome::ApplyCredit:
            return "Apply the credit to the visit";
        case ReminderOutcome::RefundRequested:
            break;
    }
    return "Patient asked for a refund";
}

}  // namespace frontdesk
