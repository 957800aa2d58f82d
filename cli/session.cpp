#include "session.h"

#include "frontdesk/store/private_files.h"

#include "frontdesk/config/paths.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace frontdesk::cli {

void addCommonOptions(CLI::App& command, CommonOptions& options, CommonFlags flags) {
    command.add_option("--db", options.db,
                       "Database file (default: " + defaultDatabasePath() + ")");
    command.add_option("--config", options.config,
                       "Policy file (policy.toml; clinic.toml is read beside it). "
                       "Without one the documented defaults apply");
    command.add_option("--as-of", options.asOf,
                       "The date to answer for, YYYY-MM-DD (default: today in the clinic)");
    if (flags.json) command.add_flag("--json", options.json, "Print JSON");
    if (flags.staff)
        command.add_option("--staff", options.staff, "Who is asking, for the audit trail")
            ->capture_default_str();
    if (flags.remote) {
        command.add_option("--server", options.server,
                           "The clinic server's URL, to run as an enrolled station instead of "
                           "on --db (default: the credential's)");
        command.add_option("--credential", options.credential,
                           "The station's credential file (written by frontdesk enroll)");
        command.add_option("--ca-file", options.caFile,
                           "PEM file of the CA that signed the server's certificate");
    }
}

bool isRemote(const CommonOptions& options) {
    return !options.server.empty() || !options.credential.empty();
}

Result<RemoteSession> openRemote(const CommonOptions& options) {
    if (!options.db.empty())
        return fail(ErrorCode::BadInput, "--db and --server: a command reads one or the other");
    if (options.credential.empty())
        return fail(ErrorCode::BadInput,
                    "--server needs --credential FILE (frontdesk enroll writes it)");
    auto credential = readCredential(options.credential);
    if (!credential) return tl::unexpected(credential.error());
    auto asOf = parseAsOf(options.asOf);
    if (!asOf) return tl::unexpected(asOf.error());
    auto client =
        StationClient::create({options.server.empty() ? credential->server : options.server,
                               credential->token, options.caFile});
    if (!client) return tl::unexpected(client.error());
    return RemoteSession{std::move(*client), *asOf, options.staff, options.json};
}

Result<std::optional<Date>> parseAsOf(const std::string& text) {
    if (text.empty()) return std::optional<Date>();
    auto parsed = parseDateOption("--as-of", text);
    if (!parsed) return tl::unexpected(parsed.error());
    return std::optional<Date>(*parsed);
}

Result<Date> parseDateOption(const std::string& option, const std::string& text) {
    auto parsed = parseDate(text);
    if (!parsed) return fail(ErrorCode::BadInput, option + ": " + parsed.error().message);
    return *parsed;
}

Result<Channel> parseChannelOption(const std::string& option, const std::string& text) {
    const auto channel = parseChannel(text);
    if (!channel)
        return fail(ErrorCode::BadInput, option + " '" + text + "' is not kiosk, desk or phone");
    return *channel;
}

Result<Language> parseLanguageOption(const std::string& text) {
    const auto language = parseLanguage(text);
    if (!language) return fail(ErrorCode::BadInput, "--lang '" + text + "' is not en, es or ro");
    return *language;
}

Result<SessionSettings> readSettings(const CommonOptions& options) {
    auto config = loadConfig(options.config);
    if (!config) return tl::unexpected(config.error());
    const auto fixed = parseAsOf(options.asOf);
    if (!fixed) return tl::unexpected(fixed.error());
    const Date asOf = asOfOrToday(*fixed, config->clinic.timeZone);
    return SessionSettings{std::move(*config), asOf,
                           options.db.empty() ? defaultDatabasePath() : options.db};
}

Result<Session> openSession(const CommonOptions& options) {
    auto settings = readSettings(options);
    if (!settings) return tl::unexpected(settings.error());
    const std::string& path = settings->dbPath;
    makePrivateFolders(std::filesystem::path(path).parent_path());  // Store::open says why not
    auto store = Store::open(path);
    if (!store) return tl::unexpected(store.error());
    store->setLargestEntry(settings->config.policy.largestEntry);
    return Session{std::move(settings->config),
                   std::move(*store),
                   settings->asOf,
                   options.staff,
                   options.json,
                   path};
}

int reportError(const Error& error) {
    std::cerr << "frontdesk: " << error.message << "\n";
    switch (error.code) {
        case ErrorCode::Storage:
        case ErrorCode::Unsupported:
            return kExitStorage;
        case ErrorCode::BadInput:
        case ErrorCode::NotFound:
        case ErrorCode::Conflict:
            break;
    }
    return kExitBadInput;
}

void printJson(const nlohmann::json& value) {
    std::cout << value.dump(2) << "\n";
}

// Pads or cuts text to a width in characters (not bytes), for names with accents.
std::string column(const std::string& text, std::size_t width) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (starts && chars == width) break;
        chars += starts;
        out += text[i];
    }
    return out + std::string(width - chars, ' ');
}

}  // namespace frontdesk::cli
