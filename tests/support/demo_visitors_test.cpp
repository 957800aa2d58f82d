// The helpers that find and make the patients the front ends' tests drive: a patient made in a
// state has that state, the kiosk's visitors are the unambiguous ones, and a pool hands each
// out once. On an empty clinic, so that every patient here is made here.
#include <algorithm>
#include <array>

#include "demo_visitors.h"
#include "test_support.h"

using namespace frontdesk;
using namespace frontdesk::test;

namespace {

const Date kDay = Date::fromCivil(2026, 11, 26);

constexpr std::array kEveryState{PromptState::None,
                                 PromptState::SmallBalance,
                                 PromptState::BalanceDue,
                                 PromptState::WrittenOffCollectable,
                                 PromptState::CreditApplyNextVisit,
                                 PromptState::CreditRefundDue,
                                 PromptState::CreditOnFile,
                                 PromptState::UnclaimedPropertyReview};

const DemoVisitor* find(const std::vector<DemoVisitor>& visitors, const std::string& mrn) {
    const auto found = std::find_if(visitors.begin(), visitors.end(),
                                    [&](const DemoVisitor& v) { return v.mrn == mrn; });
    return found == visitors.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("a patient made in a prompt state has it at the desk and the kiosk, booked that day",
          "[support]") {
    TestStore t;
    for (const PromptState state : kEveryState) {
        CAPTURE(toString(state));
        const auto made = makeVisitor(t.store, kDay, state);
        REQUIRE(made);
        CHECK(made->state == state);
        CHECK_FALSE(made->inCooldown);
        const auto desk = deskPatients(t.store, kDay);
        REQUIRE(desk);
        REQUIRE(find(*desk, made->mrn));
        CHECK(find(*desk, made->mrn)->state == state);
        const auto kiosk = kioskVisitors(t.store, kDay);
        REQUIRE(kiosk);
        if (state == PromptState::CreditOnFile) {  // a visit that day would apply the credit
            CHECK(made->appointmentId.empty());
            CHECK_FALSE(find(*kiosk, made->mrn));
        } else {
            CHECK(made->time == "16:00");
            REQUIRE(find(*kiosk, made->mrn));
            CHECK(find(*kiosk, made->mrn)->state == state);
            CHECK(find(*kiosk, made->mrn)->appointmentId == made->appointmentId);
        }
    }
}

TEST_CASE("a patient made in the cooldown is in the desk's cooldown, not the kiosk's",
          "[support]") {
    TestStore t;
    const auto made = makeVisitor(t.store, kDay, PromptState::SmallBalance, true);
    REQUIRE(made);
    CHECK(made->inCooldown);
    const auto kiosk = kioskVisitors(t.store, kDay);
    REQUIRE(kiosk);
    REQUIRE(find(*kiosk, made->mrn));
    CHECK(find(*kiosk, made->mrn)->state == PromptState::SmallBalance);
    CHECK_FALSE(find(*kiosk, made->mrn)->inCooldown);

    const auto none = makeVisitor(t.store, kDay, PromptState::None, true);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::BadInput);
}

TEST_CASE("the kiosk's visitors leave out twins and patients booked twice that day", "[support]") {
    TestStore t;
    const auto single = makeVisitor(t.store, kDay, PromptState::None);
    const auto twice = makeVisitor(t.store, kDay, PromptState::None);
    const auto twin = makeVisitor(t.store, kDay, PromptState::None);
    REQUIRE((single && twice && twin));
    const Appointment again{twice->mrn + "-B", twice->mrn, kDay.iso() + "T17:00",    15,
                            "Dr. Quinn",       "Room 2",   AppointmentStatus::Booked};
    REQUIRE(t.store.putAppointments({&again, 1})->problems.empty());
    Patient other = **t.store.findPatient(twin->mrn);
    other.mrn = "TWIN-OF-" + twin->mrn;
    other.givenName = "Sam";
    REQUIRE(t.store.putPatients({&other, 1})->problems.empty());

    const auto kiosk = kioskVisitors(t.store, kDay);
    REQUIRE(kiosk);
    CHECK(kiosk->size() == 1);
    CHECK(find(*kiosk, single->mrn));
    const auto booked = bookedVisitors(t.store, kDay);
    REQUIRE(booked);
    CHECK(booked->size() == 4);                       // one visitor per booked appointment
    CHECK(booked->back().appointmentId == again.id);  // in the day's order
}

TEST_CASE("visitors are handed out once each, and made when none is left", "[support]") {
    TestStore t;
    const auto first = makeVisitor(t.store, kDay, PromptState::SmallBalance);
    const auto second = makeVisitor(t.store, kDay, PromptState::SmallBalance);
    const auto cooling = makeVisitor(t.store, kDay, PromptState::SmallBalance, true);
    REQUIRE((first && second && cooling));
    auto read = deskPatients(t.store, kDay);
    REQUIRE(read);
    DemoVisitors pool(std::move(*read));
    CHECK(pool.take(PromptState::SmallBalance)->mrn == first->mrn);
    CHECK(pool.take(PromptState::SmallBalance)->mrn == second->mrn);
    CHECK_FALSE(pool.take(PromptState::SmallBalance));
    CHECK_FALSE(pool.take(PromptState::BalanceDue));
    CHECK(pool.takeInCooldown()->mrn == cooling->mrn);
    CHECK_FALSE(pool.takeInCooldown());

    const auto made = pool.takeOrMake(t.store, kDay, PromptState::SmallBalance);
    REQUIRE(made);
    CHECK(made->state == PromptState::SmallBalance);
    CHECK(made->mrn != first->mrn);
    CHECK(made->mrn != second->mrn);
    const auto madeCooling = pool.takeOrMakeInCooldown(t.store, kDay);
    REQUIRE(madeCooling);
    CHECK(madeCooling->inCooldown);
}

TEST_CASE("a birth date as the kiosk's keypad takes it", "[support]") {
    CHECK(birthDigitsMdy(Date::fromCivil(1961, 3, 4)) == "03041961");
    CHECK(birthDigitsDmy(Date::fromCivil(1961, 3, 4)) == "04031961");
}
