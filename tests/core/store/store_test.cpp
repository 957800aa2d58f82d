#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include <vector>

#include "frontdesk/runs/verify.h"
#include "frontdesk/store/store.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::fileBytes;
using frontdesk::test::money;
using frontdesk::test::RawDb;
using frontdesk::test::TempDir;
using frontdesk::test::TestStore;

namespace {

Patient patient(const std::string& mrn, const std::string& guarantor = "") {
    return {mrn, "Garcia", "Ana", day("1980-05-01"), "5550102000", "en", guarantor};
}

NewEntry entry(const std::string& id, const std::string& mrn, const char* on, EntryKind kind,
               const char* amount) {
    return {id, mrn, day(on), kind, money(amount), ""};
}

Appointment appointment(const std::string& id, const std::string& mrn, const char* start) {
    return {id, mrn, start, 15, "Dr. Lee", "Room 1", AppointmentStatus::Booked};
}

void put(Store& store, const std::vector<Patient>& patients) {
    const auto out = store.putPatients(patients);
    REQUIRE(out);
    REQUIRE(out->problems.empty());
}

BatchOutcome post(Store& store, const std::vector<NewEntry>& entries) {
    const auto out = store.postEntries(entries);
    REQUIRE(out);
    REQUIRE(out->problems.empty());
    return *out;
}

std::int64_t rowCount(RawDb& raw, const char* table) {
    return raw.integer(std::string("SELECT count(*) FROM ") + table);
}

// A patient with 7.50 owed since 2025-01-02, all of it written off on 2025-06-01.
void writtenOffAccount(Store& store) {
    put(store, {patient("1001")});
    post(store, {entry("C1", "1001", "2025-01-02", EntryKind::ChargePatient, "7.50"),
                 entry("W1", "1001", "2025-06-01", EntryKind::SmallBalanceWriteoff, "7.50")});
}

}  // namespace

TEST_CASE("a new database has the current schema version, WAL and synchronous FULL", "[store]") {
    TestStore t;
    RawDb raw(t.dir.file("clinic.db"));
    CHECK(raw.integer("PRAGMA user_version") == Store::kSchemaVersion);
    CHECK(raw.text("PRAGMA journal_mode") == "wal");

    // synchronous is per connection: only the store's own can say
    const auto synchronous = t.store.synchronousMode();
    REQUIRE(synchronous);
    CHECK(*synchronous == 2);  // FULL
}

TEST_CASE("programs opening a new database together each bring it up to date once", "[store]") {
    test::TempDir dir;
    const auto path = dir.file("clinic.db");
    std::atomic<int> opened = 0;
    std::vector<std::string> errors(6);
    std::vector<std::thread> programs;
    for (std::size_t i = 0; i < errors.size(); ++i)
        programs.emplace_back([&, i] {
            auto store = Store::open(path);
            if (store)
                ++opened;
            else
                errors[i] = store.error().message;
        });
    for (auto& p : programs) p.join();
    for (const auto& e : errors) CHECK(e == "");
    CHECK(opened == 6);
    test::RawDb raw(path);
    CHECK(raw.integer("PRAGMA user_version") == Store::kSchemaVersion);
}

TEST_CASE("a database reopened keeps its data and its schema version", "[store]") {
    TempDir dir;
    {
        auto store = Store::open(dir.file("clinic.db"));
        REQUIRE(store);
        put(*store, {patient("1001")});
    }
    auto again = Store::open(dir.file("clinic.db"));
    REQUIRE(again);
    CHECK(again->findPatient("1001").value() == patient("1001"));
    RawDb raw(dir.file("clinic.db"));
    CHECK(raw.integer("PRAGMA user_version") == Store::kSchemaVersion);
}

