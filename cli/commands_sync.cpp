// sync: patients, appointments and balances from the practice's EHR over FHIR
// (docs/fhir-sync.md).
#include <iostream>
#include <memory>

#include "frontdesk/fhir/sync.h"
#include "session.h"

namespace frontdesk::cli {
namespace {

struct SyncArgs {
    std::string fhirBase;
    std::string tokenFile;
    int daysAhead = -1;  // -1: from the config
    bool quiet = false;
    bool checkinsOnly = false;
};

nlohmann::json countsJson(const SyncCounts& c) {
    return {{"created", c.created},
            {"updated", c.updated},
            {"unchanged", c.unchanged},
            {"skipped", c.skipped}};
}

void printSummary(const SyncReport& r) {
    const auto line = [](const char* what, const SyncCounts& c) {
        std::cout << "  " << what << ": " << c.created << " created, " << c.updated << " updated, "
                  << c.unchanged << " unchanged, " << c.skipped << " skipped\n";
    };
    std::cout << (r.stoppedBy.empty() ? "Sync finished.\n" : "Sync stopped early.\n");
    line("patients", r.patients);
    line("accounts", r.accounts);
    line("appointments", r.appointments);
    if (r.checkinsSent + r.checkinsFailed + r.checkinsGivenUp > 0)
        std::cout << "  check-ins: " << r.checkinsSent << " sent, " << r.checkinsFailed
                  << " to retry, " << r.checkinsGivenUp << " given up\n";
}

// Resources by type, id and reason (never a name): skipped ones, warnings.
nlohmann::json listJson(const std::vector<SkippedResource>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& k : list)
        out.push_back({{"type", k.resourceType}, {"id", k.id}, {"reason", k.reason}});
    return out;
}

void printList(const char* what, const std::vector<SkippedResource>& list) {
    for (const auto& k : list)
        std::cerr << what << " " << k.resourceType << "/" << k.id << ": " << k.reason << "\n";
}

// The client settings from the config, with the command line's overrides.
Result<FhirClientOptions> clientOptions(FhirSettings f, const SyncArgs& args) {
    if (!args.fhirBase.empty()) f.baseUrl = args.fhirBase;
    if (!args.tokenFile.empty()) f.tokenFile = args.tokenFile;
    return fhirClientOptions(f);
}

// Only the queued check-ins, whatever fhir.push_checkins says (a frequent timer's job).
int pushQueuedCheckins(Session& s, FhirClient& client) {
    auto pushed = pushCheckins(s.store, client);
    if (!pushed) return reportError(pushed.error());
    if (!pushed->stoppedBy.empty()) std::cerr << "frontdesk: " << pushed->stoppedBy << "\n";
    printList("warning", pushed->givenUp);
    if (s.json) {
        printJson({{"as_of", s.asOf.iso()},
                   {"finished", pushed->stoppedBy.empty()},
                   {"stopped_by", pushed->stoppedBy},
                   {"checkins",
                    {{"sent", pushed->sent},
                     {"to_retry", pushed->failed},
                     {"given_up", pushed->givenUp.size()}}},
                   {"warnings", listJson(pushed->givenUp)}});
    } else {
        std::cout << "Check-ins: " << pushed->sent << " sent, " << pushed->failed << " to retry, "
                  << pushed->givenUp.size() << " given up\n";
    }
    if (pushed->tokenRefused) return kExitBadInput;
    return pushed->failed == 0 ? kExitOk : kExitProblems;
}

int sync(Session& s, const SyncArgs& args) {
    const FhirSettings& f = s.config.fhir;
    auto options = clientOptions(f, args);
    if (!options) return reportError(options.error());
    auto client = FhirClient::create(std::move(*options));
    if (!client) return reportError(client.error());
    if (args.checkinsOnly) return pushQueuedCheckins(s, *client);
    FhirSyncOptions sync;
    sync.mapping = {f.mrnSystem, s.config.policy.currency, s.config.clinic.timeZone, s.asOf};
    sync.daysAhead = args.daysAhead >= 0 ? args.daysAhead : f.daysAhead;
    sync.pageSize = f.pageSize;
    sync.pushCheckins = f.pushCheckins;
    if (!args.quiet) sync.progress = [](const std::string& line) { std::cerr << line << "\n"; };
    auto report = runFhirSync(s.store, *client, sync);
    if (!report) return reportError(report.error());
    printList("skipped", report->skipped);
    printList("warning", report->warnings);
    if (!report->stoppedBy.empty()) std::cerr << "frontdesk: " << report->stoppedBy << "\n";
    if (s.json) {
        printJson({{"as_of", s.asOf.iso()},
                   {"finished", report->stoppedBy.empty()},
                   {"stopped_by", report->stoppedBy},
                   {"patients", countsJson(report->patients)},
                   {"accounts", countsJson(report->accounts)},
                   {"appointments", countsJson(report->appointments)},
                   {"checkins",
                    {{"sent", report->checkinsSent},
                     {"to_retry", report->checkinsFailed},
                     {"given_up", report->checkinsGivenUp}}},
                   {"skipped", listJson(report->skipped)},
                   {"warnings", listJson(report->warnings)}});
    } else {
        printSummary(*report);
    }
    return report->stoppedBy.empty() ? kExitOk : kExitProblems;
}

}  // namespace

void addSyncCommands(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto args = std::make_shared<SyncArgs>();
    auto* cmd = app.add_subcommand(
        "sync", "Bring patients, appointments and balances from the EHR over FHIR");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_option("--fhir-base", args->fhirBase,
                    "The EHR's FHIR base URL (https; default: fhir.base_url in fhir.toml)");
    cmd->add_option("--token-file", args->tokenFile,
                    "A file holding the bearer token (default: fhir.token_file)");
    cmd->add_option("--days-ahead", args->daysAhead,
                    "Appointments from the as-of date to this many days after it "
                    "(default: fhir.days_ahead)")
        ->check(CLI::Range(0, 366));
    cmd->add_flag("--quiet", args->quiet, "No progress lines on stderr");
    cmd->add_flag("--checkins-only", args->checkinsOnly,
                  "Only send the queued kiosk check-ins to the EHR (for a frequent timer)");
    cmd->callback([options, args, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) { return sync(s, *args); });
    });
}

}  // namespace frontdesk::cli
