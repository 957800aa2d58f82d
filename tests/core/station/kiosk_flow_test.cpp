// KioskFlow on the demo clinic: what a kiosk on another machine is told when it identifies a
// patient, checks them in and records their answer, and what it is refused.
#include <algorithm>

#include "clinic_file.h"
#include "demo_clinic.h"
#include "demo_visitors.h"
#include "frontdesk/station/kiosk_flow.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using Kind = KioskIdentified::Kind;

namespace {

const Date kToday = test::demoDay();
constexpr UnixSeconds kNow = 1'795'683'600;  // 2026-11-26T09:00:00Z

// A fresh copy of the demo clinic, its store, and the flow as the server runs it.
struct KioskServer : test::DemoClinicCopy {
    Config config;
    Store store;
    KioskFlow flow;
    test::DemoVisitors visitors;

    KioskServer() : store(openStore(db)), flow(store, config) {
        config.clinic.kiosk.maxFailedTries = 3;
        config.clinic.kiosk.lockoutS = 30;
        auto day = test::kioskVisitors(store, kToday);
        REQUIRE(day);
        visitors = test::DemoVisitors(std::move(*day));
    }
    static Store openStore(const std::string& path) {
        auto opened = Store::open(path);
        REQUIRE(opened);
        return std::move(*opened);
    }

    test::DemoVisitor visitorIn(PromptState state) {
        auto v = visitors.takeOrMake(store, kToday, state);
        REQUIRE(v);
        return *v;
    }
    KioskIdentified identify(const std::string& station, const KioskIdentifyRequest& request,
                             UnixSeconds now = kNow) {
        auto found = flow.identify(station, request, kToday, now);
        REQUIRE(found);
        return *found;
    }
    AppointmentStatus statusOf(const test::DemoVisitor& v) {
        const auto appointments = store.appointmentsOf(v.mrn, kToday);
        REQUIRE(appointments);
        for (const Appointment& a : *appointments)
            if (a.id == v.appointmentId) return a.status;
        FAIL("no appointment " << v.appointmentId);
        return AppointmentStatus::Cancelled;
    }
};

KioskIdentifyRequest byName(const test::DemoVisitor& v, std::string initial = {}) {
    return {v.familyName, "", v.birthDate, std::move(initial)};
}

ErrorCode errorOf(const Result<KioskPromptView>& r) {
    REQUIRE_FALSE(r);
    return r.error().code;
}

}  // namespace

TEST_CASE("a right pair gives the first name and the day's appointments, nothing else",
          "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::SmallBalance);
    const KioskIdentified found = c.identify("kiosk-1", byName(v));
    REQUIRE(found.kind == Kind::Found);
    CHECK(found.firstName == v.givenName);
    REQUIRE(found.appointments.size() == 1);
    CHECK(found.appointments[0].id == v.appointmentId);
    CHECK(found.appointments[0].start == kToday.iso() + "T" + v.time);
    CHECK(found.appointments[0].provider == v.provider);
    CHECK(found.retryAfterS == 0);
    // the handle is random, not made of the patient's data, and kept only as its digest
    CHECK(found.handle.size() >= 22);
    for (const std::string& data : {v.mrn, v.familyName, v.birthDate.iso()})
        CHECK(found.handle.find(data) == std::string::npos);
    test::RawDb raw(c.db, test::RawDb::Mode::ReadOnly);
    CHECK(raw.integer("SELECT count(*) FROM kiosk_visit WHERE handle_digest = '" +
                      secretDigest(found.handle) + "'") == 1);
    CHECK(test::ClinicFile(c.db).auditCount(v.mrn, "kiosk-1", "kiosk") == 1);

    const KioskIdentified byCode = c.identify("kiosk-1", {"", v.appointmentId, v.birthDate, ""});
    CHECK(byCode.kind == Kind::Found);
    CHECK(byCode.firstName == v.givenName);
    CHECK(byCode.handle != found.handle);
}

