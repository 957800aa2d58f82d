#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "frontdesk/domain/vocabulary.h"

using namespace frontdesk;

namespace {

// Checks that every value prints as its documented string and parses back to itself.
template <typename E, typename Parse>
void checkRoundTrip(const std::vector<std::pair<E, std::string>>& table, Parse parse) {
    for (const auto& [value, text] : table) {
        INFO(text);
        CHECK(toString(value) == text);
        const auto parsed = parse(text);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == value);
    }
}

}  // namespace

TEST_CASE("every ledger entry kind of DESIGN.md round-trips through its stable string",
          "[vocabulary]") {
    checkRoundTrip<EntryKind>({{EntryKind::ChargePatient, "charge_patient"},
                               {EntryKind::ChargeInsurance, "charge_insurance"},
                               {EntryKind::InsurancePayment, "insurance_payment"},
                               {EntryKind::InsuranceAdjustment, "insurance_adjustment"},
                               {EntryKind::TransferToPatient, "transfer_to_patient"},
                               {EntryKind::PatientPayment, "patient_payment"},
                               {EntryKind::PatientAdjustment, "patient_adjustment"},
                               {EntryKind::Refund, "refund"},
                               {EntryKind::CreditApplied, "credit_applied"},
                               {EntryKind::SmallBalanceWriteoff, "small_balance_writeoff"},
                               {EntryKind::WriteoffReversal, "writeoff_reversal"}},
                              parseEntryKind);
}

TEST_CASE("every prompt state of DESIGN.md round-trips through its string", "[vocabulary]") {
    checkRoundTrip<PromptState>(
        {{PromptState::None, "none"},
         {PromptState::SmallBalance, "small_balance"},
         {PromptState::BalanceDue, "balance_due"},
         {PromptState::WrittenOffCollectable, "written_off_collectable"},
         {PromptState::CreditApplyNextVisit, "credit_apply_next_visit"},
         {PromptState::CreditRefundDue, "credit_refund_due"},
         {PromptState::CreditOnFile, "credit_on_file"},
         {PromptState::UnclaimedPropertyReview, "unclaimed_property_review"}},
        parsePromptState);
}

TEST_CASE("every reminder outcome of DESIGN.md round-trips through its stable string",
          "[vocabulary]") {
    checkRoundTrip<ReminderOutcome>({{ReminderOutcome::Shown, "shown"},
                                     {ReminderOutcome::WillPayAtDesk, "will_pay_at_desk"},
                                     {ReminderOutcome::Paid, "paid"},
                                     {ReminderOutcome::Promised, "promised"},
                                     {ReminderOutcome::Disputed, "disputed"},
                                     {ReminderOutcome::Declined, "declined"},
                                     {ReminderOutcome::NotAppropriate, "not_appropriate"},
                                     {ReminderOutcome::ApplyCredit, "apply_credit"},
                                     {ReminderOutcome::RefundRequested, "refund_requested"}},
                                    parseReminderOutcome);
}

TEST_CASE("the channels kiosk, desk and phone round-trip through their stable strings",
          "[vocabulary]") {
    checkRoundTrip<Channel>(
        {{Channel::Kiosk, "kiosk"}, {Channel::Desk, "desk"}, {Channel::Phone, "phone"}},
        parseChannel);
}

TEST_CASE("the languages en, es and ro round-trip through their codes", "[vocabulary]") {
    checkRoundTrip<Language>({{Language::En, "en"}, {Language::Es, "es"}, {Language::Ro, "ro"}},
                             parseLanguage);
}

TEST_CASE("every appointment status of the CSV contract round-trips through its string",
          "[vocabulary]") {
    checkRoundTrip<AppointmentStatus>({{AppointmentStatus::Booked, "booked"},
                                       {AppointmentStatus::Arrived, "arrived"},
                                       {AppointmentStatus::CheckedIn, "checked-in"},
                                       {AppointmentStatus::Fulfilled, "fulfilled"},
                                       {AppointmentStatus::Cancelled, "cancelled"},
                                       {AppointmentStatus::NoShow, "noshow"}},
                                      parseAppointmentStatus);
}

TEST_CASE("strings that are not in the vocabulary parse to nothing", "[vocabulary]") {
    for (const char* text : {"", " ", "Charge_Patient", "charge-patient", "charge_patient ",
                             "payment", "small balance", "SMALL_BALANCE", "Kiosk", "email", "EN",
                             "fr", "checked_in", "no_show", "Shown", "none "}) {
        INFO("'" << text << "'");
        CHECK_FALSE(parseEntryKind(text).has_value());
        CHECK_FALSE(parsePromptState(text).has_value());
        CHECK_FALSE(parseReminderOutcome(text).has_value());
        CHECK_FALSE(parseChannel(text).has_value());
        CHECK_FALSE(parseLanguage(text).has_value());
        CHECK_FALSE(parseAppointmentStatus(text).has_value());
    }
}

TEST_CASE("a string of one vocabulary is not accepted by another", "[vocabulary]") {
    CHECK_FALSE(parseEntryKind("small_balance").has_value());
    CHECK_FALSE(parsePromptState("charge_patient").has_value());
    CHECK_FALSE(parseReminderOutcome("desk").has_value());
    CHECK_FALSE(parseChannel("shown").has_value());
    CHECK_FALSE(parseAppointmentStatus("none").has_value());
}

TEST_CASE("reminders about a balance count toward write-off, credit and unfit ones do not",
          "[vocabulary]") {
    CHECK(isBalanceReminder(ReminderOutcome::Shown));
    CHECK(isBalanceReminder(ReminderOutcome::WillPayAtDesk));
    CHECK(isBalanceReminder(ReminderOutcome::Paid));
    CHECK(isBalanceReminder(ReminderOutcome::Promised));
    CHECK(isBalanceReminder(ReminderOutcome::Disputed));
    CHECK(isBalanceReminder(ReminderOutcome::Declined));
    CHECK_FALSE(isBalanceReminder(ReminderOutcome::NotAppropriate));
    CHECK_FALSE(isBalanceReminder(ReminderOutcome::ApplyCredit));
    CHECK_FALSE(isBalanceReminder(ReminderOutcome::RefundRequested));
}
