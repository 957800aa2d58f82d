// writeoffs, statements, report, whatif, verify: the practice manager's runs and checks.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string_view>

#include "frontdesk/runs/policy_whatif.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/runs/report_json.h"
#include "frontdesk/runs/statement_run.h"
#include "frontdesk/runs/verify.h"
#include "frontdesk/runs/writeoff_run.h"
#include "frontdesk/store/private_files.h"
#include "session.h"

namespace frontdesk::cli {
namespace {

int writeoffs(Session& s, bool postThem) {
    auto run = postThem ? postWriteoffs(s.store, s.config.policy, s.asOf)
                        : planWriteoffs(s.store, s.config.policy, s.asOf);
    if (!run) return reportError(run.error());
    if (s.json) {
        nlohmann::json accounts = nlohmann::json::array();
        for (const auto& a : run->accounts)
            accounts.push_back({{"mrn", a.mrn},
                                {"balance_cents", a.balance.value()},
                                {"oldest_open_on", a.oldestOpenOn.iso()},
                                {"age_days", a.ageDays},
                                {"reminders", a.reminders}});
        printJson({{"as_of", run->asOf.iso()},
                   {"posted", run->posted},
                   {"count", run->accounts.size()},
                   {"total_cents", run->total.value()},
                   {"accounts", accounts}});
        return kExitOk;
    }
    std::printf("%-10s  %10s  %-10s  %8s  %9s\n", "MRN", "balance", "open since", "age",
                "reminders");
    for (const auto& a : run->accounts)
        std::printf("%-10s  %10s  %-10s  %8d  %9d\n", a.mrn.c_str(), formatMoney(a.balance).c_str(),
                    a.oldestOpenOn.iso().c_str(), a.ageDays, a.reminders);
    std::printf("\n%zu accounts eligible as of %s, %s in all. %s\n", run->accounts.size(),
                run->asOf.iso().c_str(), formatMoney(run->total).c_str(),
                run->posted ? "Write-offs posted." : "Dry run: nothing posted (use --post).");
    return kExitOk;
}

void addWriteoffs(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto postThem = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("writeoffs", "Small balances eligible for write-off (dry run)");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_flag("--post", *postThem, "Post the write-offs");
    cmd->callback([options, postThem, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) { return writeoffs(s, *postThem); });
    });
}

void printStatementSummary(const StatementRun& run) {
    std::printf("Statements as of %s: %zu to send (%s owed), threshold above %s.\n",
                run.asOf.iso().c_str(), run.statementCount, formatMoney(run.statementTotal).c_str(),
                formatMoney(run.threshold).c_str());
    std::printf(
        "Suppressed: %zu small balances (%s owed; staff mention them instead) and %zu "
        "written-off accounts. Saved %s in postage and time.\n",
        run.suppressedSmall, formatMoney(run.suppressedBalance).c_str(), run.suppressedWrittenOff,
        formatMoney(run.costSaved).c_str());
}

void addStatements(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto record = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("statements", "Who gets a statement and what suppression saved");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_flag("--record", *record,
                  "Record this run as mailed (one a day), for the manager's statements chart");
    cmd->callback([options, record, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) {
            auto run = *record ? recordStatements(s.store, s.config.policy, s.asOf, systemNow())
                               : planStatements(s.store, s.config.policy, s.asOf);
            if (!run) return reportError(run.error());
            if (s.json) {
                nlohmann::json out = statementsJson(*run);
                out["recorded"] = *record;
                printJson(out);
                return kExitOk;
            }
            for (const auto& line : run->statements)
                std::printf("%-10s  %10s  open since %s\n", line.mrn.c_str(),
                            formatMoney(line.balance).c_str(), line.oldestOpenOn.iso().c_str());
            printStatementSummary(*run);
            if (*record)
                std::printf("Recorded as the statement run of %s.\n", s.asOf.iso().c_str());
            return kExitOk;
        });
    });
}

