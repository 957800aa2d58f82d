#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "frontdesk/config/config.h"
#include "test_support.h"

using namespace frontdesk;
using Catch::Matchers::Contains;
using frontdesk::test::TempDir;

namespace {

void writeFile(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The error message of parsing `toml` as policy, or "" when it parsed.
std::string policyError(const std::string& toml) {
    const auto parsed = parsePolicy(toml, "policy.toml");
    if (parsed) return "";
    CHECK(parsed.error().code == ErrorCode::BadInput);
    return parsed.error().message;
}

// The policy with every key changed from its default.
constexpr const char* kEveryPolicyKey = R"(
currency = "EUR"

[small_balance]
max = "12.50"

[kiosk]
show_amount = "always"

[reminders]
cooldown_days = 21

[writeoff]
max = "8.00"
min_age_days = 150
min_reminders = 3

[statements]
cost_per_statement = "7.25"
min_cost_multiple = 1.5

[credits]
refund_at_or_above = "2.50"
refund_within_days = 30
apply_next_visit_within_days = 45
dormancy_days = 730

[ledger]
max_entry = "25,000.00"
)";

}  // namespace

TEST_CASE("the policy defaults are DESIGN.md's numbers", "[config]") {
    const Policy p;
    CHECK(p.currency == "USD");
    CHECK(p.smallBalanceMax == Cents(1000));
    CHECK(p.kioskShowAmount == KioskAmount::Small);
    CHECK(p.cooldownDays == 14);
    CHECK(p.writeoffMax == Cents(999));
    CHECK(p.writeoffMinAgeDays == 120);
    CHECK(p.writeoffMinReminders == 2);
    CHECK(p.costPerStatement == Cents(600));
    CHECK(p.statementMinCostMultiple == 1.0);
    CHECK(p.statementThreshold() == Cents(600));
    CHECK(p.creditRefundAtOrAbove == Cents(500));
    CHECK(p.creditRefundWithinDays == 60);
    CHECK(p.creditApplyNextVisitWithinDays == 90);
    CHECK(p.creditDormancyDays == 1095);
    CHECK(p.largestEntry == Cents(100'000'000));
}

TEST_CASE("an empty policy file gives the documented defaults", "[config]") {
    const auto parsed = parsePolicy("", "policy.toml");
    REQUIRE(parsed);
    const Policy defaults;
    CHECK(parsed->currency == defaults.currency);
    CHECK(parsed->smallBalanceMax == defaults.smallBalanceMax);
    CHECK(parsed->kioskShowAmount == defaults.kioskShowAmount);
    CHECK(parsed->cooldownDays == defaults.cooldownDays);
    CHECK(parsed->writeoffMax == defaults.writeoffMax);
    CHECK(parsed->writeoffMinAgeDays == defaults.writeoffMinAgeDays);
    CHECK(parsed->writeoffMinReminders == defaults.writeoffMinReminders);
    CHECK(parsed->costPerStatement == defaults.costPerStatement);
    CHECK(parsed->statementMinCostMultiple == defaults.statementMinCostMultiple);
    CHECK(parsed->creditRefundAtOrAbove == defaults.creditRefundAtOrAbove);
    CHECK(parsed->creditRefundWithinDays == defaults.creditRefundWithinDays);
    CHECK(parsed->creditApplyNextVisitWithinDays == defaults.creditApplyNextVisitWithinDays);
    CHECK(parsed->creditDormancyDays == defaults.creditDormancyDays);
    CHECK(parsed->largestEntry == defaults.largestEntry);
}

TEST_CASE("every policy key is read from the TOML file", "[config]") {
    const auto parsed = parsePolicy(kEveryPolicyKey, "policy.toml");
    INFO((parsed ? std::string() : parsed.error().message));
    REQUIRE(parsed);
    CHECK(parsed->currency == "EUR");
    CHECK(parsed->smallBalanceMax == Cents(1250));
    CHECK(parsed->kioskShowAmount == KioskAmount::Always);
    CHECK(parsed->cooldownDays == 21);
    CHECK(parsed->writeoffMax == Cents(800));
    CHECK(parsed->writeoffMinAgeDays == 150);
    CHECK(parsed->writeoffMinReminders == 3);
    CHECK(parsed->costPerStatement == Cents(725));
    CHECK(parsed->statementMinCostMultiple == 1.5);
    CHECK(parsed->statementThreshold() == Cents(1088));  // 10.875 rounds to the cent
    CHECK(parsed->creditRefundAtOrAbove == Cents(250));
    CHECK(parsed->creditRefundWithinDays == 30);
    CHECK(parsed->creditApplyNextVisitWithinDays == 45);
    CHECK(parsed->creditDormancyDays == 730);
    CHECK(parsed->largestEntry == Cents(2'500'000));
}

