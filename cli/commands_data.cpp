// init, demo, import, post, remind: the commands that put data into the store.
#include <iostream>
#include <memory>

#include "frontdesk/demo/demo.h"
#include "frontdesk/import/importer.h"
#include "frontdesk/store/manual_entry.h"
#include "session.h"

namespace frontdesk::cli {
namespace {

void addInit(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto* cmd = app.add_subcommand("init", "Create the database, or bring its schema up to date");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->callback([options, &exitCode] {
        exitCode = withSession(*options, [](Session& s) {
            if (s.json) {
                printJson({{"db", s.dbPath}, {"schema_version", Store::kSchemaVersion}});
            } else {
                std::cout << "Database ready: " << s.dbPath << " (schema version "
                          << Store::kSchemaVersion << ")\n";
            }
            return kExitOk;
        });
    });
}

void printDemo(const SessionSettings& s, const DemoSummary& built, bool json) {
    if (json) {
        nlohmann::json states = nlohmann::json::object();
        for (const auto& [state, n] : built.states) states[std::string(toString(state))] = n;
        printJson({{"db", s.dbPath},
                   {"as_of", s.asOf.iso()},
                   {"patients", built.patients},
                   {"families", built.families},
                   {"appointments", built.appointments},
                   {"appointments_today", built.appointmentsToday},
                   {"ledger_entries", built.ledgerEntries},
                   {"reminders", built.reminders},
                   {"states", states}});
        return;
    }
    std::cout << "Demo clinic built in " << s.dbPath << " as of " << s.asOf.iso() << ": "
              << built.patients << " patients (" << built.families << " families), "
              << built.appointments << " appointments (" << built.appointmentsToday << " today), "
              << built.ledgerEntries << " ledger entries, " << built.reminders << " reminders.\n";
    for (const auto& [state, n] : built.states)
        std::cout << "  " << toString(state) << ": " << n << "\n";
}

void addDemo(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto demo = std::make_shared<DemoOptions>();
    auto replace = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("demo", "Build the demo clinic relative to the as-of date");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_option("--patients", demo->patients, "How many patients")
        ->capture_default_str()
        ->check(CLI::Range(1, 5'000'000));
    cmd->add_option("--seed", demo->seed, "Random seed; the same seed builds the same clinic")
        ->capture_default_str();
    cmd->add_flag("--replace", *replace, "Replace a database that holds patients");
    cmd->callback([options, demo, replace, &exitCode] {
        // built aside and renamed over the database when whole: the store is not opened here
        auto settings = readSettings(*options);
        if (!settings) {
            exitCode = reportError(settings.error());
            return;
        }
        demo->asOf = settings->asOf;
        auto built = buildDemoClinicFile(settings->dbPath, *demo, *replace);
        exitCode = built ? kExitOk : reportError(built.error());
        if (built) printDemo(*settings, *built, options->json);
    });
}

void addImport(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto kindName = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("import", "Import a CSV file, all or nothing");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_option("what", *kindName, "patients, appointments or ledger")
        ->required()
        ->check(CLI::IsMember({"patients", "appointments", "ledger"}));
    cmd->add_option("file", *file, "The CSV file")->required();
    cmd->callback([options, kindName, file, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) {
            const ImportKind kind = *kindName == "patients"       ? ImportKind::Patients
                                    : *kindName == "appointments" ? ImportKind::Appointments
                                                                  : ImportKind::Ledger;
            auto report = importCsvFile(s.store, kind, *file);
            if (!report) return reportError(report.error());
            if (s.json) {
                printJson({{"file", report->file},
                           {"rows", report->rows},
                           {"inserted", report->inserted},
                           {"skipped", report->skipped},
                           {"reversals", report->reversals},
                           {"warnings", report->warnings},
                           {"errors", report->errors}});
            } else {
                for (const auto& w : report->warnings) std::cerr << "warning: " << w << "\n";
                for (const auto& e : report->errors) std::cerr << "error: " << e << "\n";
                if (report->ok())
                    std::cout << report->file << ": " << report->inserted << " imported, "
                              << report->skipped << " already there"
                              << (report->reversals ? ", " + std::to_string(report->reversals) +
                                                          " write-off reversals"
                                                    : "")
                              << "\n";
                else
                    std::cerr << report->file << ": " << report->errors.size()
                              << " errors; nothing was imported\n";
            }
            return report->ok() ? kExitOk : kExitBadInput;
        });
    });
}

// What `post` prints, locally and as a station.
int printPosted(const Result<PostedEntry>& posted, bool json) {
    if (!posted) return reportError(posted.error());
    if (json) {
        printJson(postedEntryToJson(*posted));
        return kExitOk;
    }
    if (posted->reversed.value() > 0)
        std::cout << "Reversed " << formatMoney(posted->reversed)
                  << " of the small-balance write-off first.\n";
    std::cout << "Posted " << posted->kind << " " << formatMoney(posted->amount) << " on "
              << posted->postedOn.iso() << " as " << posted->entryId << ". Balance now "
              << formatMoney(posted->balance) << ".\n";
    return kExitOk;
}