TEST_CASE("a database from a newer version is refused and left unchanged", "[store]") {
    TempDir dir;
    const auto path = dir.file("clinic.db");
    { REQUIRE(Store::open(path)); }
    {
        RawDb raw(path);
        raw.exec("PRAGMA user_version = " + std::to_string(Store::kSchemaVersion + 1));
    }
    const std::string before = fileBytes(path);

    const auto opened = Store::open(path);

    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Unsupported);
    CHECK_THAT(opened.error().message, Catch::Contains("newer"));
    CHECK_THAT(opened.error().message,
               Catch::Contains("schema version " + std::to_string(Store::kSchemaVersion + 1)));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("an SQLite file of another program is refused and left unchanged", "[store]") {
    TempDir dir;
    const auto path = dir.file("other.db");
    {
        RawDb raw(path);
        raw.exec(
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
            "INSERT INTO invoices (total) VALUES (12.5)");
    }
    const std::string before = fileBytes(path);

    const auto opened = Store::open(path);

    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Unsupported);
    CHECK_THAT(opened.error().message, Catch::Contains("not a Front Desk database"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a database in a folder that does not exist is a storage error", "[store]") {
    TempDir dir;
    const auto opened = Store::open(dir.file("missing") / "clinic.db");
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Storage);
}

TEST_CASE("entries and appointments of an unknown MRN are problems, its standing is NotFound",
          "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});

    const auto entries = t.store.postEntries(
        std::vector{entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "5.00"),
                    entry("C2", "9999", "2026-01-02", EntryKind::ChargePatient, "5.00")});
    const auto visits =
        t.store.putAppointments(std::vector{appointment("A1", "9999", "2026-01-02T09:00")});
    const auto standing = t.store.standing("9999", day("2026-01-02"));

    REQUIRE(entries);
    REQUIRE(entries->problems.size() == 1);
    CHECK(entries->problems[0].index == 1);
    CHECK(entries->problems[0].reason == "mrn '9999' is not a known patient");
    CHECK(t.store.ledgerOf("1001")->empty());
    REQUIRE(visits);
    REQUIRE(visits->problems.size() == 1);
    CHECK(visits->problems[0].reason == "mrn '9999' is not a known patient");
    REQUIRE_FALSE(standing);
    CHECK(standing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a patient stored again with the same values is skipped", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});

    const auto out = t.store.putPatients(std::vector{patient("1001")});

    REQUIRE(out);
    CHECK(out->problems.empty());
    CHECK(out->inserted == 0);
    CHECK(out->skipped == 1);
    CHECK(t.store.patientCount().value() == 1);
}

TEST_CASE("a patient batch with an MRN stored with other values writes nothing", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    Patient changed = patient("1001");
    changed.phoneDigits = "5550109999";

    const auto out = t.store.putPatients(std::vector{patient("1002"), changed});

    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK(out->problems[0].index == 1);
    CHECK(out->problems[0].reason == "mrn '1001' is already stored with other values");
    CHECK(out->inserted == 0);
    CHECK(t.store.findPatient("1002").value() == std::nullopt);
    CHECK(t.store.findPatient("1001").value() == patient("1001"));
}

TEST_CASE("an appointment id stored with other values is a problem and nothing is written",
          "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    REQUIRE(t.store.putAppointments(std::vector{appointment("A1", "1001", "2026-01-02T09:00")})
                ->inserted == 1);

    const auto same =
        t.store.putAppointments(std::vector{appointment("A1", "1001", "2026-01-02T09:00")});
    REQUIRE(same);
    CHECK(same->skipped == 1);
    CHECK(same->inserted == 0);

    Appointment moved = appointment("A1", "1001", "2026-01-02T10:00");
    const auto out =
        t.store.putAppointments(std::vector{appointment("A2", "1001", "2026-01-02T11:00"), moved});
    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK(out->problems[0].index == 1);
    CHECK(out->problems[0].reason == "appointment_id 'A1' is already stored with other values");
    const auto onDay = t.store.appointmentsOn(day("2026-01-02"));
    REQUIRE(onDay->size() == 1);
    CHECK(onDay->front().appointment == appointment("A1", "1001", "2026-01-02T09:00"));
}

TEST_CASE("a ledger entry posted again with the same values is skipped", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    const std::vector entries{entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "7.50")};
    post(t.store, entries);

    const BatchOutcome again = post(t.store, entries);

    CHECK(again.inserted == 0);
    CHECK(again.skipped == 1);
    CHECK(t.store.ledgerOf("1001")->size() == 1);
    CHECK(t.store.standing("1001", day("2026-01-02"))->totals.balance == money("7.50"));
}