TEST_CASE("ledger.max_entry is above 0.00 and at most 1000000000.00", "[config]") {
    for (const char* bad : {"\"0.00\"", "\"1000000000.01\"", "\"-5.00\"", "5"}) {
        INFO(bad);
        const auto parsed = parsePolicy(std::string("ledger.max_entry = ") + bad, "policy.toml");
        REQUIRE_FALSE(parsed);
        CHECK_THAT(parsed.error().message, Contains("policy.toml: ledger.max_entry"));
    }
    CHECK(parsePolicy("ledger.max_entry = \"1000000000.00\"", "p").value().largestEntry ==
          kLargestEntryCeiling);
}

TEST_CASE("policy keys may be written as dotted keys without sections", "[config]") {
    const auto parsed =
        parsePolicy("small_balance.max = \"15.00\"\nwriteoff.max = \"15.00\"\n", "policy.toml");
    REQUIRE(parsed);
    CHECK(parsed->smallBalanceMax == Cents(1500));
    CHECK(parsed->writeoffMax == Cents(1500));
}

TEST_CASE("kiosk.show_amount accepts small, always and never", "[config]") {
    CHECK(parsePolicy("kiosk.show_amount = \"small\"", "p").value().kioskShowAmount ==
          KioskAmount::Small);
    CHECK(parsePolicy("kiosk.show_amount = \"always\"", "p").value().kioskShowAmount ==
          KioskAmount::Always);
    CHECK(parsePolicy("kiosk.show_amount = \"never\"", "p").value().kioskShowAmount ==
          KioskAmount::Never);
}

TEST_CASE("statements.min_cost_multiple accepts a whole number", "[config]") {
    const auto parsed = parsePolicy("statements.min_cost_multiple = 2", "policy.toml");
    REQUIRE(parsed);
    CHECK(parsed->statementMinCostMultiple == 2.0);
    CHECK(parsed->statementThreshold() == Cents(1200));
}

TEST_CASE("an unknown policy key is an error naming the file and the key", "[config]") {
    const std::string msg = policyError("[writeoff]\nmax_age = 3\n");
    CHECK_THAT(msg, Contains("policy.toml"));
    CHECK_THAT(msg, Contains("writeoff.max_age"));
    CHECK_THAT(policyError("colour = \"blue\"\n"), Contains("colour"));
    CHECK_THAT(policyError("[smallbalance]\nmax = \"5.00\"\n"), Contains("smallbalance.max"));
}

TEST_CASE("money given as a TOML number instead of text is an error naming the key", "[config]") {
    CHECK_THAT(policyError("small_balance.max = 10.00"), Contains("small_balance.max"));
    CHECK_THAT(policyError("writeoff.max = 9"), Contains("writeoff.max"));
    CHECK_THAT(policyError("statements.cost_per_statement = 6.0"),
               Contains("statements.cost_per_statement"));
    CHECK_THAT(policyError("credits.refund_at_or_above = 5"),
               Contains("credits.refund_at_or_above"));
}

TEST_CASE("a wrong type for a day count, a ratio or a text is an error naming the key",
          "[config]") {
    CHECK_THAT(policyError("reminders.cooldown_days = \"14\""), Contains("cooldown_days"));
    CHECK_THAT(policyError("writeoff.min_age_days = 120.5"), Contains("writeoff.min_age_days"));
    CHECK_THAT(policyError("writeoff.min_reminders = true"), Contains("writeoff.min_reminders"));
    CHECK_THAT(policyError("statements.min_cost_multiple = \"1.0\""),
               Contains("statements.min_cost_multiple"));
    CHECK_THAT(policyError("currency = 840"), Contains("currency"));
    CHECK_THAT(policyError("kiosk.show_amount = true"), Contains("kiosk.show_amount"));
    CHECK_THAT(policyError("credits.dormancy_days = [1095]"), Contains("credits.dormancy_days"));
}

