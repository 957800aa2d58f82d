// balance, prompt, worklist: the commands that read what a patient owes or is owed.
#include <cstdio>
#include <iostream>
#include <memory>

#include "frontdesk/domain/prompt_json.h"
#include "frontdesk/store/lookup.h"
#include "frontdesk/store/worklist_json.h"
#include "session.h"

namespace frontdesk::cli {
namespace {

std::string dateText(const std::optional<Date>& d) {
    return d ? d->iso() : "-";
}

void printFigures(const Prompt& p) {
    std::printf("MRN %s  as of %s\n", p.mrn.c_str(), p.asOf.iso().c_str());
    std::printf("  state               %s\n", std::string(toString(p.state)).c_str());
    std::printf("  patient balance     %s\n", formatMoney(p.balance).c_str());
    std::printf("  insurance pending   %s\n", formatMoney(p.insurancePending).c_str());
    std::printf("  family balance      %s\n", formatMoney(p.familyBalance).c_str());
    std::printf("  written off         %s (still collectable)\n",
                formatMoney(p.writtenOff).c_str());
    std::printf("  oldest open         %s (%d days)\n", dateText(p.oldestOpenOn).c_str(),
                p.ageDays);
    std::printf("  aging 0-30 %s | 31-60 %s | 61-90 %s | 91-120 %s | over 120 %s\n",
                formatMoney(p.aging.days0to30).c_str(), formatMoney(p.aging.days31to60).c_str(),
                formatMoney(p.aging.days61to90).c_str(), formatMoney(p.aging.days91to120).c_str(),
                formatMoney(p.aging.over120).c_str());
    std::printf("  reminders           %d since the balance opened", p.reminders);
    if (p.lastReminder)
        std::printf("; last %s by %s: %s", p.lastReminder->on.iso().c_str(),
                    std::string(toString(p.lastReminder->channel)).c_str(),
                    std::string(toString(p.lastReminder->outcome)).c_str());
    std::printf("\n");
    if (p.suppressedUntil)
        std::printf("  cooldown until      %s\n", p.suppressedUntil->iso().c_str());
    std::printf("  write-off eligible  %s\n", p.writeoffEligible ? "yes" : "no");
    if (p.refundDueBy) std::printf("  refund due by       %s\n", p.refundDueBy->iso().c_str());
}

struct PromptArgs {
    std::string mrn;
    std::string audience = "desk";
    std::string language = "en";
};

int printPrompt(const Result<Prompt>& prompt, bool json, bool figuresOnly) {
    if (!prompt) return reportError(prompt.error());
    if (json) {
        nlohmann::json out = promptToJson(*prompt);
        if (figuresOnly) out.erase("script");
        printJson(out);
        return kExitOk;
    }
    printFigures(*prompt);
    if (!figuresOnly && !prompt->script.empty()) std::printf("\n%s\n", prompt->script.c_str());
    return kExitOk;
}

int showPrompt(Session& s, const PromptArgs& a, bool figuresOnly) {
    const auto audience = parseChannelOption("--for", a.audience);
    if (!audience) return reportError(audience.error());
    const auto language = parseLanguageOption(a.language);
    if (!language) return reportError(language.error());
    BalanceLookup lookup(s.store, s.config.policy);
    return printPrompt(lookup.prompt(a.mrn, *audience, *language, s.asOf, s.staff), s.json,
                       figuresOnly);
}

// The same, asked of the clinic server as a station.
int showRemotePrompt(RemoteSession& s, const PromptArgs& a, bool figuresOnly) {
    if (const auto audience = parseChannelOption("--for", a.audience); !audience)
        return reportError(audience.error());
    if (const auto language = parseLanguageOption(a.language); !language)
        return reportError(language.error());
    std::string target = "/v1/patients/" + urlEncoded(a.mrn) +
                         "/prompt?for=" + urlEncoded(a.audience) +
                         "&lang=" + urlEncoded(a.language);
    if (s.asOf) target += "&as_of=" + s.asOf->iso();
    auto answer = s.client.get(target);
    if (!answer) return reportError(answer.error());
    return printPrompt(promptFromJson(*answer), s.json, figuresOnly);
}

void addBalance(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto args = std::make_shared<PromptArgs>();
    auto* cmd = app.add_subcommand("balance", "A patient's balance, aging and family total");
    addCommonOptions(*cmd, *options, {.json = true, .staff = true, .remote = true});
    cmd->add_option("mrn", args->mrn, "The patient's MRN")->required();
    cmd->callback([options, args, &exitCode] {
        exitCode = withLocalOrRemote(
            *options, [&](Session& s) { return showPrompt(s, *args, true); },
            [&](RemoteSession& s) { return showRemotePrompt(s, *args, true); });
    });
}

void addPrompt(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto args = std::make_shared<PromptArgs>();
    auto* cmd = app.add_subcommand("prompt", "What to tell or remind the patient today");
    addCommonOptions(*cmd, *options, {.json = true, .staff = true, .remote = true});
    cmd->add_option("mrn", args->mrn, "The patient's MRN")->required();
    cmd->add_option("--for", args->audience, "kiosk, desk or phone")->required();
    cmd->add_option("--lang", args->language, "en, es or ro")->capture_default_str();
    cmd->callback([options, args, &exitCode] {
        exitCode = withLocalOrRemote(
            *options, [&](Session& s) { return showPrompt(s, *args, false); },
            [&](RemoteSession& s) { return showRemotePrompt(s, *args, false); });
    });
}

std::string amountText(const Prompt& p) {
    if (p.state == PromptState::None) return "";
    const std::string amount = formatMoney(promptAmount(p), p.currency);
    return isCreditState(p.state) ? "credit " + amount : amount;
}

void printWorklist(const std::vector<BalanceLookup::WorklistRow>& rows, Date day) {
    std::size_t flagged = 0;
    std::printf("Worklist for %s: %zu appointments\n\n", day.iso().c_str(), rows.size());
    std::printf("%-5s  %-8s  %-24s  %-12s  %-10s  %-25s  %14s\n", "time", "MRN", "patient",
                "provider", "status", "prompt", "amount");
    for (const auto& row : rows) {
        const Appointment& a = row.appointment.appointment;
        const Prompt& p = row.prompt;
        const std::string name = row.appointment.familyName + ", " + row.appointment.givenName;
        flagged += p.state != PromptState::None;
        std::printf("%-5s  %-8s  %s  %-12s  %-10s  %-25s  %14s%s\n", a.start.substr(11).c_str(),
                    a.mrn.c_str(), column(name, 24).c_str(), a.provider.c_str(),
                    std::string(toString(a.status)).c_str(), std::string(toString(p.state)).c_str(),
                    amountText(p).c_str(), p.suppressedUntil ? "  (cooldown)" : "");
    }
    std::printf("\n%zu of %zu patients have something to mention.\n", flagged, rows.size());
}

// The day's worklist as `worklist` prints it.
int showWorklist(const std::vector<BalanceLookup::WorklistRow>& rows, Date day, bool json) {
    if (json) {
        printJson(worklistToJson(rows, day));
    } else {
        printWorklist(rows, day);
    }
    return kExitOk;
}

// worklist, on the database or as a station.
int worklist(const CommonOptions& options, const std::string& date, const std::string& language) {
    const auto lang = parseLanguageOption(language);
    if (!lang) return reportError(lang.error());
    const auto local = [&](Session& s) {
        const auto day = date.empty() ? Result<Date>(s.asOf) : parseDateOption("--date", date);
        if (!day) return reportError(day.error());
        BalanceLookup lookup(s.store, s.config.policy);
        auto rows = lookup.worklist(*day, *lang, s.asOf, s.staff);
        if (!rows) return reportError(rows.error());
        return showWorklist(*rows, *day, s.json);
    };
    const auto remote = [&](RemoteSession& s) {
        std::optional<Date> day = s.asOf;
        if (!date.empty()) {
            const auto parsed = parseDateOption("--date", date);
            if (!parsed) return reportError(parsed.error());
            day = *parsed;
        }
        std::string target = "/v1/worklist?lang=" + urlEncoded(language);
        if (day) target += "&date=" + day->iso();
        if (s.asOf) target += "&as_of=" + s.asOf->iso();
        auto answer = s.client.get(target);
        if (!answer) return reportError(answer.error());
        auto rows = worklistFromJson(*answer);
        if (!rows) return reportError(rows.error());
        const auto served = answer->find("date");
        const auto servedDay = served != answer->end() && served->is_string()
                                   ? parseDate(served->get<std::string>())
                                   : Result<Date>(fail(ErrorCode::Storage, ""));
        if (!servedDay)
            return reportError({ErrorCode::Storage, "the server's worklist has no date"});
        return showWorklist(*rows, *servedDay, s.json);
    };
    return withLocalOrRemote(options, local, remote);
}

void addWorklist(CLI::App& app, int& exitCode) {
    auto options = std::make_shared<CommonOptions>();
    auto date = std::make_shared<std::string>();
    auto language = std::make_shared<std::string>("en");
    auto* cmd = app.add_subcommand("worklist", "The day's appointments with each prompt");
    addCommonOptions(*cmd, *options, {.json = true, .staff = true, .remote = true});
    cmd->add_option("--date", *date, "The day, YYYY-MM-DD (default: the as-of date)");
    cmd->add_option("--lang", *language, "Language of the scripts: en, es or ro")
        ->capture_default_str();
    cmd->callback(
        [options, date, language, &exitCode] { exitCode = worklist(*options, *date, *language); });
}

}  // namespace

void addLookupCommands(CLI::App& app, int& exitCode) {
    addBalance(app, exitCode);
    addPrompt(app, exitCode);
    addWorklist(app, exitCode);
}

}  // namespace frontdesk::cli