TEST_CASE("an entry id stored with other values makes the whole batch write nothing", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    post(t.store, {entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "7.50")});
    RawDb raw(t.dir.file("clinic.db"));

    const auto out = t.store.postEntries(
        std::vector{entry("C2", "1001", "2026-01-03", EntryKind::ChargePatient, "3.00"),
                    entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "8.50")});

    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK(out->problems[0].index == 1);
    CHECK(out->problems[0].reason == "entry_id 'C1' is already stored with other values");
    CHECK(out->inserted == 0);
    CHECK(rowCount(raw, "ledger_entry") == 1);
    CHECK(raw.integer("SELECT balance_cents FROM patient_summary") == 750);
}

TEST_CASE("a batch whose write-off exceeds the balance is rolled back entirely", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    RawDb raw(t.dir.file("clinic.db"));

    const auto out = t.store.postEntries(
        std::vector{entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "5.00"),
                    entry("W1", "1001", "2026-05-02", EntryKind::SmallBalanceWriteoff, "9.00")});

    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK(out->problems[0].index == 1);
    CHECK(out->inserted == 0);
    CHECK(rowCount(raw, "ledger_entry") == 0);
    CHECK(raw.integer("SELECT balance_cents FROM patient_summary") == 0);
}

TEST_CASE("the summary is written in the same transaction as the entries", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    RawDb raw(t.dir.file("clinic.db"));

    post(t.store, {entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "20.00"),
                   entry("I1", "1001", "2026-01-02", EntryKind::ChargeInsurance, "150.00"),
                   entry("P1", "1001", "2026-01-20", EntryKind::PatientPayment, "12.50")});

    const auto summary = raw.rows(
        "SELECT balance_cents, pending_cents, written_off_cents, oldest_open_on FROM "
        "patient_summary");
    REQUIRE(summary.size() == 1);
    CHECK(summary[0] == std::vector<std::string>{"750", "15000", "0", "2026-01-02"});
    CHECK(raw.integer("SELECT sum(patient_cents) FROM ledger_entry") == 750);
    CHECK(raw.integer("SELECT sum(insurance_cents) FROM ledger_entry") == 15000);
}

TEST_CASE("a partial payment after a write-off reverses that much and the balance stays 0",
          "[store][writeoff]") {
    TestStore t;
    writtenOffAccount(t.store);

    const BatchOutcome out =
        post(t.store, {entry("P1", "1001", "2025-07-01", EntryKind::PatientPayment, "5.00")});

    CHECK(out.inserted == 1);
    CHECK(out.reversals == 1);
    CHECK(out.reversed == money("5.00"));
    const auto st = t.store.standing("1001", day("2025-07-01"));
    CHECK(st->totals.balance == money("0.00"));
    CHECK(st->totals.writtenOff == money("2.50"));
    const auto ledger = t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 4);
    CHECK(ledger[2].sourceId == "P1#reversal");
    CHECK(ledger[2].kind == EntryKind::WriteoffReversal);
    CHECK(ledger[2].amount == money("5.00"));
    CHECK(ledger[2].postedOn == day("2025-07-01"));
    CHECK(ledger[3].sourceId == "P1");
}

TEST_CASE("a payment larger than the write-off reverses all of it and leaves the rest as credit",
          "[store][writeoff]") {
    TestStore t;
    writtenOffAccount(t.store);

    const BatchOutcome out =
        post(t.store, {entry("P1", "1001", "2025-07-01", EntryKind::PatientPayment, "10.00")});

    CHECK(out.reversals == 1);
    CHECK(out.reversed == money("7.50"));
    const auto st = t.store.standing("1001", day("2025-07-01"));
    CHECK(st->totals.balance == money("-2.50"));
    CHECK(st->totals.writtenOff == money("0.00"));
    REQUIRE(st->totals.openLots.size() == 1);
    CHECK(st->totals.openLots[0] == OpenLot{day("2025-07-01"), money("-2.50")});
}