TEST_CASE("a table where a setting's value belongs is an error naming the key", "[config]") {
    CHECK_THAT(policyError("[writeoff.max]\n"), Contains("writeoff.max"));
    CHECK_THAT(policyError("small_balance.max = {}\n"), Contains("small_balance.max"));
}

TEST_CASE("an unknown section is an error naming it even when it is empty", "[config]") {
    CHECK_THAT(policyError("[statement]\n"), Contains("statement"));
}

TEST_CASE("a day count beyond 100 years is an error naming the key", "[config]") {
    CHECK_THAT(policyError("reminders.cooldown_days = 36501"), Contains("cooldown_days"));
    CHECK_THAT(policyError("credits.dormancy_days = 0"), Contains("credits.dormancy_days"));
    CHECK_THAT(policyError("statements.min_cost_multiple = 101.0"),
               Contains("statements.min_cost_multiple"));
}

TEST_CASE("money text that is not money is an error naming the key and the text", "[config]") {
    const std::string msg = policyError("small_balance.max = \"10,0O\"");
    CHECK_THAT(msg, Contains("small_balance.max"));
    CHECK_THAT(msg, Contains("10,0O"));
}

TEST_CASE("negative money in the policy is an error naming the key", "[config]") {
    CHECK_THAT(policyError("small_balance.max = \"-1.00\""), Contains("small_balance.max"));
    CHECK_THAT(policyError("writeoff.max = \"(1.00)\""), Contains("writeoff.max"));
    CHECK_THAT(policyError("statements.cost_per_statement = \"-6.00\""),
               Contains("statements.cost_per_statement"));
    CHECK_THAT(policyError("credits.refund_at_or_above = \"-5.00\""),
               Contains("credits.refund_at_or_above"));
}

// Found by fuzz/config (docs/reliability.md): nan passed the range check, and an amount near the
// int64 limit made the statement threshold (cost x multiple) overflow.
TEST_CASE("a ratio that is not a number is an error naming the key", "[config]") {
    CHECK_THAT(policyError("statements.min_cost_multiple = nan"),
               Contains("statements.min_cost_multiple"));
    CHECK_THAT(policyError("statements.min_cost_multiple = -nan"),
               Contains("statements.min_cost_multiple"));
}

TEST_CASE("policy money above the largest entry a policy may allow is an error naming the key",
          "[config]") {
    const std::string msg = policyError(
        "statements.cost_per_statement = \"90,000,000,000,000,000.00\"\n"
        "statements.min_cost_multiple = 100.0");
    CHECK_THAT(msg, Contains("statements.cost_per_statement"));
    CHECK_THAT(msg, Contains("1000000000.00"));
    CHECK_THAT(policyError("credits.refund_at_or_above = \"1000000000.01\""),
               Contains("credits.refund_at_or_above"));
    CHECK(policyError("credits.refund_at_or_above = \"1000000000.00\"").empty());
}

TEST_CASE("negative day counts in the policy are errors naming the key", "[config]") {
    CHECK_THAT(policyError("reminders.cooldown_days = -1"), Contains("cooldown_days"));
    CHECK_THAT(policyError("writeoff.min_age_days = -120"), Contains("writeoff.min_age_days"));
    CHECK_THAT(policyError("credits.refund_within_days = -60"),
               Contains("credits.refund_within_days"));
    CHECK_THAT(policyError("statements.min_cost_multiple = -1.0"),
               Contains("statements.min_cost_multiple"));
}

TEST_CASE("writeoff.max above small_balance.max is an error naming both keys", "[config]") {
    const std::string msg = policyError("writeoff.max = \"12.00\"");
    CHECK(msg == "policy.toml: writeoff.max (12.00) is above small_balance.max (10.00)");
    CHECK_THAT(policyError("small_balance.max = \"5.00\""), Contains("writeoff.max"));
}

TEST_CASE("writeoff.max equal to small_balance.max is allowed", "[config]") {
    const auto parsed = parsePolicy("writeoff.max = \"10.00\"", "policy.toml");
    REQUIRE(parsed);
    CHECK(parsed->writeoffMax == Cents(1000));
}