TEST_CASE("misses lock the kiosk at kiosk.max_failed_tries, then a right pair is LockedOut",
          "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::None);
    const KioskIdentifyRequest wrong{"Nobody-Such", "", v.birthDate, ""};
    CHECK(c.identify("kiosk-1", wrong).kind == Kind::NotFound);
    CHECK(c.identify("kiosk-1", wrong).kind == Kind::NotFound);
    const KioskIdentified locking = c.identify("kiosk-1", wrong, kNow + 1);
    CHECK(locking.kind == Kind::LockedOut);
    CHECK(locking.retryAfterS == 30);

    const KioskIdentified refused = c.identify("kiosk-1", byName(v), kNow + 11);
    CHECK(refused.kind == Kind::LockedOut);
    CHECK(refused.retryAfterS == 20);
    CHECK(refused.handle.empty());
    CHECK(refused.firstName.empty());
    CHECK(c.identify("kiosk-2", byName(v), kNow + 11).kind == Kind::Found);
    CHECK(c.identify("kiosk-1", byName(v), kNow + 31).kind == Kind::Found);
}

TEST_CASE("twins are asked for the initial and then told apart by it", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::None);
    Patient twin = **c.store.findPatient(v.mrn);
    twin.mrn = "TWIN-OF-" + v.mrn;
    twin.givenName = v.givenName.front() == 'Z' ? "Amy" : "Zoe";
    REQUIRE(c.store.putPatients({&twin, 1})->problems.empty());
    const Appointment visit{twin.mrn + "-1", twin.mrn, kToday.iso() + "T16:30",  15,
                            "Dr. Quinn",     "Room 2", AppointmentStatus::Booked};
    REQUIRE(c.store.putAppointments({&visit, 1})->problems.empty());

    const KioskIdentified ask = c.identify("kiosk-1", byName(v));
    CHECK(ask.kind == Kind::AskInitial);
    CHECK(ask.handle.empty());
    CHECK(ask.firstName.empty());
    CHECK(c.store.kioskLockout("kiosk-1")->failedTries == 0);  // not a miss

    const KioskIdentified second = c.identify("kiosk-1", byName(v, twin.givenName.substr(0, 1)));
    REQUIRE(second.kind == Kind::Found);
    CHECK(second.firstName == twin.givenName);
    REQUIRE(second.appointments.size() == 1);
    CHECK(second.appointments[0].id == visit.id);
    const KioskIdentified first = c.identify("kiosk-1", byName(v, v.givenName.substr(0, 1)));
    REQUIRE(first.kind == Kind::Found);
    CHECK(first.firstName == v.givenName);
}

TEST_CASE("a check-in of an appointment that is not the patient's is NotFound", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::None);
    const test::DemoVisitor other = c.visitorIn(PromptState::None);
    const KioskIdentified found = c.identify("kiosk-1", byName(v));
    REQUIRE(found.kind == Kind::Found);
    CHECK(errorOf(c.flow.checkIn("kiosk-1", found.handle, other.appointmentId, Language::En, kToday,
                                 kNow + 5)) == ErrorCode::NotFound);
    CHECK(c.statusOf(other) == AppointmentStatus::Booked);
    CHECK(c.flow.checkIn("kiosk-1", found.handle, v.appointmentId, Language::En, kToday, kNow + 6));
    CHECK(c.statusOf(v) == AppointmentStatus::Arrived);
}

TEST_CASE("another kiosk's handle is NotFound", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::None);
    const KioskIdentified found = c.identify("kiosk-1", byName(v));
    REQUIRE(found.kind == Kind::Found);
    CHECK(errorOf(c.flow.checkIn("kiosk-2", found.handle, v.appointmentId, Language::En, kToday,
                                 kNow + 5)) == ErrorCode::NotFound);
    CHECK(c.statusOf(v) == AppointmentStatus::Booked);
    CHECK(c.flow.checkIn("kiosk-1", found.handle, v.appointmentId, Language::En, kToday, kNow + 6));
}