TEST_CASE("a payment of exactly the written-off amount leaves no credit", "[store][writeoff]") {
    TestStore t;
    writtenOffAccount(t.store);

    post(t.store, {entry("P1", "1001", "2025-07-01", EntryKind::PatientPayment, "7.50")});

    const auto st = t.store.standing("1001", day("2025-07-01"));
    CHECK(st->totals.balance == money("0.00"));
    CHECK(st->totals.writtenOff == money("0.00"));
    CHECK(st->totals.openLots.empty());
}

TEST_CASE("two payments after a write-off reverse it in two parts, then pay without reversal",
          "[store][writeoff]") {
    TestStore t;
    writtenOffAccount(t.store);
    post(t.store, {entry("C2", "1001", "2025-06-20", EntryKind::ChargePatient, "20.00")});

    const BatchOutcome out =
        post(t.store, {entry("P1", "1001", "2025-07-01", EntryKind::PatientPayment, "5.00"),
                       entry("P2", "1001", "2025-07-02", EntryKind::PatientPayment, "5.00"),
                       entry("P3", "1001", "2025-07-03", EntryKind::PatientPayment, "5.00")});

    CHECK(out.reversals == 2);
    CHECK(out.reversed == money("7.50"));
    const auto st = t.store.standing("1001", day("2025-07-03"));
    CHECK(st->totals.writtenOff == money("0.00"));
    CHECK(st->totals.balance == money("12.50"));
}

TEST_CASE("the family total adds the balances of the guarantor and the members", "[store]") {
    TestStore t;
    // the member comes before the guarantor in the batch
    put(t.store, {patient("2002", "2001"), patient("2001"), patient("3001")});
    put(t.store, {patient("2003", "2001")});
    post(t.store, {entry("C1", "2001", "2026-01-02", EntryKind::ChargePatient, "5.00"),
                   entry("C2", "2002", "2026-01-02", EntryKind::ChargePatient, "7.50"),
                   entry("C3", "2003", "2026-01-02", EntryKind::PatientPayment, "1.25"),
                   entry("C4", "3001", "2026-01-02", EntryKind::ChargePatient, "3.00")});
    const Date asOf = day("2026-01-03");

    CHECK(t.store.standing("2001", asOf)->familyBalance == money("11.25"));
    CHECK(t.store.standing("2002", asOf)->familyBalance == money("11.25"));
    CHECK(t.store.standing("2003", asOf)->familyBalance == money("11.25"));
    CHECK(t.store.standing("2002", asOf)->totals.balance == money("7.50"));
    CHECK(t.store.standing("3001", asOf)->familyBalance == money("3.00"));
}

TEST_CASE("a family is the same whatever the order of the batch's rows", "[store]") {
    // 3001 is guaranteed by 3002, who is guaranteed by 3003: one family either way
    TestStore inOrder;
    put(inOrder.store, {patient("3003"), patient("3002", "3003"), patient("3001", "3002")});
    TestStore reversed;
    put(reversed.store, {patient("3001", "3002"), patient("3002", "3003"), patient("3003")});
    for (Store* store : {&inOrder.store, &reversed.store}) {
        post(*store, {entry("C1", "3001", "2026-01-02", EntryKind::ChargePatient, "1.00"),
                      entry("C2", "3002", "2026-01-02", EntryKind::ChargePatient, "2.00"),
                      entry("C3", "3003", "2026-01-02", EntryKind::ChargePatient, "4.00")});
    }
    const Date asOf = day("2026-01-03");

    for (const char* mrn : {"3001", "3002", "3003"}) {
        INFO("MRN " << mrn);
        CHECK(inOrder.store.standing(mrn, asOf)->familyBalance.value() == 700);
        CHECK(reversed.store.standing(mrn, asOf)->familyBalance.value() == 700);
    }
}

TEST_CASE("a guarantor unknown to the batch and the store is a problem", "[store]") {
    TestStore t;

    const auto out = t.store.putPatients(std::vector{patient("2002", "2001")});

    REQUIRE(out);
    REQUIRE(out->problems.size() == 1);
    CHECK(out->problems[0].reason == "guarantor_mrn '2001' is not a known patient");
    CHECK(t.store.patientCount().value() == 0);
}