TEST_CASE("a kiosk.show_amount other than small, always or never is an error naming the key",
          "[config]") {
    for (const char* value : {"sometimes", "Small", "", "ALWAYS"}) {
        INFO(value);
        const std::string msg = policyError(std::string("kiosk.show_amount = \"") + value + "\"");
        CHECK_THAT(msg, Contains("kiosk.show_amount"));
    }
}

TEST_CASE("a zero small_balance.max is an error naming the key", "[config]") {
    CHECK_THAT(policyError("small_balance.max = \"0.00\"\nwriteoff.max = \"0.00\""),
               Contains("small_balance.max"));
}

TEST_CASE("a currency that is not a three-letter code is an error naming the key", "[config]") {
    CHECK_THAT(policyError("currency = \"US\""), Contains("currency"));
    CHECK_THAT(policyError("currency = \"\""), Contains("currency"));
}

TEST_CASE("TOML that does not parse is an error naming the file and line", "[config]") {
    const std::string msg = policyError("currency = \"USD\"\nsmall_balance.max = \n");
    CHECK_THAT(msg, Catch::Matchers::StartsWith("policy.toml:2"));
}

TEST_CASE("the clinic name and time zone are read from clinic TOML", "[config]") {
    const auto parsed =
        parseClinic("[clinic]\nname = \"Maple Street Dental\"\ntimezone = \"America/Chicago\"\n",
                    "clinic.toml");
    REQUIRE(parsed);
    CHECK(parsed->name == "Maple Street Dental");
    CHECK(parsed->timeZone == "America/Chicago");
}

TEST_CASE("an empty clinic file keeps the demo clinic's name and the machine's zone", "[config]") {
    const auto parsed = parseClinic("", "clinic.toml");
    REQUIRE(parsed);
    CHECK(parsed->name == "Front Desk Demo Clinic");
    CHECK(parsed->timeZone.empty());
}

TEST_CASE("clinic TOML rejects unknown keys, wrong types and an empty name by key", "[config]") {
    const auto unknown = parseClinic("[clinic]\nphone = \"555\"\n", "clinic.toml");
    REQUIRE_FALSE(unknown);
    CHECK_THAT(unknown.error().message, Contains("clinic.phone"));
    CHECK_THAT(unknown.error().message, Contains("clinic.toml"));
    const auto wrongType = parseClinic("[clinic]\ntimezone = 5\n", "clinic.toml");
    REQUIRE_FALSE(wrongType);
    CHECK_THAT(wrongType.error().message, Contains("clinic.timezone"));
    const auto empty = parseClinic("[clinic]\nname = \"\"\n", "clinic.toml");
    REQUIRE_FALSE(empty);
    CHECK_THAT(empty.error().message, Contains("clinic.name"));
}

TEST_CASE("the call URL answers the caller's name only when calls.answer_name is true",
          "[config]") {
    const auto off = parseClinic("", "clinic.toml");
    REQUIRE(off);
    CHECK_FALSE(off->answerCallerName);
    const auto on = parseClinic("[calls]\nanswer_name = true\n", "clinic.toml");
    REQUIRE(on);
    CHECK(on->answerCallerName);
    const auto wrong = parseClinic("[calls]\nanswer_name = \"yes\"\n", "clinic.toml");
    REQUIRE_FALSE(wrong);
    CHECK_THAT(wrong.error().message, Contains("calls.answer_name"));
}

TEST_CASE("loading with no config path gives the documented defaults", "[config]") {
    const auto config = loadConfig({});
    REQUIRE(config);
    CHECK(config->policy.smallBalanceMax == Cents(1000));
    CHECK(config->policy.writeoffMax == Cents(999));
    CHECK(config->clinic.name == "Front Desk Demo Clinic");
}

TEST_CASE("loading a policy file reads it and the clinic.toml beside it", "[config]") {
    TempDir dir;
    writeFile(dir.file("policy.toml"), kEveryPolicyKey);
    writeFile(dir.file("clinic.toml"), "[clinic]\nname = \"Oak Clinic\"\n");
    const auto config = loadConfig(dir.file("policy.toml"));
    REQUIRE(config);
    CHECK(config->policy.currency == "EUR");
    CHECK(config->policy.cooldownDays == 21);
    CHECK(config->clinic.name == "Oak Clinic");
}

