#include "desk_startup.h"

#include <QFileInfo>

#include <array>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/station/remote_clinic_data.h"

namespace frontdesk::desk {

namespace {

// The desk's own options, in the order --help lists them among the common ones.
void addDeskOptions(app::CommandLine& line) {
    line.addOption({"staff",
                    "Your staff id, recorded with every lookup and outcome "
                    "(default: the login name).",
                    "id"});
    line.addAsOf("The date the prompts are for, YYYY-MM-DD.");
    line.addOption(
        {"call-port", "Listen for call webhooks on 127.0.0.1:PORT (0: off).", "port", "7010"});
    line.addLanguage();
    line.addOption({"export-report",
                    "Write the manager's report as a PDF to FILE and exit (no window; on the "
                    "database, or through the server with an admin station's credential).",
                    "file"});
    line.addOption(
        {"from", "The report's first day, YYYY-MM-DD (default: 11 months back, the 1st).", "date"});
    line.addOption({"to", "The report's last day, YYYY-MM-DD (default: today).", "date"});
    app::addStationOptions(line, "desk", defaultDeskCredential());
}

// The export's options: a period needs the export.
Result<void> readExport(const app::CommandLine& line, DeskStartup& startup) {
    startup.exportReport = line.value("export-report");
    startup.reportFrom = line.value("from");
    startup.reportTo = line.value("to");
    if (startup.exportReport.isEmpty() && (line.isSet("from") || line.isSet("to")))
        return fail(ErrorCode::BadInput, "--from and --to: only with --export-report");
    return {};
}

Result<int> callPort(const QString& text) {
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(ErrorCode::BadInput, "--call-port: '" + app::toStdString(text) +
                                             "' is not a port number (0 to 65535)");
    return port;
}

}  // namespace

Result<DeskStartup> parseDeskArguments(const QStringList& arguments) {
    app::CommandLine line("Front Desk desk and phone panel");
    addDeskOptions(line);
    if (auto parsed = line.parse(arguments); !parsed) return tl::unexpected(parsed.error());
    DeskStartup startup;
    if (line.helpAsked()) {
        startup.usage = line.usage();
        return startup;
    }
    auto common = line.common();
    if (!common) return tl::unexpected(common.error());
    startup.common = std::move(*common);
    auto port = callPort(line.value("call-port"));
    if (!port) return tl::unexpected(port.error());
    startup.callPort = *port;
    auto language = line.language();
    if (!language) return tl::unexpected(language.error());
    startup.language = *language;
    startup.staffId =
        line.isSet("staff") ? line.value("staff").trimmed() : qEnvironmentVariable("USER", "desk");
    if (startup.staffId.isEmpty()) return fail(ErrorCode::BadInput, "--staff: the id is empty");
    auto server = app::stationConnection(line, startup.common);
    if (!server) return tl::unexpected(server.error());
    startup.server = std::move(*server);
    if (!startup.server.serverUrl.empty() && startup.common.asOf)
        return fail(ErrorCode::BadInput, "--as-of and --server: the server's date is the desk's");
    if (auto ok = readExport(line, startup); !ok) return tl::unexpected(ok.error());
    if (line.isSet("config")) startup.policyFolder = QFileInfo(line.value("config")).absolutePath();
    return startup;
}

std::string defaultDeskCredential() {
    return app::defaultCredentialPath("desk-credential.json");
}

Result<std::unique_ptr<ui::PromptBackend>> openDeskBackend(const DeskStartup& startup) {
    const app::CommonOptions& common = startup.common;
    if (startup.server.serverUrl.empty())
        return ui::PromptBackend::open(common.dbPath, common.config, common.asOf, startup.staffId);
    constexpr std::array kRoles{StationRole::Desk, StationRole::Phone, StationRole::Admin};
    if (auto ok = app::connectStation(startup.server, kRoles, "desk"); !ok)
        return tl::unexpected(ok.error());
    auto clinic = connectClinicData({startup.server.credentialPath, startup.server.caFile});
    if (!clinic) return tl::unexpected(clinic.error());
    return ui::PromptBackend::create(std::move(*clinic), startup.staffId);
}

}  // namespace frontdesk::desk
