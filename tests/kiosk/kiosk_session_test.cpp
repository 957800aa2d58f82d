// KioskSession on a real demo clinic: identification rules, failed tries and the lock-out,
// what is recorded, and that nothing of a patient survives a return to Welcome.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <QMetaProperty>
#include <filesystem>
#include <set>

#include "demo_clinic.h"
#include "demo_visitors.h"
#include "kiosk_session.h"
#include "kiosk_startup.h"
#include "station_server.h"

using namespace frontdesk;
using namespace frontdesk::kiosk;
using Screen = KioskSession::Screen;

namespace {

const Date kToday = test::demoDay();

// Where the session under test checks in: on the clinic's file itself, or through a real
// frontdesk-server on it where the kiosk is enrolled (TEMPLATE_TEST_CASE's Local and Remote).
enum class Backend { Local, Remote };
struct Local {
    static constexpr Backend kBackend = Backend::Local;
};
struct Remote {
    static constexpr Backend kBackend = Backend::Remote;
};

// A fresh copy of the demo clinic (built once per test binary) for each test; with Remote, a
// frontdesk-server on it (as of the test day) and this kiosk enrolled there as "test-kiosk".
struct DemoClinic : test::DemoClinicCopy {
    explicit DemoClinic(Backend backend = Backend::Local) {
        if (backend == Backend::Local) return;
        server = std::make_unique<test::StationServer>(db, kToday, dir.path());
        credential = server->enroll("test-kiosk", StationRole::Kiosk).string();
    }

    // The local kiosk's clock (its lock-out's) starts at a fixed second; ticks() moves it on.
    KioskOptions options(Policy policy = {}) const {
        Config config;
        config.policy = std::move(policy);
        KioskOptions o{db, config, kToday, "test-kiosk"};
        if (server) o.server = KioskServer{credential, ""};
        o.clock = [now = now] { return *now; };
        return o;
    }

    // `n` seconds of the kiosk's life: the session's ticks and the local clock alike.
    void ticks(KioskSession& s, int n) const {
        for (int i = 0; i < n; ++i) {
            *now += 1;
            s.tick();
        }
    }