TEST_CASE("recording a reminder updates the last reminder and the count", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    RawDb raw(t.dir.file("clinic.db"));

    REQUIRE(t.store.recordReminder(
        {"1001", day("2026-02-01"), Channel::Kiosk, ReminderOutcome::Shown, "kiosk-1", "", {}}));
    REQUIRE(t.store.recordReminder(
        {"1001", day("2026-02-10"), Channel::Phone, ReminderOutcome::Promised, "s7", "", {}}));
    // a back-dated reminder adds to the count but is not the latest
    REQUIRE(t.store.recordReminder(
        {"1001", day("2026-01-15"), Channel::Desk, ReminderOutcome::Declined, "s2", "", {}}));

    const auto st = t.store.standing("1001", day("2026-02-11"));
    REQUIRE(st->lastReminder);
    CHECK(st->lastReminder->on == day("2026-02-10"));
    CHECK(st->lastReminder->channel == Channel::Phone);
    CHECK(st->lastReminder->outcome == ReminderOutcome::Promised);
    CHECK(raw.integer("SELECT reminder_count FROM patient_summary") == 3);
    CHECK(rowCount(raw, "reminder") == 3);
}

TEST_CASE("reminders for an unknown MRN are refused and none of the batch is stored", "[store]") {
    TestStore t;
    put(t.store, {patient("1001")});
    RawDb raw(t.dir.file("clinic.db"));
    const std::vector<ReminderInput> reminders{
        {"1001", day("2026-02-01"), Channel::Desk, ReminderOutcome::Shown, "s1", "", {}},
        {"9999", day("2026-02-01"), Channel::Desk, ReminderOutcome::Shown, "s1", "", {}}};

    const auto recorded = t.store.recordReminders(reminders);

    REQUIRE_FALSE(recorded);
    CHECK(recorded.error().code == ErrorCode::NotFound);
    CHECK(rowCount(raw, "reminder") == 0);
    CHECK(raw.integer("SELECT reminder_count FROM patient_summary") == 0);
}

TEST_CASE("a lookup is audited with actor, channel and patient id, never amounts or names",
          "[store][audit]") {
    TestStore t;
    put(t.store, {patient("1001")});
    post(t.store, {entry("C1", "1001", "2026-01-02", EntryKind::ChargePatient, "7.50")});
    RawDb raw(t.dir.file("clinic.db"));
    const std::string patientId = raw.text("SELECT id FROM patient WHERE mrn = '1001'");

    REQUIRE(t.store.recordLookups(
        std::vector<LookupEvent>{{"staff-7", Channel::Phone, "1001", "prompt"},
                                 {"kiosk-2", Channel::Kiosk, "1001", "prompt"}}));

    const auto columns = raw.rows("SELECT name FROM pragma_table_info('audit') ORDER BY cid");
    CHECK(columns == std::vector<std::vector<std::string>>{
                         {"id"}, {"at"}, {"actor"}, {"channel"}, {"patient_id"}, {"action"}});
    const auto rows = raw.rows("SELECT actor, channel, patient_id, action FROM audit ORDER BY id");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::vector<std::string>{"staff-7", "phone", patientId, "prompt"});
    CHECK(rows[1] == std::vector<std::string>{"kiosk-2", "kiosk", patientId, "prompt"});
    for (const auto& row : raw.rows("SELECT * FROM audit")) {
        for (const std::string& value : row) {
            CHECK_THAT(value, !Catch::Contains("Garcia") && !Catch::Contains("Ana") &&
                                  !Catch::Contains("7.50") && !Catch::Contains("750") &&
                                  !Catch::Contains("1980") && !Catch::Contains("555"));
        }
    }
}