void addPost(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto args = std::make_shared<ManualEntry>();
    auto* cmd = app.add_subcommand("post", "Post one ledger entry");
    addCommonOptions(*cmd, *options, {.json = true, .remote = true});
    cmd->add_option("kind", args->kind, "Entry kind, e.g. patient_payment")->required();
    cmd->add_option("mrn", args->mrn, "The patient's MRN")->required();
    cmd->add_option("amount", args->amount, "Amount, e.g. 7.50 or (5.00)")->required();
    cmd->add_option("--memo", args->memo, "A note kept with the entry");
    cmd->add_option("--on", args->on, "Posting date (default: the as-of date)");
    cmd->callback([options, args, &exitCode] {
        exitCode = withLocalOrRemote(
            *options,
            [&](Session& s) {
                return printPosted(postManualEntry(s.store, *args, s.asOf), s.json);
            },
            [&](RemoteSession& s) {
                nlohmann::json body{{"kind", args->kind},
                                    {"amount", args->amount},
                                    {"memo", args->memo},
                                    {"on", args->on}};
                if (s.asOf) body["as_of"] = s.asOf->iso();
                auto answer =
                    s.client.post("/v1/patients/" + urlEncoded(args->mrn) + "/entries", body, true);
                if (!answer) return reportError(answer.error());
                return printPosted(postedEntryFromJson(*answer), s.json);
            });
    });
}

struct RemindArgs {
    std::string mrn;
    std::string channel;
    std::string outcome;
    std::string note;
};

// remind, on the database or as a station.
int remind(const CommonOptions& options, const RemindArgs& args) {
    const auto channel = parseChannelOption("--channel", args.channel);
    if (!channel) return reportError(channel.error());
    const auto outcome = parseReminderOutcome(args.outcome);
    if (!outcome)
        return reportError(
            {ErrorCode::BadInput, "--outcome '" + args.outcome + "' is not a reminder outcome"});
    const auto printed = [&](const ReminderInput& r, bool json) {
        if (json) {
            printJson({{"mrn", r.mrn},
                       {"on", r.on.iso()},
                       {"channel", args.channel},
                       {"outcome", args.outcome},
                       {"staff", r.staffId}});
        } else {
            std::cout << "Recorded " << args.outcome << " (" << args.channel << ") on "
                      << r.on.iso() << ".\n";
        }
        return kExitOk;
    };
    return withLocalOrRemote(
        options,
        [&](Session& s) {
            const ReminderInput r{args.mrn, s.asOf, *channel, *outcome, s.staff, args.note, {}};
            if (auto ok = s.store.recordReminder(r); !ok) return reportError(ok.error());
            return printed(r, s.json);
        },
        [&](RemoteSession& s) {
            if (s.asOf)
                return reportError({ErrorCode::BadInput,
                                    "--as-of: with --server a reminder is recorded on the "
                                    "server's date"});
            auto answer = s.client.post("/v1/patients/" + urlEncoded(args.mrn) + "/reminders",
                                        {{"outcome", args.outcome},
                                         {"channel", args.channel},
                                         {"staff", s.staff},
                                         {"note", args.note}},
                                        true);
            if (!answer) return reportError(answer.error());
            const auto on = answer->find("on");
            const auto day = on != answer->end() && on->is_string()
                                 ? parseDate(on->get<std::string>())
                                 : Result<Date>(fail(ErrorCode::Storage, ""));
            if (!day) return reportError({ErrorCode::Storage, "the server's answer has no date"});
            return printed({args.mrn, *day, *channel, *outcome, s.staff, args.note, {}}, s.json);
        });
}

void addRemind(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto args = std::make_shared<RemindArgs>();
    auto* cmd = app.add_subcommand("remind", "Record a reminder outcome on the as-of date");
    addCommonOptions(*cmd, *options, {.json = true, .staff = true, .remote = true});
    cmd->add_option("mrn", args->mrn, "The patient's MRN")->required();
    cmd->add_option("--channel", args->channel, "kiosk, desk or phone")->required();
    cmd->add_option("--outcome", args->outcome,
                    "shown, will_pay_at_desk, paid, promised, "
                    "disputed, declined, not_appropriate, apply_credit, refund_requested")
        ->required();
    cmd->add_option("--note", args->note, "A short note");
    cmd->callback([options, args, &exitCode] { exitCode = remind(*options, *args); });
}

}  // namespace

void addDataCommands(CLI::App& app, int& exitCode) {
    addInit(app, exitCode);
    addDemo(app, exitCode);
    addImport(app, exitCode);
    addPost(app, exitCode);
    addRemind(app, exitCode);
}

}  // namespace frontdesk::cli
