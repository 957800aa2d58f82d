// Issue 13 on the command line: amounts at the 64-bit limit, amounts stored past the largest
// entry by an older version, dates with spaces, and the audit of a failed lookup.
#include <catch2/catch.hpp>

#include "cli_scratch.h"

using frontdesk::test::Run;
using frontdesk::test::Scratch;

namespace {

// One patient, 100019, who owes 7.50.
Scratch clinic() {
    Scratch s;
    REQUIRE(
        s.on("import patients " + s.write("p.csv",
                                          "mrn,family_name,given_name,birth_date,guarantor_mrn\n"
                                          "100019,Lee,Ann,1980-01-01,\n"
                                          "100020,Lee,Sam,2012-01-01,100019\n"))
            .exit == 0);
    REQUIRE(s.on("post charge_patient 100019 7.50 --on 2026-10-01").exit == 0);
    return s;
}

std::int64_t balanceOf(const Scratch& s, const char* mrn = "100019") {
    return s.on(std::string("balance ") + mrn + " --json").json()["balance_cents"];
}

bool mentions(const Run& r, const std::string& text) {
    return r.err.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("an amount at the 64-bit limit is refused and changes nothing", "[cli][money]") {
    const Scratch s = clinic();
    const Run r = s.on("post charge_patient 100019 92233720368547758.07");
    CHECK(r.exit == 2);
    CHECK(mentions(r,
                   "the amount 92233720368547758.07 is above the largest one entry may"
                   " carry (1000000.00, the policy's ledger.max_entry)"));
    CHECK(balanceOf(s) == 750);
    CHECK(s.on("verify").exit == 0);
}

TEST_CASE("two charges that together pass 64 bits are each refused", "[cli][money]") {
    const Scratch s = clinic();
    for (int i = 0; i < 2; ++i) {
        const Run r = s.on("post charge_patient 100019 46116860184273879.04");
        CHECK(r.exit == 2);
        CHECK(mentions(r, "above the largest one entry may carry"));
    }
    CHECK(balanceOf(s) == 750);
    CHECK(s.on("verify").exit == 0);
}

TEST_CASE("an adjustment one cent past 64 bits is refused, not stored as a negative amount",
          "[cli][money]") {
    const Scratch s = clinic();
    const Run r = s.on("post patient_adjustment 100019 92233720368547758.08");
    CHECK(r.exit == 2);
    CHECK(mentions(r, "'92233720368547758.08' is more money than Front Desk can hold"));
    CHECK(s.on("post patient_adjustment 100019 -- -1000000.01").exit == 2);
    CHECK(s.sql("SELECT count(*) FROM ledger_entry") == "1\n");
    CHECK(balanceOf(s) == 750);
    CHECK(s.on("verify").exit == 0);
}

TEST_CASE("the policy's ledger.max_entry bounds post and import alike", "[cli][money]") {
    const Scratch s = clinic();
    const std::string policy =
        "--config " + s.write("policy.toml", "[ledger]\nmax_entry = \"50.00\"\n");
    CHECK(s.on("post charge_patient 100019 50.01 " + policy).exit == 2);
    CHECK(s.on("post patient_adjustment 100019 \"(50.01)\" " + policy).exit == 2);
    CHECK(s.on("post patient_payment 100019 50.00 " + policy).exit == 0);
    const std::string file = s.write("l.csv",
                                     "entry_id,mrn,posted_on,kind,amount\n"
                                     "a,100019,2026-11-01,charge_patient,10.00\n"
                                     "b,100019,2026-11-01,charge_patient,60.00\n");
    const Run r = s.on("import ledger " + file + " --json " + policy);
    CHECK(r.exit == 2);
    CHECK(r.json()["errors"] ==
          nlohmann::json::array({"l.csv:3: the amount 60.00 is above the largest one"
                                 " entry may carry (50.00, the policy's ledger.max_entry)"}));
    CHECK(balanceOf(s) == -4250);
    CHECK(s.on("import ledger " + file).exit == 0);  // the default allows 1,000,000.00
}

TEST_CASE("entries an older version stored past the bound are reported, and no sum crashes",
          "[cli][money]") {
    const Scratch s = clinic();
    // what an older version let in: two entries that together pass 64 bits
    s.sql(
        "INSERT INTO ledger_entry (source_id, patient_id, posted_on, kind, amount_cents,"
        " patient_cents, insurance_cents) SELECT 'old' || n, id, '2026-10-02',"
        " 'patient_payment', 6000000000000000000, -6000000000000000000, 0"
        " FROM patient, (SELECT 1 AS n UNION ALL SELECT 2) WHERE mrn = '100019'");
    // a reminder before them, so that the report adds them up as paid after a reminder
    REQUIRE(
        s.run("remind 100019 --channel desk --outcome shown --db " + s.db() + " --as-of 2026-10-01")
            .exit == 0);

    const Run verify = s.on("verify --json");
    CHECK(verify.exit == 1);
    const auto mismatches = verify.json()["mismatches"].dump();
    CHECK(mismatches.find("carries -60000000000000000.00, above the largest entry (1000000.00)") !=
          std::string::npos);
    CHECK(mismatches.find("MRN 100019: the ledger cannot be added up: the sum passes the"
                          " largest amount Front Desk can hold") != std::string::npos);

    const Run report = s.on("report --from 2026-10-01 --to 2026-10-31");
    CHECK(report.exit == 3);
    CHECK(mentions(report, "report: the amounts stored cannot be added up: the sum passes"));

    const Run post = s.on("post charge_patient 100019 1.00");
    CHECK(post.exit == 2);
    CHECK(mentions(post, "the balance of MRN 100019: the ledger cannot be added up"));
    CHECK(s.sql("SELECT count(*) FROM ledger_entry") == "3\n");
    CHECK(s.on("statements").exit == 0);
    CHECK(s.on("writeoffs").exit == 0);
}

TEST_CASE("a family balance that would pass 64 bits is refused, not rounded", "[cli][money]") {
    const Scratch s = clinic();
    const char* kFamilyType =
        "SELECT typeof(balance_cents) FROM family_balance"
        " WHERE family_id = (SELECT id FROM patient WHERE mrn = '100019')";
    // two members of one family each owing near the limit (an older version's amounts)
    s.sql(
        "UPDATE patient_summary SET balance_cents = 4611686018427387904 WHERE patient_id ="
        " (SELECT id FROM patient WHERE mrn = '100020')");
    CHECK(s.sql(kFamilyType) == "integer\n");
    CHECK_THROWS(
        s.sql("UPDATE patient_summary SET balance_cents = 4611686018427387904 WHERE"
              " patient_id = (SELECT id FROM patient WHERE mrn = '100019')"));
    CHECK(s.sql(kFamilyType) == "integer\n");
    const Run verify = s.on("verify");
    CHECK(verify.exit == 1);  // 100020's summary disagrees with the ledger, and says so
    CHECK(verify.out.find("MRN 100020: balance summary 46116860184273879.04, ledger 0.00") !=
          std::string::npos);
}

TEST_CASE("a date with spaces around it is the same date in import and post --on", "[cli][dates]") {
    const Scratch s = clinic();
    const std::string file = s.write("l.csv",
                                     "entry_id,mrn,posted_on,kind,amount\n"
                                     "a,100019, 2026-02-03,charge_patient,1.00\n"
                                     "b,100019,\" 2026-02-03\",charge_patient,1.00\n");
    CHECK(s.on("import ledger " + file).exit == 0);
    CHECK(s.on("post charge_patient 100019 1.00 --on \" 2026-02-03\"").exit == 0);
    CHECK(s.sql("SELECT count(*) FROM ledger_entry WHERE posted_on = '2026-02-03'") == "3\n");
    const Run bad = s.on("post charge_patient 100019 1.00 --on \"2026-2-3\"");
    CHECK(bad.exit == 2);
    CHECK(mentions(bad, "--on: '2026-2-3' is not a date (expected YYYY-MM-DD)"));
    const Run badCsv = s.on("import ledger " + s.write("m.csv",
                                                       "entry_id,mrn,posted_on,kind,amount\n"
                                                       "c,100019,2026-2-3,charge_patient,1.00\n"));
    CHECK(badCsv.exit == 2);
    CHECK(mentions(badCsv, "m.csv:2: posted_on: '2026-2-3' is not a date (expected YYYY-MM-DD)"));
}

TEST_CASE("a prompt for an unknown MRN exits 2 and is audited as an attempt", "[cli][audit]") {
    const Scratch s = clinic();
    CHECK(s.sql("SELECT count(*) FROM audit") == "0\n");
    const Run r = s.on("prompt 999999 --for desk --staff ana");
    CHECK(r.exit == 2);
    CHECK(mentions(r, "no patient with that MRN"));
    CHECK(s.sql("SELECT actor, channel, patient_id IS NULL, action FROM audit") ==
          "ana|desk|1|prompt\n");
    CHECK(s.on("balance 999999 --staff ana").exit == 2);
    CHECK(s.sql("SELECT count(*) FROM audit WHERE patient_id IS NULL") == "2\n");
}
