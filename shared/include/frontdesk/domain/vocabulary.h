#pragma once

#include <optional>
#include <string_view>

namespace frontdesk {

// The stable strings of DESIGN.md. Each enum has toString() returning that string and
// a parse function returning nullopt for anything else.

enum class EntryKind {
    ChargePatient,
    ChargeInsurance,
    InsurancePayment,
    InsuranceAdjustment,
    TransferToPatient,
    PatientPayment,
    PatientAdjustment,
    Refund,
    CreditApplied,
    SmallBalanceWriteoff,
    WriteoffReversal,
};

enum class PromptState {
    None,
    SmallBalance,
    BalanceDue,
    WrittenOffCollectable,
    CreditApplyNextVisit,
    CreditRefundDue,
    CreditOnFile,
    UnclaimedPropertyReview,
};

enum class ReminderOutcome {
    Shown,
    WillPayAtDesk,
    Paid,
    Promised,
    Disputed,
    Declined,
    NotAppropriate,
    ApplyCredit,
    RefundRequested,
};

enum class Channel { Kiosk, Desk, Phone };

// Who the prompt is phrased for. Same strings as Channel.
using Audience = Channel;

enum class Language { En, Es, Ro };

enum class AppointmentStatus { Booked, Arrived, CheckedIn, Fulfilled, Cancelled, NoShow };

std::string_view toString(EntryKind kind);
std::string_view toString(PromptState state);
std::string_view toString(ReminderOutcome outcome);
std::string_view toString(Channel channel);
std::string_view toString(Language language);
std::string_view toString(AppointmentStatus status);

std::optional<EntryKind> parseEntryKind(std::string_view text);
std::optional<PromptState> parsePromptState(std::string_view text);
std::optional<ReminderOutcome> parseReminderOutcome(std::string_view text);
std::optional<Channel> parseChannel(std::string_view text);
std::optional<Language> parseLanguage(std::string_view text);
std::optional<AppointmentStatus> parseAppointmentStatus(std::string_view text);

// True for outcomes that mean the patient was reminded of a balance; these count toward
// write-off eligibility (writeoff.min_reminders). not_appropriate and the two credit
// outcomes do not.
bool isBalanceReminder(ReminderOutcome outcome);

}  // namespace frontdesk