TEST_CASE("a policy file without a clinic.toml beside it keeps the default clinic", "[config]") {
    TempDir dir;
    writeFile(dir.file("policy.toml"), "reminders.cooldown_days = 7\n");
    const auto config = loadConfig(dir.file("policy.toml"));
    REQUIRE(config);
    CHECK(config->policy.cooldownDays == 7);
    CHECK(config->clinic.name == "Front Desk Demo Clinic");
}

TEST_CASE("loading a policy file that is invalid names the file and the key", "[config]") {
    TempDir dir;
    writeFile(dir.file("strict.toml"), "writeoff.max = 9.99\n");
    const auto config = loadConfig(dir.file("strict.toml"));
    REQUIRE_FALSE(config);
    CHECK(config.error().code == ErrorCode::BadInput);
    CHECK_THAT(config.error().message, Contains("strict.toml"));
    CHECK_THAT(config.error().message, Contains("writeoff.max"));
}

TEST_CASE("an invalid clinic.toml beside the policy fails the load naming its key", "[config]") {
    TempDir dir;
    writeFile(dir.file("policy.toml"), "");
    writeFile(dir.file("clinic.toml"), "[clinic]\nfax = \"1\"\n");
    const auto config = loadConfig(dir.file("policy.toml"));
    REQUIRE_FALSE(config);
    CHECK_THAT(config.error().message, Contains("clinic.toml"));
    CHECK_THAT(config.error().message, Contains("clinic.fax"));
}

TEST_CASE("a policy path that does not exist is an error naming the path", "[config]") {
    TempDir dir;
    const auto config = loadConfig(dir.file("missing.toml"));
    REQUIRE_FALSE(config);
    CHECK(config.error().code == ErrorCode::BadInput);
    CHECK_THAT(config.error().message, Contains("missing.toml"));
}

TEST_CASE("a policy path that is a directory is an error, not the defaults", "[config]") {
    TempDir dir;
    const auto config = loadConfig(dir.path());
    REQUIRE_FALSE(config);
    CHECK(config.error().code == ErrorCode::BadInput);
    CHECK_THAT(config.error().message, Contains(dir.path().string()));
}

TEST_CASE("hooks.toml beside the policy is read, its files taken from its folder", "[config]") {
    TempDir dir;
    writeFile(dir.file("policy.toml"), "");
    writeFile(dir.file("hooks.toml"),
              "[hooks]\npublic_url = \"https://cds.example/cds-services\"\n"
              "issuers = [\"https://ehr.example\"]\njwks_file = \"keys/ehr.json\"\n"
              "jku_allow_list = [\"https://ehr.example/jwks\"]\njku_ca_file = \"/etc/ehr-ca.pem\"\n"
              "threads = 8\n");
    const auto config = loadConfig(dir.file("policy.toml"));
    REQUIRE(config);
    const HooksSettings& h = config->hooks;
    CHECK(h.publicUrl == "https://cds.example/cds-services");
    CHECK(h.issuers == std::vector<std::string>{"https://ehr.example"});
    CHECK(h.jwksFile == (dir.file("keys") / "ehr.json").string());
    CHECK(h.jkuCaFile == "/etc/ehr-ca.pem");
    CHECK(h.threads == 8);
}

TEST_CASE("hooks TOML rejects unknown keys, wrong types and half a TLS pair by key", "[config]") {
    const auto unknown = parseHooks("[hooks]\njku_ca = \"x.pem\"\n", "hooks.toml");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("hooks.jku_ca") != std::string::npos);
    const auto wrongType = parseHooks("[hooks]\njku_ca_file = 3\n", "hooks.toml");
    REQUIRE_FALSE(wrongType);
    CHECK(wrongType.error().message.find("hooks.jku_ca_file") != std::string::npos);
    const auto half = parseHooks("[hooks]\ntls_key = \"key.pem\"\n", "hooks.toml");
    REQUIRE_FALSE(half);
    CHECK(half.error().message.find("hooks.tls_key") != std::string::npos);
}

