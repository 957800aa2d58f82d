// CSV text the grammar lets through but that would lose or garble data: each is an error
// naming the file and line, and nothing of the file is imported (issue 13).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontdesk/import/importer.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::RawDb;
using frontdesk::test::TestStore;
using Strings = std::vector<std::string>;

namespace {

const std::string kLedger = "entry_id,mrn,posted_on,kind,amount,memo\n";

// A store with patient 1001, and a ledger import of `rows` into it.
struct LedgerImport {
    TestStore t;
    ImportReport report;
    explicit LedgerImport(const std::string& text) {
        const std::vector<Patient> one{{"1001", "Lee", "Grace", day("1970-01-01"), "", "en", ""}};
        REQUIRE(t.store.putPatients(one)->inserted == 1);
        auto imported = importCsvText(t.store, ImportKind::Ledger, text, "ledger.csv");
        REQUIRE(imported);
        report = *imported;
    }
    std::int64_t entries() {
        RawDb raw(t.dir.file("clinic.db"));
        return raw.integer("SELECT count(*) FROM ledger_entry");
    }
};

}  // namespace

TEST_CASE("text past the header's last column is an error, not a memo cut short", "[import][csv]") {
    LedgerImport in(kLedger +
                    "e1,1001,2026-10-01,charge_patient,7.50,copay\n"
                    "e2,1001,2026-10-02,patient_payment,2.50,paid at desk, thanks\n");

    CHECK(in.report.errors ==
          Strings{"ledger.csv:3: 7 fields, but the header names 6 columns: 'thanks' in field 7"
                  " belongs to no column (quote a value that holds a comma: \"paid, thanks\")"});
    CHECK_FALSE(in.report.ok());
    CHECK(in.report.inserted == 0);
    CHECK(in.entries() == 0);
}

TEST_CASE("empty fields past the header's last column hold nothing and are let through",
          "[import][csv]") {
    LedgerImport in(kLedger + "e1,1001,2026-10-01,charge_patient,7.50,copay,,\n");

    CHECK(in.report.errors == Strings{});
    CHECK(in.entries() == 1);
}

TEST_CASE("a known column named twice is an error naming both; nothing is imported",
          "[import][csv]") {
    LedgerImport in(
        "entry_id,mrn,posted_on,kind,amount,memo,amount\n"
        "e1,1001,2026-10-01,charge_patient,7.50,copay,750.00\n");

    CHECK(in.report.errors ==
          Strings{"ledger.csv:1: column 'amount' is named twice (columns 5 and 7): which one"
                  " holds the values is not clear"});
    CHECK(in.entries() == 0);
}

TEST_CASE("a NUL byte in an id or a memo is an error naming the column; nothing is imported",
          "[import][csv]") {
    const std::string nul(1, '\0');
    LedgerImport in(kLedger + "e1,1001,2026-10-01,charge_patient,7.50,fine\n" + "e2" + nul +
                    "x,1001,2026-10-01,charge_patient,7.50,copay\n" +
                    "e3,1001,2026-10-01,charge_patient,7.50,\"co" + nul + "pay\"\n");

    CHECK(in.report.errors ==
          Strings{"ledger.csv:3: column 'entry_id' (field 1) holds a NUL byte, which no text may"
                  " hold",
                  "ledger.csv:4: column 'memo' (field 6) holds a NUL byte, which no text may"
                  " hold"});
    CHECK(in.entries() == 0);
}

TEST_CASE("a NUL byte in the header makes the file unusable", "[import][csv]") {
    LedgerImport in(std::string("entry_id,mrn,posted_on,kind,amount,me") + '\0' + "mo\n" +
                    "e1,1001,2026-10-01,charge_patient,7.50,copay\n");

    CHECK(in.report.errors ==
          Strings{"ledger.csv:1: field 6 holds a NUL byte, which no text may hold"});
    CHECK(in.entries() == 0);
}

// Found by fuzz/csv_reader: a carriage return ends a record inside a line, and the records
// after the refused header on that line were still read (one of them as the header).
TEST_CASE("nothing after a header with a NUL byte is read, not even on the header's line",
          "[import][csv]") {
    const std::string header = std::string("entry_id,mrn,posted_on,kind,amount,me") + '\0' + "mo";
    std::string rest;
    SECTION("a record") {
        rest = "\xff\re1,1001,2026-10-01,charge_patient,7.50,copay\n";
    }
    SECTION("malformed quoting") {
        rest = "e1,10\"01,2026-10-01,charge_patient,7.50,copay\n";
    }
    LedgerImport in(header + "\r" + rest);

    CHECK(in.report.errors ==
          Strings{"ledger.csv:1: field 6 holds a NUL byte, which no text may hold"});
    CHECK(in.entries() == 0);
}

TEST_CASE("a date with spaces around it is the same date, quoted or not", "[import][csv]") {
    LedgerImport in(kLedger +
                    "e1,1001, 2026-02-03 ,charge_patient,7.50,\n"
                    "e2,1001,\" 2026-02-03\",charge_patient,2.50,\n");

    REQUIRE(in.report.errors == Strings{});
    const auto ledger = in.t.store.ledgerOf("1001").value();
    REQUIRE(ledger.size() == 2);
    CHECK(ledger[0].postedOn == day("2026-02-03"));
    CHECK(ledger[1].postedOn == day("2026-02-03"));
}

TEST_CASE("an amount above the store's largest entry refuses the whole file", "[import][csv]") {
    TestStore t;
    t.store.setLargestEntry(Cents(5000));
    const std::vector<Patient> one{{"1001", "Lee", "Grace", day("1970-01-01"), "", "en", ""}};
    REQUIRE(t.store.putPatients(one)->inserted == 1);

    const auto report = importCsvText(t.store, ImportKind::Ledger,
                                      kLedger +
                                          "e1,1001,2026-10-01,charge_patient,50.00,\n"
                                          "e2,1001,2026-10-01,charge_patient,50.01,\n",
                                      "ledger.csv");

    REQUIRE(report);
    CHECK(report->errors ==
          Strings{"ledger.csv:3: the amount 50.01 is above the largest one entry may carry"
                  " (50.00, the policy's ledger.max_entry)"});
    CHECK(t.store.ledgerOf("1001")->empty());
}
