// PromptBackend and PromptCard (C++ only) on a real demo clinic: every load is an audited
// lookup, outcomes are recorded with the staff id, the note and the audience's channel, and
// bad input (an unknown MRN, text that is not an outcome) changes nothing.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <QRegularExpression>
#include <filesystem>
#include <fstream>

#include "clinic_file.h"
#include "demo_clinic.h"
#include "demo_visitors.h"
#include "frontdesk/domain/script.h"
#include "prompt_backend.h"
#include "prompt_card.h"

using namespace frontdesk;
using namespace frontdesk::ui;
using namespace frontdesk::test;

namespace {

// The demo clinic, built once per test binary; each test gets a fresh copy.

struct DemoCopy : DemoClinicCopy {
    std::unique_ptr<PromptBackend> backend;
    std::unique_ptr<Store> store;  // the test's own connection, to arrange and check
    DemoVisitors patients;

    DemoCopy() {
        auto opened = PromptBackend::open(db, Config{}, demoDay(), "staff-7");
        REQUIRE(opened);
        backend = std::move(*opened);
        auto own = Store::open(db);
        REQUIRE(own);
        store = std::make_unique<Store>(std::move(*own));
        auto read = deskPatients(*store, demoDay());
        REQUIRE(read);
        patients = DemoVisitors(std::move(*read));
    }
    // An unused patient whose desk prompt is in `state` (made when the demo has none left).
    std::string patientIn(PromptState state) {
        auto visitor = patients.takeOrMake(*store, demoDay(), state);
        REQUIRE(visitor);
        return visitor->mrn;
    }
    ClinicFile file() const { return ClinicFile(db); }
};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

TEST_CASE("a backend needs a staff id to audit under", "[desk][prompt]") {
    DemoCopy clinic;
    auto opened = PromptBackend::open(clinic.db, Config{}, demoDay(), "  ");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::BadInput);
}

TEST_CASE("a backend on a file that is not a database fails with the store's error",
          "[desk][prompt]") {
    DemoCopy clinic;
    const std::string junk = clinic.dir.file("junk.db").string();
    std::ofstream(junk) << std::string(4096, 'x');
    auto opened = PromptBackend::open(junk, Config{}, demoDay(), "staff-7");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Storage);
}

TEST_CASE("the backend's as-of date is the fixed one", "[desk][prompt]") {
    DemoCopy clinic;
    CHECK(clinic.backend->asOfText() == "2026-11-26");
    CHECK(clinic.backend->staffId() == "staff-7");
    CHECK(clinic.backend->language() == "en");
    clinic.backend->setLanguage("fr");
    CHECK(clinic.backend->language() == "en");
}

TEST_CASE("a small balance prompt shows the core's figures, script and choices", "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setPatient(q(mrn));

    REQUIRE(card.found());
    CHECK(card.errorText().isEmpty());
    CHECK(card.state() == "small_balance");
    CHECK(card.hasPrompt());
    CHECK_FALSE(card.isCredit());
    CHECK_FALSE(card.inCooldown());
    CHECK(QRegularExpression(R"(^\$(\d\.\d\d|10\.00)$)").match(card.amount()).hasMatch());
    CHECK(card.amount() == card.balance());
    CHECK(card.ageDays() > 0);
    CHECK(card.script().contains(card.amount()));
    CHECK(card.script().contains("Say:"));
    CHECK(card.answers() == QStringList{"will_pay_at_desk", "paid", "promised"});
    CHECK(card.setAside() == QStringList{"declined", "disputed", "not_appropriate"});
    CHECK(clinic.file().auditCount(mrn, "staff-7", "desk") == 1);
}

TEST_CASE("recording an outcome stores it with staff, note and channel, then cools down",
          "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setAudience(PromptCard::Audience::Phone);
    card.setPatient(q(mrn));
    REQUIRE(card.found());
    QStringList announced;
    QObject::connect(clinic.backend.get(), &PromptBackend::outcomeRecorded,
                     [&](const QString& m) { announced << m; });
    const int before = clinic.file().reminderCount(mrn);

    REQUIRE(card.record("promised", "  will call back Friday  "));

    const auto stored = clinic.file().lastReminder(mrn);
    REQUIRE(stored);
    CHECK(stored->outcome == "promised");
    CHECK(stored->channel == "phone");
    CHECK(stored->onDate == "2026-11-26");
    CHECK(stored->staffId == "staff-7");
    CHECK(stored->note == "will call back Friday");
    CHECK(clinic.file().reminderCount(mrn) == before + 1);
    CHECK(announced == QStringList{q(mrn)});
    CHECK(card.inCooldown());
    CHECK(card.remindedToday());
    CHECK(card.lastReminderOutcome() == "promised");
    CHECK(card.lastReminderChannel() == "phone");
    CHECK(card.cooldownUntil().toStdString() ==
          formatDateFor(demoDay().plusDays(14), Language::En));
    // the load; the reread after recording shows the same prompt and is not a new lookup
    CHECK(clinic.file().auditCount(mrn, "staff-7", "phone") == 1);
}

TEST_CASE("another prompt of the same patient follows a recorded outcome", "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    PromptCard first;
    PromptCard second;
    for (PromptCard* card : {&first, &second}) {
        card->setBackend(clinic.backend.get());
        card->setPatient(q(mrn));
    }
    REQUIRE(first.record("promised", {}));
    CHECK(second.inCooldown());
    CHECK(clinic.file().auditCount(mrn) == 2);  // the two loads; the rereads are not lookups
    second.refresh();                           // asked for: a new lookup
    CHECK(clinic.file().auditCount(mrn) == 3);
}