TEST_CASE("the cards' selection behaviour is set for all EHRs and per EHR issuer", "[config]") {
    const auto both = parseHooks(
        "[hooks]\nissuers = [\"https://epic.example/oauth2\", "
        "\"https://other.example\"]\nselection_behavior = \"at-most-one\"\n"
        "[hooks.selection_behavior_by_issuer]\n"
        "\"https://epic.example/oauth2\" = \"any\"\n",
        "hooks.toml");
    REQUIRE(both);
    CHECK(selectionBehaviorFor(*both, "https://epic.example/oauth2") == "any");
    CHECK(selectionBehaviorFor(*both, "https://other.example") == "at-most-one");
    CHECK(selectionBehaviorFor(*both, "") == "at-most-one");
    CHECK(selectionBehaviorFor(HooksSettings{}, "") == "at-most-one");  // the default

    const auto all = parseHooks("[hooks]\nselection_behavior = \"any\"\n", "hooks.toml");
    REQUIRE(all);
    CHECK(selectionBehaviorFor(*all, "https://anyone.example") == "any");

    const auto bad = parseHooks("[hooks]\nselection_behavior = \"all\"\n", "hooks.toml");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message ==
          "hooks.toml: hooks.selection_behavior must be \"at-most-one\" or \"any\"");
    const auto badOne = parseHooks(
        "[hooks]\nissuers = [\"https://e.example\"]\n"
        "[hooks.selection_behavior_by_issuer]\n"
        "\"https://e.example\" = \"one\"\n",
        "hooks.toml");
    REQUIRE_FALSE(badOne);
    CHECK(badOne.error().message.find("\"https://e.example\" must be") != std::string::npos);
    const auto stranger = parseHooks(
        "[hooks]\nissuers = [\"https://e.example\"]\n"
        "[hooks.selection_behavior_by_issuer]\n"
        "\"https://typo.example\" = \"any\"\n",
        "hooks.toml");
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().message ==
          "hooks.toml: hooks.selection_behavior_by_issuer names \"https://typo.example\", which "
          "is not in hooks.issuers");
}

TEST_CASE("fhir.toml beside the policy is read, its token file taken from its folder", "[config]") {
    TempDir dir;
    writeFile(dir.file("policy.toml"), "");
    writeFile(dir.file("fhir.toml"),
              "[fhir]\nbase_url = \"https://ehr.example/fhir/r4\"\ntoken_file = \"ehr.token\"\n"
              "days_ahead = 3\npage_size = 200\npush_checkins = true\n");
    const auto config = loadConfig(dir.file("policy.toml"));
    REQUIRE(config);
    const FhirSettings& f = config->fhir;
    CHECK(f.baseUrl == "https://ehr.example/fhir/r4");
    CHECK(f.tokenFile == dir.file("ehr.token").string());
    CHECK(f.daysAhead == 3);
    CHECK(f.pageSize == 200);
    CHECK(f.pushCheckins);
    CHECK(f.mrnSystem == "urn:oid:2.16.840.1.113883.19.5");
}

TEST_CASE("fhir TOML rejects unknown keys and wrong types by name", "[config]") {
    const auto unknown = parseFhir("[fhir]\ntoken = \"abc\"\n", "fhir.toml");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "fhir.toml: fhir.token is not a known setting");
    const auto wrongType = parseFhir("[fhir]\ndays_ahead = \"14\"\n", "fhir.toml");
    REQUIRE_FALSE(wrongType);
    CHECK_THAT(wrongType.error().message, Contains("fhir.days_ahead") && Contains("whole number"));
    const auto flag = parseFhir("[fhir]\npush_checkins = 1\n", "fhir.toml");
    REQUIRE_FALSE(flag);
    CHECK_THAT(flag.error().message, Contains("fhir.push_checkins"));
    CHECK_FALSE(parseFhir("[fhir]\nbase_url = \"ftp://x\"\n", "fhir.toml"));
    CHECK_FALSE(parseFhir("[fhir]\npage_size = 5000\n", "fhir.toml"));
    const auto shipped = loadConfig(std::string(FRONTDESK_SOURCE_DIR) + "/config/policy.toml");
    REQUIRE(shipped);
    CHECK(shipped->fhir.baseUrl.empty());
    CHECK(shipped->fhir.daysAhead == 14);
}