TEST_CASE("an answer must be one of the prompt's, and it ends the visit", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::SmallBalance);
    const KioskIdentified found = c.identify("kiosk-1", byName(v));
    REQUIRE(found.kind == Kind::Found);
    const auto prompt =
        c.flow.checkIn("kiosk-1", found.handle, v.appointmentId, Language::En, kToday, kNow + 5);
    REQUIRE(prompt);
    REQUIRE(prompt->remind);
    CHECK(prompt->kind == "small");
    REQUIRE_FALSE(prompt->answers.empty());

    // "shown" is always taken: the patient walked away (the next test)
    const std::vector<ReminderOutcome> all{
        ReminderOutcome::WillPayAtDesk, ReminderOutcome::Paid,
        ReminderOutcome::Promised,      ReminderOutcome::Disputed,
        ReminderOutcome::Declined,      ReminderOutcome::NotAppropriate,
        ReminderOutcome::ApplyCredit,   ReminderOutcome::RefundRequested};
    const auto notOffered = std::find_if(all.begin(), all.end(), [&](ReminderOutcome o) {
        return std::find(prompt->answers.begin(), prompt->answers.end(), o) ==
               prompt->answers.end();
    });
    REQUIRE(notOffered != all.end());
    const test::ClinicFile file(c.db);
    const int before = file.reminderCount(v.mrn);
    const auto refused = c.flow.answer("kiosk-1", found.handle, *notOffered, kToday, kNow + 10);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(file.reminderCount(v.mrn) == before);

    REQUIRE(c.flow.answer("kiosk-1", found.handle, prompt->answers.front(), kToday, kNow + 20));
    CHECK(file.reminderCount(v.mrn) == before + 1);
    CHECK(file.lastReminder(v.mrn)->channel == "kiosk");
    CHECK(file.lastReminder(v.mrn)->staffId == "kiosk-1");

    const auto again =
        c.flow.answer("kiosk-1", found.handle, prompt->answers.front(), kToday, kNow + 30);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
    CHECK(errorOf(c.flow.checkIn("kiosk-1", found.handle, v.appointmentId, Language::En, kToday,
                                 kNow + 30)) == ErrorCode::NotFound);
    CHECK(file.reminderCount(v.mrn) == before + 1);
}

TEST_CASE("a patient who walks away from the balance step is recorded as shown", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::SmallBalance);
    const KioskIdentified found = c.identify("kiosk-1", byName(v));
    REQUIRE(found.kind == Kind::Found);
    const auto prompt =
        c.flow.checkIn("kiosk-1", found.handle, v.appointmentId, Language::En, kToday, kNow + 5);
    REQUIRE(prompt);
    REQUIRE(std::find(prompt->answers.begin(), prompt->answers.end(), ReminderOutcome::Shown) ==
            prompt->answers.end());
    REQUIRE(c.flow.answer("kiosk-1", found.handle, ReminderOutcome::Shown, kToday, kNow + 50));
    const test::ClinicFile file(c.db);
    CHECK(file.lastReminder(v.mrn)->outcome == "shown");
}

TEST_CASE("a check-in with nothing to remind ends the visit", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::None);
    const KioskIdentified found = c.identify("kiosk-1", byName(v));
    REQUIRE(found.kind == Kind::Found);
    const auto prompt =
        c.flow.checkIn("kiosk-1", found.handle, v.appointmentId, Language::En, kToday, kNow + 5);
    REQUIRE(prompt);
    CHECK_FALSE(prompt->remind);
    CHECK(prompt->answers.empty());
    const auto answered =
        c.flow.answer("kiosk-1", found.handle, ReminderOutcome::Shown, kToday, kNow + 6);
    REQUIRE_FALSE(answered);
    CHECK(answered.error().code == ErrorCode::NotFound);
}

TEST_CASE("a handle lapses kVisitLifetimeS after the identification", "[kiosk_flow]") {
    KioskServer c;
    const test::DemoVisitor v = c.visitorIn(PromptState::None);
    const KioskIdentified lapsing = c.identify("kiosk-1", byName(v));
    REQUIRE(lapsing.kind == Kind::Found);
    CHECK(errorOf(c.flow.checkIn("kiosk-1", lapsing.handle, v.appointmentId, Language::En, kToday,
                                 kNow + KioskFlow::kVisitLifetimeS)) == ErrorCode::NotFound);
    CHECK(c.statusOf(v) == AppointmentStatus::Booked);

    const KioskIdentified fresh = c.identify("kiosk-1", byName(v), kNow + 100);
    CHECK(c.flow.checkIn("kiosk-1", fresh.handle, v.appointmentId, Language::En, kToday,
                         kNow + 100 + KioskFlow::kVisitLifetimeS - 1));
}