void printReport(const PracticeReport& r) {
    std::printf("Report %s to %s\n\nReminders by channel and outcome:\n", r.from.iso().c_str(),
                r.to.iso().c_str());
    for (const auto& [key, n] : r.reminders)
        std::printf("  %-6s %-18s %6zu\n", std::string(toString(key.first)).c_str(),
                    std::string(toString(key.second)).c_str(), n);
    std::printf("\n%zu patients reminded; %zu paid within 30 days after a reminder: %s.\n",
                r.remindedPatients, r.remindedPatientsWhoPaid,
                formatMoney(r.paidWithin30Days).c_str());
    for (const auto& [channel, paid] : r.paidByChannel)
        std::printf("  after a %s reminder: %s\n", std::string(toString(channel)).c_str(),
                    formatMoney(paid).c_str());
    if (!r.remindersByStaff.empty()) std::printf("\nReminders by staff member and outcome:\n");
    for (const auto& [key, n] : r.remindersByStaff)
        std::printf("  %-16s %-18s %6zu\n", key.first.c_str(),
                    std::string(toString(key.second)).c_str(), n);
    std::printf("Written off: %s. Recovered after write-off: %s.\n\n",
                formatMoney(r.writtenOff).c_str(), formatMoney(r.recoveredAfterWriteoff).c_str());
    printStatementSummary(r.statements);
    const StatementsMailed& mailed = r.statementRuns;
    std::printf(
        "Statement runs recorded in the period: %zu, %zu statements mailed (%s); %zu small and "
        "%zu written-off balances not mailed, saving %s.\n",
        mailed.runs, mailed.statements, formatMoney(mailed.statementTotal).c_str(),
        mailed.suppressedSmall, mailed.suppressedWrittenOff, formatMoney(mailed.costSaved).c_str());
    std::printf("\nCredits owed to patients as of %s:\n", r.to.iso().c_str());
    for (const auto& [state, t] : r.credits)
        std::printf("  %-26s %6zu accounts  %12s\n", std::string(toString(state)).c_str(),
                    t.accounts, formatMoney(t.credit).c_str());
    if (!r.refundsDue.empty()) std::printf("\nRefunds due (earliest deadline first):\n");
    for (const auto& c : r.refundsDue)
        std::printf("  %-10s  %10s  by %s%s\n", c.mrn.c_str(), formatMoney(c.credit).c_str(),
                    c.refundDueBy ? c.refundDueBy->iso().c_str() : "-",
                    c.refundDueBy && *c.refundDueBy < r.to ? "  OVERDUE" : "");
}