TEST_CASE("text that is not an outcome of the prompt records nothing", "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setPatient(q(mrn));
    const int before = clinic.file().reminderCount(mrn);

    CHECK_FALSE(card.record("bogus", {}));
    CHECK(card.errorText() == "\"bogus\" is not an outcome of this prompt.");
    CHECK_FALSE(card.record("apply_credit", {}));  // an outcome, but not for a balance
    CHECK_FALSE(card.record("", {}));
    CHECK(clinic.file().reminderCount(mrn) == before);
    CHECK(card.found());
    CHECK_FALSE(card.inCooldown());
}

TEST_CASE("an unknown MRN is not found, is audited, and records nothing", "[desk][prompt]") {
    DemoCopy clinic;
    PromptCard card;
    card.setBackend(clinic.backend.get());
    const int unknownBefore = clinic.file().auditCountOfUnknown();
    card.setPatient("NO-SUCH-MRN");
    CHECK_FALSE(card.found());
    CHECK_FALSE(card.hasPrompt());
    CHECK(card.errorText() == "No patient with MRN NO-SUCH-MRN.");
    CHECK(card.state().isEmpty());
    CHECK(card.amount().isEmpty());
    CHECK(card.answers().isEmpty());
    CHECK_FALSE(card.record("paid", {}));
    CHECK(clinic.file().auditCountOfUnknown() == unknownBefore + 1);
}

TEST_CASE("a credit prompt offers the credit outcomes and a positive amount", "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::CreditRefundDue);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setPatient(q(mrn));
    CHECK(card.isCredit());
    CHECK(card.answers() == QStringList{"apply_credit", "refund_requested"});
    CHECK(card.setAside() == QStringList{"shown", "not_appropriate"});
    CHECK_FALSE(card.amount().startsWith('-'));
    CHECK(card.balance() == "-" + card.amount());
    CHECK(card.record("refund_requested", {}));
    CHECK(clinic.file().lastReminder(mrn)->outcome == "refund_requested");
}

TEST_CASE("a patient with nothing owed has no prompt and no choices", "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::None);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setPatient(q(mrn));
    CHECK(card.found());
    CHECK(card.state() == "none");
    CHECK_FALSE(card.hasPrompt());
    CHECK(card.script().isEmpty());
    CHECK(card.answers().isEmpty());
    CHECK_FALSE(card.record("shown", {}));
}

TEST_CASE("the script follows the backend's language", "[desk][prompt]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setPatient(q(mrn));
    CHECK(card.script().contains("Say:"));
    clinic.backend->setLanguage("es");
    CHECK(card.script().contains("Diga:"));
    const auto standing = clinic.store->standing(mrn, demoDay());
    REQUIRE(standing);
    const Date opened = *standing->totals.oldestOpenOn();
    CHECK(card.oldestOpenOn().toStdString() == formatDateFor(opened, Language::Es));
}

TEST_CASE("'paid' at a desk that posts payments takes the amount, with a decimal comma too",
          "[desk][prompt][payment]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    PromptCard card;
    card.setBackend(clinic.backend.get());
    card.setPatient(q(mrn));
    REQUIRE(card.postsPayments());
    const int before = clinic.file().reminderCount(mrn);

    CHECK_FALSE(card.record("paid", {}));  // the amount is needed
    CHECK(card.errorText() == "Enter the amount the patient paid.");
    CHECK_FALSE(card.recordPayment("9,2O", {}));
    CHECK(card.errorText() == "\"9,2O\" is not an amount of money.");
    CHECK_FALSE(card.recordPayment("0", {}));
    CHECK(card.errorText() == "Enter an amount above $0.00.");
    CHECK_FALSE(card.recordPayment("2000000", {}));
    CHECK_FALSE(card.recordPayment("500.00", {}));  // more than owed: asked first
    CHECK(card.errorText().startsWith("$500.00 is more than the $"));
    CHECK(clinic.file().reminderCount(mrn) == before);

    const QString owed = card.suggestedPayment();  // "9.27": balance and what is written off
    QString typed = owed;
    typed.replace('.', ',');
    REQUIRE(card.recordPayment(typed, "cash"));
    CHECK(card.state() == "none");
    CHECK(card.balance() == "$0.00");
    CHECK(card.lastReminderOutcome() == "paid");
    CHECK(card.lastReminderNote() == "cash");
    CHECK(clinic.file().reminderCount(mrn) == before + 1);
}

TEST_CASE("'paid' where the EHR posts payments is recorded without an amount and waits",
          "[desk][prompt][payment]") {
    DemoCopy clinic;
    const std::string mrn = clinic.patientIn(PromptState::SmallBalance);
    Config withSync;
    withSync.fhir.baseUrl = "https://ehr.example/fhir";
    auto backend = PromptBackend::open(clinic.db, withSync, demoDay(), "staff-7");
    REQUIRE(backend);
    PromptCard card;
    card.setBackend(backend->get());
    card.setPatient(q(mrn));
    CHECK_FALSE(card.postsPayments());
    const QString balance = card.balance();

    CHECK_FALSE(card.recordPayment("5.00", {}));
    REQUIRE(card.record("paid", {}));
    CHECK(card.paidAwaitingPosting());
    CHECK_FALSE(card.mentionNow());
    CHECK(card.balance() == balance);  // nothing posted: the EHR will
    CHECK(card.script().startsWith("Paid on "));
}