TEST_CASE("payments.posted_by says who posts a desk payment, auto follows the EHR sync",
          "[config][payment]") {
    const auto parsed = [](const char* value) {
        return parseClinic(std::string("[payments]\nposted_by = \"") + value + "\"\n",
                           "clinic.toml");
    };
    Config config;
    CHECK(config.clinic.paymentsPostedBy == PaymentsPostedBy::Auto);
    CHECK(deskPostsPayments(config));  // no sync: the desk posts
    config.fhir.baseUrl = "https://ehr.example/fhir";
    CHECK_FALSE(deskPostsPayments(config));  // the EHR posts

    config.clinic = *parsed("frontdesk");
    CHECK(deskPostsPayments(config));
    config.fhir.baseUrl.clear();
    config.clinic = *parsed("practice_system");  // a ledger imported from the practice system
    CHECK_FALSE(deskPostsPayments(config));
    CHECK(parsed("auto")->paymentsPostedBy == PaymentsPostedBy::Auto);

    const auto bad = parsed("desk");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message ==
          "clinic.toml: payments.posted_by must be auto, frontdesk or practice_system");
}

TEST_CASE("policyToml writes every key, and parsePolicy reads the same policy back",
          "[config][whatif]") {
    const auto every = parsePolicy(kEveryPolicyKey, "policy.toml");
    REQUIRE(every);
    for (const Policy& p : {Policy{}, *every}) {
        const std::string text = policyToml(p);
        const auto back = parsePolicy(text, "written.toml");
        REQUIRE(back);
        CHECK(policySettings(*back) == policySettings(p));
        // every key is written, once
        for (const auto& [key, value] : policySettings(p))
            CHECK_THAT(text, Contains(key.substr(key.find('.') + 1) + " = "));
    }
    CHECK(policySettings(*every).size() == 14);
}

TEST_CASE("policyWith applies KEY=VALUE settings by the file's own rules", "[config][whatif]") {
    const Policy base;
    const std::vector<std::string> settings{
        "writeoff.min_age_days=90",         "small_balance.max=15.00", " writeoff.max = $14.99 ",
        "statements.min_cost_multiple=1.5", "kiosk.show_amount=never", "currency=EUR"};
    const auto p = policyWith(base, settings);
    REQUIRE(p);
    CHECK(p->writeoffMinAgeDays == 90);
    CHECK(p->smallBalanceMax == test::money("15.00"));
    CHECK(p->writeoffMax == test::money("14.99"));
    CHECK(p->statementMinCostMultiple == 1.5);
    CHECK(p->kioskShowAmount == KioskAmount::Never);
    CHECK(p->currency == "EUR");
    // the rest as in the base
    CHECK(p->cooldownDays == base.cooldownDays);
    CHECK(p->creditDormancyDays == base.creditDormancyDays);
    // a later setting of the same key wins, as a later line would
    const std::vector<std::string> twice{"writeoff.max=5.00", "writeoff.max=6.00"};
    CHECK(policyWith(base, twice)->writeoffMax == test::money("6.00"));
}

TEST_CASE("policyWith names the setting that is wrong and why", "[config][whatif]") {
    const Policy base;
    const auto error = [&](const std::string& setting) {
        const std::vector<std::string> settings{setting};
        const auto p = policyWith(base, settings);
        REQUIRE_FALSE(p);
        CHECK(p.error().code == ErrorCode::BadInput);
        return p.error().message;
    };
    CHECK_THAT(error("writeoff.maxx=3"), Contains("writeoff.maxx is not a policy setting"));
    CHECK_THAT(error("writeoff.max=abc"), Contains("writeoff.max (abc) is not money"));
    CHECK_THAT(error("writeoff.max=-1.00"), Contains("writeoff.max (-1.00) must not be negative"));
    CHECK_THAT(error("writeoff.max=14.99"),
               Contains("writeoff.max (14.99) is above small_balance.max (10.00)"));
    CHECK_THAT(error("writeoff.min_age_days=-5"),
               Contains("writeoff.min_age_days (-5) must be between 0 and 36500"));
    CHECK_THAT(error("writeoff.min_age_days=ninety"),
               Contains("writeoff.min_age_days must be a whole number"));
    CHECK_THAT(error("statements.min_cost_multiple=lots"),
               Contains("statements.min_cost_multiple must be a number"));
    CHECK_THAT(error("kiosk.show_amount=sometimes"),
               Contains("kiosk.show_amount must be small, always or never"));
    CHECK_THAT(error("writeoff.max"), Contains("is not KEY=VALUE"));
    CHECK_THAT(error("=3"), Contains("is not KEY=VALUE"));
    CHECK_THAT(error("small_balance=3"), Contains("small_balance is not a policy setting"));
}