// A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). Text that a
// spreadsheet would take for a formula (=, +, -, @ first, as a station's staff id could be)
// starts with an apostrophe; amounts and counts are written as they are.
std::string csvField(const std::string& text) {
    const bool number =
        !text.empty() && text.find_first_not_of("-0123456789.") == std::string::npos;
    std::string field = text;
    if (!number && !text.empty() &&
        std::string_view("=+-@\t\r").find(text.front()) != std::string::npos)
        field = "'" + text;
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

using CsvTable = std::vector<std::vector<std::string>>;  // the header first

// The report's months as a CSV table: each month's reminders, payments, write-offs and the
// statement runs recorded, with the saving added up.
CsvTable monthsTable(const PracticeReport& r) {
    CsvTable months{{"from", "to", "reminded_patients", "reminded_patients_who_paid",
                     "paid_within_30_days", "written_off", "recovered_after_writeoff",
                     "statement_runs", "statements_mailed", "suppressed_small",
                     "suppressed_written_off", "cost_saved", "cost_saved_cumulative"}};
    Cents cumulative;
    for (const MonthActivity& m : r.months) {
        const PeriodActivity& a = m.activity;
        const StatementsMailed& mailed = a.statementRuns;
        // never out of range: a part of the period's sum, which was checked
        (void)addTo(cumulative, mailed.costSaved);
        months.push_back({m.from.iso(), m.to.iso(), std::to_string(a.remindedPatients),
                          std::to_string(a.remindedPatientsWhoPaid),
                          formatMoneyPlain(a.paidWithin30Days), formatMoneyPlain(a.writtenOff),
                          formatMoneyPlain(a.recoveredAfterWriteoff), std::to_string(mailed.runs),
                          std::to_string(mailed.statements), std::to_string(mailed.suppressedSmall),
                          std::to_string(mailed.suppressedWrittenOff),
                          formatMoneyPlain(mailed.costSaved), formatMoneyPlain(cumulative)});
    }
    return months;
}

// The report's tables as CSV files, money as plain amounts ("12.50"), one file a table.
std::map<std::string, CsvTable> reportTables(const PracticeReport& r) {
    const StatementRun& st = r.statements;
    const auto paidBy = [&](Channel channel) {
        const auto it = r.paidByChannel.find(channel);
        return it == r.paidByChannel.end() ? Cents{} : it->second;
    };
    std::map<std::string, CsvTable> t;
    t["summary.csv"] = {{"figure", "value"},
                        {"from", r.from.iso()},
                        {"to", r.to.iso()},
                        {"reminded_patients", std::to_string(r.remindedPatients)},
                        {"reminded_patients_who_paid", std::to_string(r.remindedPatientsWhoPaid)},
                        {"paid_within_30_days", formatMoneyPlain(r.paidWithin30Days)},
                        {"paid_within_30_days_kiosk", formatMoneyPlain(paidBy(Channel::Kiosk))},
                        {"paid_within_30_days_desk", formatMoneyPlain(paidBy(Channel::Desk))},
                        {"paid_within_30_days_phone", formatMoneyPlain(paidBy(Channel::Phone))},
                        {"written_off", formatMoneyPlain(r.writtenOff)},
                        {"recovered_after_writeoff", formatMoneyPlain(r.recoveredAfterWriteoff)},
                        {"statement_threshold", formatMoneyPlain(st.threshold)},
                        {"statement_count", std::to_string(st.statementCount)},
                        {"statement_total", formatMoneyPlain(st.statementTotal)},
                        {"suppressed_small", std::to_string(st.suppressedSmall)},
                        {"suppressed_written_off", std::to_string(st.suppressedWrittenOff)},
                        {"suppressed_balance", formatMoneyPlain(st.suppressedBalance)},
                        {"cost_saved", formatMoneyPlain(st.costSaved)}};
    CsvTable& reminders = t["reminders.csv"] = {{"channel", "outcome", "count"}};
    for (const auto& [key, n] : r.reminders)
        reminders.push_back({std::string(toString(key.first)), std::string(toString(key.second)),
                             std::to_string(n)});
    CsvTable& byStaff = t["reminders_by_staff.csv"] = {{"staff", "outcome", "count"}};
    for (const auto& [key, n] : r.remindersByStaff)
        byStaff.push_back({key.first, std::string(toString(key.second)), std::to_string(n)});
    CsvTable& credits = t["credits.csv"] = {{"state", "accounts", "credit"}};
    for (const auto& [state, c] : r.credits)
        credits.push_back(
            {std::string(toString(state)), std::to_string(c.accounts), formatMoneyPlain(c.credit)});
    CsvTable& refunds = t["refunds_due.csv"] = {{"mrn", "credit", "since", "refund_due_by"}};
    for (const auto& c : r.refundsDue)
        refunds.push_back({c.mrn, formatMoneyPlain(c.credit), c.since.iso(),
                           c.refundDueBy ? c.refundDueBy->iso() : ""});
    CsvTable& statements = t["statements.csv"] = {{"mrn", "balance", "oldest_open_on"}};
    for (const auto& line : st.statements)
        statements.push_back({line.mrn, formatMoneyPlain(line.balance), line.oldestOpenOn.iso()});
    t["months.csv"] = monthsTable(r);
    return t;
}

// Writes `text` into a new file at `path` (never an existing file, never through a symbolic
// link), 0600, synced; `made` says whether the file was created. 0, or the errno that failed.
int writeNewPrivateFile(const std::filesystem::path& path, const std::string& text, bool& made) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    made = fd >= 0;
    if (fd < 0) return errno;
    int problem = ::fchmod(fd, 0600) == 0 ? 0 : errno;
    for (std::size_t at = 0; problem == 0 && at < text.size();) {
        const auto n = ::write(fd, text.data() + at, text.size() - at);
        if (n <= 0)
            problem = n < 0 ? errno : EIO;
        else
            at += static_cast<std::size_t>(n);
    }
    if (problem == 0 && ::fsync(fd) != 0) problem = errno;
    ::close(fd);
    return problem;
}