namespace {

// 2001 guarantees 2002 (they owe 5.00 and 7.50); 3001 is a family alone (owes 3.00).
void twoFamilies(Store& store) {
    put(store, {patient("2001"), patient("2002", "2001"), patient("3001")});
    post(store, {entry("C1", "2001", "2026-01-02", EntryKind::ChargePatient, "5.00"),
                 entry("C2", "2002", "2026-01-05", EntryKind::ChargePatient, "7.50"),
                 entry("C3", "3001", "2026-01-02", EntryKind::ChargePatient, "3.00")});
}

}  // namespace

TEST_CASE("migration 5 fills family balances and balance reminders from the data stored",
          "[store]") {
    TestStore t;
    twoFamilies(t.store);
    const std::vector<ReminderInput> reminders{
        {"2001", day("2025-12-20"), Channel::Desk, ReminderOutcome::Shown, "s1", "", {}},
        {"2001", day("2026-01-10"), Channel::Phone, ReminderOutcome::Promised, "s1", "", {}},
        {"2001", day("2026-01-12"), Channel::Desk, ReminderOutcome::NotAppropriate, "s1", "", {}},
        {"2002", day("2026-01-10"), Channel::Kiosk, ReminderOutcome::Shown, "k1", "", {}},
        {"2002", day("2026-01-11"), Channel::Desk, ReminderOutcome::Disputed, "s2", "", {}}};
    REQUIRE(t.store.recordReminders(reminders));
    const Date asOf = day("2026-01-20");
    std::vector<PatientStanding> before;
    for (const char* mrn : {"2001", "2002", "3001"}) before.push_back(*t.store.standing(mrn, asOf));
    CHECK(before[0].remindersSinceOpen == 1);
    CHECK_FALSE(before[0].openDispute);
    CHECK(before[1].remindersSinceOpen == 2);
    CHECK(before[1].openDispute);
    CHECK(before[1].familyBalance == money("12.50"));
    {
        RawDb raw(t.dir.file("clinic.db"));
        test::rewindSchema(raw, 4);
    }

    auto reopened = Store::open(t.dir.file("clinic.db"));

    REQUIRE(reopened);
    for (const PatientStanding& was : before) {
        INFO("MRN " << was.mrn);
        const auto now = reopened->standing(was.mrn, asOf);
        REQUIRE(now);
        CHECK(now->familyBalance == was.familyBalance);
        CHECK(now->remindersSinceOpen == was.remindersSinceOpen);
        CHECK(now->openDispute == was.openDispute);
    }
    CHECK(verifyStore(*reopened)->ok());
    // and the migrated database is kept up to date from then on
    REQUIRE(reopened->postEntries(
        std::vector{entry("C5", "2002", "2026-01-21", EntryKind::PatientPayment, "2.50")}));
    REQUIRE(reopened->recordReminder(
        {"2001", day("2026-01-21"), Channel::Kiosk, ReminderOutcome::Disputed, "k1", "", {}}));
    const auto head = reopened->standing("2001", day("2026-01-22"));
    CHECK(head->familyBalance == money("10.00"));
    CHECK(head->remindersSinceOpen == 2);
    CHECK(head->openDispute);
    CHECK(verifyStore(*reopened)->ok());
    RawDb raw(t.dir.file("clinic.db"));
    CHECK(raw.integer("PRAGMA user_version") == Store::kSchemaVersion);
    CHECK(raw.text("SELECT balance_reminders FROM patient_summary s JOIN patient p"
                   " ON p.id = s.patient_id WHERE p.mrn = '3001'") == "");
}

TEST_CASE("a patient moved to another family by any writer takes their balance along", "[store]") {
    TestStore t;
    twoFamilies(t.store);
    {
        RawDb raw(t.dir.file("clinic.db"));
        raw.exec(
            "UPDATE patient SET family_id = (SELECT id FROM patient WHERE mrn = '3001')"
            " WHERE mrn = '2002'");
    }
    const Date asOf = day("2026-01-20");

    CHECK(t.store.standing("2001", asOf)->familyBalance == money("5.00"));
    CHECK(t.store.standing("2002", asOf)->familyBalance == money("10.50"));
    CHECK(t.store.standing("3001", asOf)->familyBalance == money("10.50"));
    CHECK(verifyStore(t.store)->ok());
}