    std::shared_ptr<UnixSeconds> now = std::make_shared<UnixSeconds>(1'900'000'000);
    std::unique_ptr<test::StationServer> server;
    std::string credential;
};

struct Visitor {
    std::string mrn;
    QString familyName;
    QString birthDigits;  // MMDDYYYY
    std::string givenName;
    std::string appointmentId;
};

// The first booked patient of the day in the wanted state whom the kiosk identifies by name
// and birth date alone, or one made in that state when the demo has none.
Visitor visitorIn(const DemoClinic& clinic, PromptState wanted) {
    auto store = Store::open(clinic.db);
    REQUIRE(store);
    auto visitors = test::kioskVisitors(*store, kToday);
    REQUIRE(visitors);
    auto v = test::DemoVisitors(std::move(*visitors)).takeOrMake(*store, kToday, wanted);
    REQUIRE(v);
    return {v->mrn, QString::fromStdString(v->familyName),
            QString::fromStdString(test::birthDigitsMdy(v->birthDate)), v->givenName,
            v->appointmentId};
}

std::optional<ReminderRecord> lastReminder(const DemoClinic& clinic, const std::string& mrn) {
    auto store = Store::open(clinic.db);
    return store->standing(mrn, kToday)->lastReminder;
}

AppointmentStatus statusOf(const DemoClinic& clinic, const Visitor& v) {
    auto store = Store::open(clinic.db);
    return store->appointmentsOf(v.mrn, kToday)->front().status;
}

void identify(KioskSession& s, const Visitor& v) {
    s.begin();
    s.identifyByName(v.familyName, v.birthDigits);
}

// Three misses in a row from Welcome: the kiosk is locked out.
void lockOut(KioskSession& s) {
    s.begin();
    for (int i = 0; i < 3; ++i) {
        s.identifyByName("Zzyzx", "01011990");
        s.tryAgain();
    }
    REQUIRE(s.screen() == Screen::LockedOut);
}

}  // namespace

TEMPLATE_TEST_CASE("last name and birth date show the first name and today's appointment",
                   "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    identify(s, v);
    CHECK(s.screen() == Screen::Appointment);
    CHECK(s.firstName().toStdString() == v.givenName);
    CHECK(s.appointmentTime().size() == 5);
    CHECK_FALSE(s.provider().isEmpty());
}

TEMPLATE_TEST_CASE("matching ignores case, accents and surrounding spaces", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    s.begin();
    s.identifyByName("  " + v.familyName.toUpper() + " ", v.birthDigits);
    CHECK(s.screen() == Screen::Appointment);
}

TEMPLATE_TEST_CASE("the appointment code and birth date identify the patient too", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    s.begin();
    s.identifyByCode(QString::fromStdString(v.appointmentId).toLower(), v.birthDigits);
    CHECK(s.screen() == Screen::Appointment);
    CHECK(s.firstName().toStdString() == v.givenName);
}

TEMPLATE_TEST_CASE("a wrong birth date and an unknown name give the same answer", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession wrongDate(clinic.options());
    wrongDate.begin();
    wrongDate.identifyByName(v.familyName, "01011901");
    KioskSession unknown(clinic.options());
    unknown.begin();
    unknown.identifyByName("Zzyzx", v.birthDigits);
    CHECK(wrongDate.screen() == Screen::NotFound);
    CHECK(unknown.screen() == Screen::NotFound);
    CHECK(wrongDate.firstName().isEmpty());
    CHECK(unknown.firstName().isEmpty());
}

TEST_CASE("three failed tries in a row lock identification out for 30 seconds", "[kiosk]") {
    const DemoClinic clinic;
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    lockOut(s);
    s.begin();
    s.identifyByName(v.familyName, v.birthDigits);  // refused while locked out
    CHECK(s.screen() == Screen::LockedOut);
    clinic.ticks(s, 29);
    CHECK(s.screen() == Screen::LockedOut);
    clinic.ticks(s, 1);
    CHECK(s.screen() == Screen::Welcome);
    CHECK(s.failedTries() == 0);
    identify(s, v);
    CHECK(s.screen() == Screen::Appointment);
}

TEST_CASE("the lock-out is the kiosk's: a new session on the same kiosk is still locked",
          "[kiosk]") {
    const DemoClinic clinic;
    const Visitor v = visitorIn(clinic, PromptState::None);
    {
        KioskSession s(clinic.options());
        lockOut(s);
    }
    KioskSession restarted(clinic.options());  // the kiosk program started again
    identify(restarted, v);
    CHECK(restarted.screen() == Screen::LockedOut);
    CHECK(restarted.firstName().isEmpty());
    CHECK(restarted.secondsLeft() == 30);
}

TEST_CASE("through the server, a locked-out kiosk waits as long as the server says",
          "[kiosk][remote]") {
    const DemoClinic clinic(Backend::Remote);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    lockOut(s);
    CHECK(s.secondsLeft() > 25);
    CHECK(s.secondsLeft() <= 30);
    KioskSession another(clinic.options());  // the same kiosk: the server counts per kiosk
    identify(another, v);
    CHECK(another.screen() == Screen::LockedOut);
    CHECK(another.firstName().isEmpty());
}

TEST_CASE("a server killed and started again: check-in is not available, then comes back",
          "[kiosk][remote]") {
    DemoClinic clinic(Backend::Remote);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    identify(s, v);
    REQUIRE(s.screen() == Screen::Appointment);
    clinic.server->kill();
    s.checkIn();  // the write does not reach the server
    CHECK(s.screen() == Screen::Unavailable);
    CHECK(s.firstName().isEmpty());
    CHECK(statusOf(clinic, v) == AppointmentStatus::Booked);
    // it asks again by itself every kRetryUnavailableS, still down
    clinic.ticks(s, KioskSession::kRetryUnavailableS);
    CHECK(s.screen() == Screen::Unavailable);
    clinic.server->start();
    clinic.ticks(s, KioskSession::kRetryUnavailableS - 1);
    CHECK(s.screen() == Screen::Unavailable);
    clinic.ticks(s, 1);
    CHECK(s.screen() == Screen::Welcome);
    identify(s, v);
    REQUIRE(s.screen() == Screen::Appointment);
    s.checkIn();
    CHECK(s.screen() == Screen::Balance);
    CHECK(statusOf(clinic, v) == AppointmentStatus::Arrived);
}

TEST_CASE("a revoked kiosk offers no check-in", "[kiosk][remote]") {
    const DemoClinic clinic(Backend::Remote);
    auto store = Store::open(clinic.db);
    REQUIRE(store->revokeStation("test-kiosk", 1'900'000'000));
    KioskSession s(clinic.options());
    s.begin();
    CHECK(s.screen() == Screen::Unavailable);
}

TEST_CASE("the server's log holds no name, birth date, amount or credential of a check-in",
          "[kiosk][remote]") {
    const DemoClinic clinic(Backend::Remote);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    const std::string amount = s.amount().toStdString();
    s.answer("will_pay_at_desk");
    REQUIRE(s.screen() == Screen::Done);
    const std::string log = clinic.server->log();
    const std::string token = readCredential(clinic.credential)->token;
    for (const std::string& secret :
         {v.familyName.toStdString(), v.givenName, amount, token, v.mrn}) {
        INFO(secret);
        CHECK(log.find(secret) == std::string::npos);
    }
    const std::string digits = v.birthDigits.toStdString();  // MMDDYYYY
    const std::string iso =
        digits.substr(4) + "-" + digits.substr(0, 2) + "-" + digits.substr(2, 2);
    CHECK(log.find(iso) == std::string::npos);
}

TEMPLATE_TEST_CASE("a successful identification resets the failed tries", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    s.begin();
    s.identifyByName("Zzyzx", "01011990");
    s.tryAgain();
    s.identifyByName("Zzyzx", "01011990");
    REQUIRE(s.failedTries() == 2);
    s.tryAgain();
    s.identifyByName(v.familyName, v.birthDigits);
    CHECK(s.failedTries() == 0);
}

TEMPLATE_TEST_CASE("Start over does not reset the failed tries", "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    KioskSession s(clinic.options());
    s.begin();
    s.identifyByName("Zzyzx", "01011990");
    s.startOver();
    s.begin();
    s.identifyByName("Zzyzx", "01011990");
    CHECK(s.failedTries() == 2);
}

TEMPLATE_TEST_CASE("checking in marks the appointment arrived", "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    CHECK(s.screen() == Screen::Done);  // no balance: no balance step
    CHECK(statusOf(clinic, v) == AppointmentStatus::Arrived);
}

TEMPLATE_TEST_CASE("the answer on a small balance is recorded as a kiosk reminder", "[kiosk]",
                   Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    CHECK(s.balanceKind() == KioskSession::BalanceKind::Small);
    CHECK(s.amount().startsWith("$"));
    CHECK(s.balanceMessage().contains(s.amount()));
    s.answer("will_pay_at_desk");
    CHECK(s.screen() == Screen::Done);
    const auto r = lastReminder(clinic, v.mrn);
    REQUIRE(r);
    CHECK(r->channel == Channel::Kiosk);
    CHECK(r->outcome == ReminderOutcome::WillPayAtDesk);
    CHECK(r->on == kToday);
}

TEMPLATE_TEST_CASE("no answer before the timeout is recorded as shown", "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::CreditRefundDue);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    CHECK(s.balanceKind() == KioskSession::BalanceKind::Credit);
    for (int i = 0; i < 45; ++i) s.tick();
    CHECK(s.screen() == Screen::Welcome);
    REQUIRE(lastReminder(clinic, v.mrn));
    CHECK(lastReminder(clinic, v.mrn)->outcome == ReminderOutcome::Shown);
}

TEST_CASE("a balance due shows no amount unless the policy says always", "[kiosk]") {
    const DemoClinic clinic;
    const Visitor first = visitorIn(clinic, PromptState::BalanceDue);
    KioskSession quiet(clinic.options());
    identify(quiet, first);
    quiet.checkIn();
    REQUIRE(quiet.balanceKind() == KioskSession::BalanceKind::Due);
    CHECK(quiet.amount().isEmpty());
    CHECK_FALSE(quiet.balanceMessage().contains("$"));
    quiet.answer("shown");

    const DemoClinic another;
    const Visitor second = visitorIn(another, PromptState::BalanceDue);
    Policy always;
    always.kioskShowAmount = KioskAmount::Always;
    KioskSession loud(another.options(always));
    identify(loud, second);
    loud.checkIn();
    CHECK(loud.amount().startsWith("$"));
    CHECK(loud.balanceMessage().contains("$"));
}

TEMPLATE_TEST_CASE("only the kiosk's own answers are accepted on the balance step", "[kiosk]",
                   Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    s.answer("paid");  // staff only
    s.answer("nonsense");
    CHECK(s.screen() == Screen::Balance);
    const auto r = lastReminder(clinic, v.mrn);
    const bool recordedToday = r && r->on == kToday && r->channel == Channel::Kiosk;
    CHECK_FALSE(recordedToday);
}

TEMPLATE_TEST_CASE("the done screen returns to Welcome after 10 seconds", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Done);
    for (int i = 0; i < 9; ++i) s.tick();
    CHECK(s.screen() == Screen::Done);
    s.tick();
    CHECK(s.screen() == Screen::Welcome);
}

TEST_CASE("idle screens count down in the last 10 seconds, then return to Welcome", "[kiosk]") {
    const DemoClinic clinic;
    KioskSession s(clinic.options());
    s.begin();
    for (int i = 0; i < 34; ++i) s.tick();
    CHECK_FALSE(s.countingDown());
    s.tick();
    CHECK(s.countingDown());
    CHECK(s.secondsLeft() == 10);
    s.touch();
    CHECK_FALSE(s.countingDown());
    for (int i = 0; i < 45; ++i) s.tick();
    CHECK(s.screen() == Screen::Welcome);
}

TEMPLATE_TEST_CASE("after a check-in no property holds anything of the patient", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    s.setLanguage("es");
    s.setLargeText(true);
    s.begin();
    const QString dayFirst =
        v.birthDigits.mid(2, 2) + v.birthDigits.mid(0, 2) + v.birthDigits.mid(4);
    s.identifyByName(v.familyName, dayFirst);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    s.answer("declined");
    for (int i = 0; i < 10; ++i) s.tick();
    REQUIRE(s.screen() == Screen::Welcome);
    // settings of the kiosk itself, not of a patient
    const std::set<std::string> kiosk{"objectName",   "screen",      "clinicName",
                                      "logo",         "languages",   "secondsLeft",
                                      "countingDown", "failedTries", "birthDateOrder"};
    const QMetaObject* meta = s.metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty p = meta->property(i);
        if (kiosk.count(p.name())) continue;
        INFO("property " << p.name());
        const QVariant value = p.read(&s);
        if (std::string(p.name()) == "language") {
            CHECK(value.toString() == "en");
        } else if (std::string(p.name()) == "largeText") {
            CHECK_FALSE(value.toBool());
        } else if (std::string(p.name()) == "balanceKind") {
            CHECK(value.value<KioskSession::BalanceKind>() == KioskSession::BalanceKind::None);
        } else if (value.canConvert<QVariantList>() && value.typeId() == QMetaType::QVariantList) {
            CHECK(value.toList().isEmpty());
        } else {
            CHECK(value.toString().isEmpty());
        }
    }
}

TEST_CASE("birth date digits follow the language's order and refuse the impossible", "[kiosk]") {
    const DemoClinic clinic;
    KioskSession s(clinic.options());
    CHECK(s.birthDateFromDigits("04021980") == "1980-04-02");
    CHECK(s.birthDateFromDigits("13021980").isEmpty());
    CHECK(s.birthDateFromDigits("0402198").isEmpty());
    CHECK(s.birthDateFromDigits("04022030").isEmpty());  // after today
    s.setLanguage("ro");
    CHECK(s.birthDateOrder() == "DMY");
    CHECK(s.birthDateFromDigits("04021980") == "1980-02-04");
}

TEST_CASE("an unreachable database shows the unavailable screen and does not crash", "[kiosk]") {
    KioskOptions options{"/proc/no-such-dir/clinic.db", Config{}, kToday, "test-kiosk"};
    KioskSession s(options);
    s.begin();
    CHECK(s.screen() == Screen::Unavailable);
    s.identifyByName("Lee", "04021980");
    CHECK(s.screen() == Screen::Unavailable);
    s.startOver();
    CHECK(s.screen() == Screen::Welcome);
}

namespace {

// A patient booked today at 11:45 whose only ledger entry is `amount` (negative: a credit)
// posted `ageDays` ago, made here so that no demo change can take the case away.
Visitor addVisitor(const DemoClinic& clinic, const char* amount, int ageDays) {
    auto store = Store::open(clinic.db);
    REQUIRE(store);
    const Patient p{"T-900", "Vasquez-Test", "Irene", *parseDate("1961-03-04"), "", "en", ""};
    REQUIRE(store->putPatients(std::vector<Patient>{p})->problems.empty());
    const Appointment a{"APT-T900", p.mrn,    kToday.iso() + "T11:45",  20,
                        "Dr. Lee",  "Room 2", AppointmentStatus::Booked};
    REQUIRE(store->putAppointments(std::vector<Appointment>{a})->problems.empty());
    const Cents cents = *parseMoney(amount);
    const NewEntry e{"T-900-1",
                     p.mrn,
                     kToday.plusDays(-ageDays),
                     cents.value() < 0 ? EntryKind::PatientAdjustment : EntryKind::ChargePatient,
                     cents,
                     ""};
    REQUIRE(store->postEntries(std::vector<NewEntry>{e})->problems.empty());
    return {p.mrn, "Vasquez-Test", "03041961", p.givenName, a.id};
}

}  // namespace

TEMPLATE_TEST_CASE("identifying again the same day says the patient is already checked in",
                   "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::None);
    KioskSession first(clinic.options());
    identify(first, v);
    first.checkIn();
    REQUIRE(first.screen() == Screen::Done);

    KioskSession again(clinic.options());
    identify(again, v);
    CHECK(again.screen() == Screen::AlreadyCheckedIn);
    CHECK(again.firstName().toStdString() == v.givenName);
    again.checkIn();  // nothing to check in: the screen stays
    CHECK(again.screen() == Screen::AlreadyCheckedIn);
    // it returns to Welcome by itself like Done, without "Are you still there?"
    for (int i = 0; i < 9; ++i) {
        again.tick();
        CHECK_FALSE(again.countingDown());
    }
    again.tick();
    CHECK(again.screen() == Screen::Welcome);
    CHECK(again.firstName().isEmpty());
}

TEMPLATE_TEST_CASE("Start over on the balance step says checked in, records shown, then Welcome",
                   "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = visitorIn(clinic, PromptState::SmallBalance);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    s.startOver();
    CHECK(s.screen() == Screen::Done);
    CHECK(statusOf(clinic, v) == AppointmentStatus::Arrived);
    REQUIRE(lastReminder(clinic, v.mrn));
    CHECK(lastReminder(clinic, v.mrn)->outcome == ReminderOutcome::Shown);
    CHECK(lastReminder(clinic, v.mrn)->channel == Channel::Kiosk);
    // Done asks no "Are you still there?": it returns by itself
    for (int i = 0; i < 9; ++i) {
        s.tick();
        CHECK_FALSE(s.countingDown());
    }
    s.tick();
    CHECK(s.screen() == Screen::Welcome);
}

TEMPLATE_TEST_CASE("the balance step offers the core's answers for the state", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    KioskSession small(clinic.options());
    identify(small, visitorIn(clinic, PromptState::SmallBalance));
    small.checkIn();
    CHECK(small.answers() == QStringList{"will_pay_at_desk", "declined"});

    KioskSession credit(clinic.options());
    identify(credit, visitorIn(clinic, PromptState::CreditRefundDue));
    credit.checkIn();
    CHECK(credit.balanceKind() == KioskSession::BalanceKind::Credit);
    CHECK(credit.answers() == QStringList{"apply_credit", "refund_requested", "shown"});
}

TEMPLATE_TEST_CASE("an unclaimed credit is for staff: the patient is told and only acknowledges",
                   "[kiosk]", Local, Remote) {
    const DemoClinic clinic(TestType::kBackend);
    const Visitor v = addVisitor(clinic, "-3.00", 1200);
    KioskSession s(clinic.options());
    identify(s, v);
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    CHECK(s.balanceKind() == KioskSession::BalanceKind::CreditAtDesk);
    CHECK(s.answers() == QStringList{"shown"});
    CHECK(s.balanceMessage().contains("front desk"));
    s.answer("apply_credit");  // not offered: ignored
    CHECK(s.screen() == Screen::Balance);
    s.answer("shown");
    CHECK(s.screen() == Screen::Done);
}

TEST_CASE("the amount is the core's, in the clinic's currency", "[kiosk]") {
    const DemoClinic clinic;
    const Visitor v = addVisitor(clinic, "7.50", 30);
    Policy euro;
    euro.currency = "EUR";
    KioskSession s(clinic.options(euro));
    s.setLanguage("es");
    s.begin();
    s.identifyByName(v.familyName, "04031961");  // day first in Spanish
    s.checkIn();
    REQUIRE(s.screen() == Screen::Balance);
    CHECK(s.amount() == QString::fromStdString(formatMoney(Cents(750), "EUR")));
    CHECK(s.balanceMessage().contains(s.amount()));
}

TEMPLATE_TEST_CASE("Try again keeps what the patient typed, Welcome forgets it", "[kiosk]", Local,
                   Remote) {
    const DemoClinic clinic(TestType::kBackend);
    KioskSession s(clinic.options());
    s.begin();
    s.identifyByName("Zzyzx", "01011990");
    REQUIRE(s.screen() == Screen::NotFound);
    CHECK(s.typedFamilyName() == "Zzyzx");
    s.tryAgain();
    CHECK(s.screen() == Screen::Identify);
    CHECK(s.typedFamilyName() == "Zzyzx");
    s.identifyByCode("NOPE-1", "01011990");
    CHECK(s.typedCode() == "NOPE-1");
    CHECK(s.typedFamilyName().isEmpty());
    s.startOver();
    CHECK(s.typedCode().isEmpty());
}