// Writes every table into `folder`, each file 0600, the folder made (or made again) 0700: the
// files hold MRNs. Each file is written under a temporary name of its own (never an existing
// file, never through a symbolic link) and renamed into place once all are written; a failure
// before the renames leaves nothing.
Result<std::vector<std::string>> writeCsvTables(const std::filesystem::path& folder,
                                                const std::map<std::string, CsvTable>& tables) {
    namespace fs = std::filesystem;
    if (auto ec = makePrivateFolders(folder))
        return fail(ErrorCode::BadInput, "--csv " + folder.string() + ": " + ec.message());
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return fail(ErrorCode::BadInput, "--csv " + folder.string() + ": is not a folder");
    if (::chmod(folder.c_str(), 0700) != 0)
        return fail(ErrorCode::BadInput, "--csv " + folder.string() +
                                             ": cannot be made private: " + std::strerror(errno));
    std::vector<std::pair<fs::path, fs::path>> written;  // temporary, final
    const auto discard = [&] {
        std::error_code ignored;
        for (const auto& [temporary, final] : written) fs::remove(temporary, ignored);
    };
    const std::string tag = std::to_string(::getpid());
    for (const auto& [name, rows] : tables) {
        const fs::path final = folder / name;
        const fs::path temporary = folder / ("." + name + "." + tag + ".writing");
        std::string text;
        for (const auto& row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c) text += (c ? "," : "") + csvField(row[c]);
            text += "\r\n";
        }
        bool made = false;
        const int problem = writeNewPrivateFile(temporary, text, made);
        if (made) written.emplace_back(temporary, final);
        if (problem != 0) {
            discard();
            return fail(ErrorCode::BadInput, "--csv: " + final.string() +
                                                 " cannot be written: " + std::strerror(problem));
        }
    }
    std::vector<std::string> names;
    for (const auto& [temporary, final] : written) {
        fs::rename(temporary, final, ec);
        if (ec) {
            discard();
            return fail(ErrorCode::BadInput, "--csv: " + final.string() + ": " + ec.message());
        }
        names.push_back(final.filename().string());
    }
    return names;
}

void addReport(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto from = std::make_shared<std::string>();
    auto to = std::make_shared<std::string>();
    auto csv = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("report", "What reminders recovered and what was written off");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_option("--from", *from, "First day, YYYY-MM-DD")->required();
    cmd->add_option("--to", *to, "Last day, YYYY-MM-DD")->required();
    cmd->add_option("--csv", *csv, "Also write each table as a CSV file into this folder");
    cmd->callback([options, from, to, csv, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) {
            auto f = parseDateOption("--from", *from);
            if (!f) return reportError(f.error());
            auto t = parseDateOption("--to", *to);
            if (!t) return reportError(t.error());
            auto report = makeReport(s.store, s.config.policy, *f, *t);
            if (!report) return reportError(report.error());
            if (!csv->empty()) {
                auto names = writeCsvTables(*csv, reportTables(*report));
                if (!names) return reportError(names.error());
                std::string list;
                for (const auto& n : *names) list += (list.empty() ? "" : ", ") + n;
                std::fprintf(stderr, "frontdesk: wrote %s into %s\n", list.c_str(), csv->c_str());
            }
            if (s.json) {
                printJson(reportJson(*report));
            } else {
                printReport(*report);
            }
            return kExitOk;
        });
    });
}

