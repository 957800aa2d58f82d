// The same patient on the same day gets the same amount, flag and choices in every front end:
// the kiosk's session, the desk's worklist and patient lists, the BalancePrompt's view model,
// the CDS Hooks card and the C ABI's JSON. The clinic is made here, one patient per prompt
// state, so that no change to the demo can take a state away.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <memory>

#include <QStringList>
#include <nlohmann/json.hpp>

#include "cds_cards.h"
#include "frontdesk/domain/outcome_choices.h"
#include "frontdesk/store/lookup.h"
#include "frontdesk_plugin.h"
#include "kiosk_session.h"
#include "patient_list_model.h"
#include "prompt_backend.h"
#include "prompt_card.h"
#include "worklist_model.h"

using namespace frontdesk;

namespace {

const Date kToday = Date::fromCivil(2026, 11, 30);

// A patient of the test clinic: the state their ledger puts them in, and whether they are
// booked today (a credit with a visit today is applied at it, so credit_on_file has none).
struct Case {
    PromptState state;
    std::string mrn;
    const char* familyName;
    std::vector<NewEntry> ledger;
    bool bookedToday = true;
};

NewEntry entry(const std::string& mrn, int n, int ageDays, EntryKind kind, Cents amount) {
    return {mrn + "-" + std::to_string(n), mrn, kToday.plusDays(-ageDays), kind, amount, ""};
}

std::vector<Case> everyState() {
    using K = EntryKind;
    return {
        {PromptState::None, "S0", "Nadal", {}},
        {PromptState::SmallBalance,
         "S1",
         "Ionescu",
         {entry("S1", 1, 40, K::ChargePatient, Cents(750))}},
        {PromptState::BalanceDue,
         "S2",
         "Okafor",
         {entry("S2", 1, 40, K::ChargePatient, Cents(8500))}},
        {PromptState::WrittenOffCollectable,
         "S3",
         "Lindqvist",
         {entry("S3", 1, 200, K::ChargePatient, Cents(625)),
          entry("S3", 2, 10, K::SmallBalanceWriteoff, Cents(625))}},
        {PromptState::CreditApplyNextVisit,
         "S4",
         "Moreau",
         {entry("S4", 1, 20, K::PatientAdjustment, Cents(-300))}},
        {PromptState::CreditRefundDue,
         "S5",
         "Tanaka",
         {entry("S5", 1, 20, K::PatientAdjustment, Cents(-2500))}},
        {PromptState::CreditOnFile,
         "S6",
         "Novak",
         {entry("S6", 1, 20, K::PatientAdjustment, Cents(-300))},
         false},
        {PromptState::UnclaimedPropertyReview,
         "S7",
         "Haddad",
         {entry("S7", 1, 1200, K::PatientAdjustment, Cents(-300))}},
    };
}

const char* kBirthDigits = "05061970";  // MMDDYYYY of every test patient

struct TestClinic {
    std::filesystem::path dir;
    std::string db;
    TestClinic() {
        dir = std::filesystem::temp_directory_path() /
              ("frontdesk-same-answer-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        db = (dir / "clinic.db").string();
        auto store = Store::open(db);
        REQUIRE(store);
        int minute = 0;
        for (const Case& c : everyState()) {
            const Patient p{c.mrn, c.familyName, "Pat", Date::fromCivil(1970, 5, 6), "", "en", ""};
            REQUIRE(store->putPatients(std::vector<Patient>{p})->problems.empty());
            REQUIRE(store->postEntries(c.ledger)->problems.empty());
            if (!c.bookedToday) continue;
            const std::string start =
                kToday.iso() + "T09:" + (minute < 10 ? "0" : "") + std::to_string(minute);
            minute += 5;
            const Appointment a{
                "A-" + c.mrn, c.mrn, start, 5, "Dr. Lee", "Room 1", AppointmentStatus::Booked};
            REQUIRE(store->putAppointments(std::vector<Appointment>{a})->problems.empty());
        }
    }
    ~TestClinic() { std::filesystem::remove_all(dir); }
};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QStringList outcomeStrings(const std::vector<ReminderOutcome>& outcomes) {
    QStringList out;
    for (const ReminderOutcome o : outcomes) out << q(std::string(toString(o)));
    return out;
}

// What the core answers staff: the amount as every front end shows it, and the flag.
struct Expected {
    Prompt prompt;
    QString amount;  // "" when there is nothing to show
    bool flagged = false;
};

Expected expected(Store& store, const std::string& mrn, Audience audience) {
    BalanceLookup lookup(store, Policy{});
    auto p = lookup.prompt(mrn, audience, Language::En, kToday, "core");
    REQUIRE(p);
    const Cents amount = promptAmount(*p);
    return {*p, amount.value() ? q(formatMoney(amount, p->currency)) : QString(),
            staffShouldMention(*p)};
}

void checkDeskLists(Store& store, const Case& c, const Expected& e) {
    desk::PatientListModel patients;
    patients.reset({{**store.findPatient(c.mrn), e.prompt}});
    const QModelIndex row = patients.index(0);
    CHECK(patients.data(row, desk::PatientListModel::AmountRole).toString() == e.amount);
    CHECK(patients.data(row, desk::PatientListModel::FlaggedRole).toBool() == e.flagged);
    if (!c.bookedToday) return;
    desk::WorklistModel worklist;
    BalanceLookup lookup(store, Policy{});
    worklist.reset(*lookup.worklist(kToday, Language::En, kToday, "desk"));
    for (int i = 0; i < worklist.count(); ++i) {
        if (worklist.mrnAt(i) != q(c.mrn)) continue;
        const QModelIndex at = worklist.index(i);
        CHECK(worklist.data(at, desk::WorklistModel::AmountRole).toString() == e.amount);
        CHECK(worklist.data(at, desk::WorklistModel::FlaggedRole).toBool() == e.flagged);
        CHECK(worklist.data(at, desk::WorklistModel::StateRole).toString() ==
              q(std::string(toString(c.state))));
    }
}

void checkPromptCard(ui::PromptBackend& backend, const Case& c, Audience audience,
                     const Expected& e) {
    ui::PromptCard card;
    card.setAudience(audience == Audience::Phone ? ui::PromptCard::Audience::Phone
                                                 : ui::PromptCard::Audience::Desk);
    card.setBackend(&backend);
    card.setPatient(q(c.mrn));
    REQUIRE(card.found());
    CHECK(card.state() == q(std::string(toString(c.state))));
    CHECK((card.hasPrompt() ? card.amount() : QString()) == e.amount);
    CHECK(card.mentionNow() == e.flagged);
    const OutcomeChoices choices = outcomeChoicesFor(c.state);
    CHECK(card.answers() == outcomeStrings(choices.answers));
    CHECK(card.setAside() == outcomeStrings(choices.setAside));
    CHECK(card.isCredit() == isCreditState(c.state));
}

void checkCdsCard(const Expected& e) {
    int n = 0;
    const auto card =
        hooks::cardFor(e.prompt, "ehr-user", "at-most-one", [&n] { return std::to_string(++n); });
    CHECK(card.has_value() == e.flagged);
    if (!card) return;
    const OutcomeChoices choices = outcomeChoicesFor(e.prompt.state);
    REQUIRE(card->json["suggestions"].size() == choices.answers.size());
    for (std::size_t i = 0; i < choices.answers.size(); ++i)
        CHECK(card->json["suggestions"][i]["label"] == outcomeLabel(choices.answers[i]));
}

void checkCAbi(frontdesk_plugin* plugin, const Case& c, const char* audience, const Expected& e) {
    char* text = frontdesk_plugin_prompt_json(plugin, c.mrn.c_str(), audience, "en",
                                              kToday.iso().c_str(), "abi");
    REQUIRE(text);
    const auto j = nlohmann::json::parse(text);
    frontdesk_plugin_free(text);
    CHECK(j["state"] == toString(c.state));
    CHECK(j["amount_cents"] == promptAmount(e.prompt).value());
    CHECK(j["mention_now"] == e.flagged);
}

void checkKiosk(const TestClinic& clinic, const Case& c, Store& store) {
    if (!c.bookedToday) return;
    Config config;
    kiosk::KioskSession session(kiosk::KioskOptions{clinic.db, config, kToday, "kiosk-t"});
    session.begin();
    session.identifyByName(c.familyName, kBirthDigits);
    REQUIRE(session.screen() == kiosk::KioskSession::Screen::Appointment);
    session.checkIn();
    BalanceLookup lookup(store, config.policy);
    const Prompt p = *lookup.prompt(c.mrn, Audience::Kiosk, Language::En, kToday, "core");
    if (!kioskShouldRemind(p)) {
        CHECK(session.screen() == kiosk::KioskSession::Screen::Done);
        CHECK(c.state == PromptState::None);
        return;
    }
    REQUIRE(session.screen() == kiosk::KioskSession::Screen::Balance);
    const QString amount = q(formatMoney(promptAmount(p), p.currency));
    CHECK(session.amount() == (kioskShowsAmount(p, config.policy) ? amount : QString()));
    CHECK(session.answers() == outcomeStrings(kioskChoicesFor(c.state)));
    CHECK(session.balanceMessage() == q(p.script));
}

}  // namespace

TEST_CASE("every front end shows the same amount, flag and choices in every state",
          "[front-ends][kiosk][desk]") {
    const TestClinic clinic;
    auto store = Store::open(clinic.db);
    REQUIRE(store);
    auto backend = ui::PromptBackend::open(clinic.db, Config{}, kToday, "desk-t");
    REQUIRE(backend);
    // closed however the test ends (a failed REQUIRE throws past the end)
    const std::unique_ptr<frontdesk_plugin, void (*)(frontdesk_plugin*)> opened(
        frontdesk_plugin_open(nullptr, clinic.db.c_str()), frontdesk_plugin_close);
    frontdesk_plugin* plugin = opened.get();
    REQUIRE(plugin);
    for (const Case& c : everyState()) {
        INFO(toString(c.state));
        for (const Audience audience : {Audience::Desk, Audience::Phone}) {
            const Expected e = expected(*store, c.mrn, audience);
            REQUIRE(e.prompt.state == c.state);
            checkDeskLists(*store, c, e);
            checkPromptCard(**backend, c, audience, e);
            checkCdsCard(e);
            checkCAbi(plugin, c, audience == Audience::Phone ? "phone" : "desk", e);
        }
        checkKiosk(clinic, c, *store);
    }
}

TEST_CASE("a kiosk answer the desk is to act on flags the patient in every staff front end",
          "[front-ends][kiosk][desk]") {
    const TestClinic clinic;
    auto store = Store::open(clinic.db);
    REQUIRE(store);
    for (const auto& [mrn, familyName, outcome] :
         {std::tuple{"S1", "Ionescu", "will_pay_at_desk"}, std::tuple{"S2", "Okafor", "shown"},
          std::tuple{"S5", "Tanaka", "refund_requested"}}) {
        INFO(mrn);
        kiosk::KioskSession session(kiosk::KioskOptions{clinic.db, Config{}, kToday, "kiosk-t"});
        session.begin();
        session.identifyByName(familyName, kBirthDigits);
        session.checkIn();
        session.answer(outcome);
        REQUIRE(session.screen() == kiosk::KioskSession::Screen::Done);

        auto backend = ui::PromptBackend::open(clinic.db, Config{}, kToday, "desk-t");
        REQUIRE(backend);
        ui::PromptCard card;
        card.setBackend(backend->get());
        card.setPatient(mrn);
        CHECK(card.kioskSaid() == outcome);
        CHECK_FALSE(card.inCooldown());
        const Expected e = expected(*store, mrn, Audience::Desk);
        CHECK(e.flagged);
        checkDeskLists(*store, everyState()[mrn[1] - '0'], e);
        checkCdsCard(e);
    }
}
