#include "frontdesk/domain/vocabulary.h"

#include <array>
#include <utility>

namespace frontdesk {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<EntryKind, 11> kEntryKinds{{
    {EntryKind::ChargePatient, "charge_patient"},
    {EntryKind::ChargeInsurance, "charge_insurance"},
    {EntryKind::InsurancePayment, "insurance_payment"},
    {EntryKind::InsuranceAdjustment, "insurance_adjustment"},
    {EntryKind::TransferToPatient, "transfer_to_patient"},
    {EntryKind::PatientPayment, "patient_payment"},
    {EntryKind::PatientAdjustment, "patient_adjustment"},
    {EntryKind::Refund, "refund"},
    {EntryKind::CreditApplied, "credit_applied"},
    {EntryKind::SmallBalanceWriteoff, "small_balance_writeoff"},
    {EntryKind::WriteoffReversal, "writeoff_reversal"},
}};

constexpr Names<PromptState, 8> kPromptStates{{
    {PromptState::None, "none"},
    {PromptState::SmallBalance, "small_balance"},
    {PromptState::BalanceDue, "balance_due"},
    {PromptState::WrittenOffCollectable, "written_off_collectable"},
    {PromptState::CreditApplyNextVisit, "credit_apply_next_visit"},
    {PromptState::CreditRefundDue, "credit_refund_due"},
    {PromptState::CreditOnFile, "credit_on_file"},
    {PromptState::UnclaimedPropertyReview, "unclaimed_property_review"},
}};

constexpr Names<ReminderOutcome, 9> kOutcomes{{
    {ReminderOutcome::Shown, "shown"},
    {ReminderOutcome::WillPayAtDesk, "will_pay_at_desk"},
    {ReminderOutcome::Paid, "paid"},
    {ReminderOutcome::Promised, "promised"},
    {ReminderOutcome::Disputed, "disputed"},
    {ReminderOutcome::Declined, "declined"},
    {ReminderOutcome::NotAppropriate, "not_appropriate"},
    {ReminderOutcome::ApplyCredit, "apply_credit"},
    {ReminderOutcome::RefundRequested, "refund_requested"},
}};

constexpr Names<Channel, 3> kChannels{{
    {Channel::Kiosk, "kiosk"},
    {Channel::Desk, "desk"},
    {Channel::Phone, "phone"},
}};

constexpr Names<Language, 3> kLanguages{{
    {Language::En, "en"},
    {Language::Es, "es"},
    {Language::Ro, "ro"},
}};

constexpr Names<AppointmentStatus, 6> kStatuses{{
    {AppointmentStatus::Booked, "booked"},
    {AppointmentStatus::Arrived, "arrived"},
    {AppointmentStatus::CheckedIn, "checked-in"},
    {AppointmentStatus::Fulfilled, "fulfilled"},
    {AppointmentStatus::Cancelled, "cancelled"},
    {AppointmentStatus::NoShow, "noshow"},
}};

template <typename E, std::size_t N>
std::string_view nameOf(const Names<E, N>& names, E value) {
    for (const auto& [e, name] : names)
        if (e == value) return name;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N>& names, std::string_view text) {
    for (const auto& [e, name] : names)
        if (name == text) return e;
    return std::nullopt;
}

}  // namespace

std::string_view toString(EntryKind kind) {
    return nameOf(kEntryKinds, kind);
}
std::string_view toString(PromptState state) {
    return nameOf(kPromptStates, state);
}
std::string_view toString(ReminderOutcome outcome) {
    return nameOf(kOutcomes, outcome);
}
std::string_view toString(Channel channel) {
    return nameOf(kChannels, channel);
}
std::string_view toString(Language language) {
    return nameOf(kLanguages, language);
}
std::string_view toString(AppointmentStatus status) {
    return nameOf(kStatuses, status);
}

std::optional<EntryKind> parseEntryKind(std::string_view t) {
    return valueOf(kEntryKinds, t);
}
std::optional<PromptState> parsePromptState(std::string_view t) {
    return valueOf(kPromptStates, t);
}
std::optional<ReminderOutcome> parseReminderOutcome(std::string_view t) {
    return valueOf(kOutcomes, t);
}
std::optional<Channel> parseChannel(std::string_view t) {
    return valueOf(kChannels, t);
}
std::optional<Language> parseLanguage(std::string_view t) {
    return valueOf(kLanguages, t);
}
std::optional<AppointmentStatus> parseAppointmentStatus(std::string_view t) {
    return valueOf(kStatuses, t);
}

bool isBalanceReminder(ReminderOutcome outcome) {
    switch (outcome) {
        case ReminderOutcome::NotAppropriate:
        case ReminderOutcome::ApplyCredit:
        case ReminderOutcome::RefundRequested:
            return false;
        default:
            return true;
    }
}

}  // namespace frontdesk