void addVerify(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto* cmd =
        app.add_subcommand("verify", "Check the database and that summaries equal the ledger");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->callback([options, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) {
            auto report = verifyStore(s.store, s.config.policy.largestEntry);
            if (!report) return reportError(report.error());
            if (s.json) {
                printJson({{"ok", report->ok()},
                           {"integrity_problems", report->integrityProblems},
                           {"patients_checked", report->patientsChecked},
                           {"entries_checked", report->entriesChecked},
                           {"mismatches", report->mismatches}});
            } else {
                for (const auto& p : report->integrityProblems)
                    std::cout << "integrity: " << p << "\n";
                for (const auto& m : report->mismatches) std::cout << "mismatch: " << m << "\n";
                std::cout << (report->ok() ? "OK" : "PROBLEMS FOUND") << ": "
                          << report->patientsChecked << " patients, " << report->entriesChecked
                          << " ledger entries checked.\n";
            }
            return report->ok() ? kExitOk : kExitProblems;
        });
    });
}

void printWhatIf(const PolicyComparison& c, const Policy& current, const Policy& candidate) {
    std::printf("What-if as of %s: the policy in force beside the candidate\n\n",
                c.asOf.iso().c_str());
    const auto now = policySettings(current);
    const auto then = policySettings(candidate);
    for (std::size_t i = 0; i < now.size(); ++i)
        if (now[i].second != then[i].second)
            std::printf("  %-38s %12s -> %s\n", now[i].first.c_str(), now[i].second.c_str(),
                        then[i].second.c_str());
    std::printf("\n%-38s %14s %14s\n", "", "current", "candidate");
    const auto count = [](const char* what, std::size_t a, std::size_t b) {
        std::printf("%-38s %14zu %14zu\n", what, a, b);
    };
    const auto money = [](const char* what, Cents a, Cents b) {
        std::printf("%-38s %14s %14s\n", what, formatMoney(a).c_str(), formatMoney(b).c_str());
    };
    count("write-off eligible (accounts)", c.current.writeoffAccounts,
          c.candidate.writeoffAccounts);
    money("write-off eligible (amount)", c.current.writeoffTotal, c.candidate.writeoffTotal);
    count("statements to send", c.current.statements.statementCount,
          c.candidate.statements.statementCount);
    money("statements' cost", c.current.statementCost, c.candidate.statementCost);
    money("owed on them", c.current.statements.statementTotal,
          c.candidate.statements.statementTotal);
    count("patients prompted at the desk", c.current.promptedPatients,
          c.candidate.promptedPatients);
    std::set<PromptState> states;
    for (const auto& [state, n] : c.current.promptStates) states.insert(state);
    for (const auto& [state, n] : c.candidate.promptStates) states.insert(state);
    const auto of = [](const std::map<PromptState, std::size_t>& m, PromptState s) {
        const auto it = m.find(s);
        return it == m.end() ? std::size_t{0} : it->second;
    };
    for (const PromptState state : states)
        count(("  " + std::string(toString(state))).c_str(), of(c.current.promptStates, state),
              of(c.candidate.promptStates, state));
    std::printf("\n%zu credit accounts change state.\n", c.creditsChangingState);
}

void addWhatIf(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto settings = std::make_shared<std::vector<std::string>>();
    auto* cmd = app.add_subcommand(
        "whatif", "What a candidate policy would write off, mail and prompt, beside today's");
    addCommonOptions(*cmd, *options, {.json = true});
    cmd->add_option("--set", *settings, "KEY=VALUE of policy.toml, e.g. writeoff.max=9.99")
        ->required();
    cmd->callback([options, settings, &exitCode] {
        exitCode = withSession(*options, [&](Session& s) {
            const Policy& current = s.config.policy;
            auto candidate = policyWith(current, *settings);
            if (!candidate) return reportError(candidate.error());
            auto whatIf = PolicyWhatIf::read(s.store, s.asOf);
            if (!whatIf) return reportError(whatIf.error());
            auto c = whatIf->compare(current, *candidate);
            if (!c) return reportError(c.error());
            if (s.json) {
                printJson(whatIfJson(*c, current, *candidate));
            } else {
                printWhatIf(*c, current, *candidate);
            }
            return kExitOk;
        });
    });
}

}  // namespace

void addRunCommands(CLI::App& app, int& exitCode) {
    addWriteoffs(app, exitCode);
    addStatements(app, exitCode);
    addReport(app, exitCode);
    addWhatIf(app, exitCode);
    addVerify(app, exitCode);
}

}  // namespace frontdesk::cli
