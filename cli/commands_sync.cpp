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
    if (r.checkinsSent + r.checkinsFailed > 0)
        std::cout << "  check-ins: " << r.checkinsSent << " sent, " << r.checkinsFailed
                  << " to retry\n";
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
    if (s.json) {
        printJson({{"as_of", s.asOf.iso()},
                   {"finished", pushed->stoppedBy.empty()},
                   {"stopped_by", pushed->stoppedBy},
                   {"checkins", {{"sent", pushed->sent}, {"to_retry", pushed->failed}}}});
    } else {
        std::cout << "Check-ins: " << pushed->sent << " sent, " << pushed->failed << " to retry\n";
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
    for (const auto& k : report->skipped)
        std::cerr << "skipped " << k.resourceType << "/" << k.id << ": " << k.reason << "\n";
    if (!report->stoppedBy.empty()) std::cerr << "frontdesk: " << report->stoppedBy << "\n";
    if (s.json) {
        nlohmann::json skipped = nlohmann::json::array();
        for (const auto& k : report->skipped)
            skipped.push_back({{"type", k.resourceType}, {"id", k.id}, {"reason", k.reason}});
        printJson(
            {{"as_of", s.asOf.iso()},
             {"finished", report->stoppedBy.empty()},
             {"stopped_by", report->stoppedBy},
             {"patients", countsJson(report->patients)},
             {"accounts", countsJson(report->accounts)},
             {"appointments", countsJson(report->appointments)},
             {"checkins", {{"sent", report->checkinsSent}, {"to_retry", report->checkinsFailed}}},
             {"skipped", skipped}});
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
