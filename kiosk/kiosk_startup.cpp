#include "kiosk_startup.h"

#include <QStandardPaths>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/station/station_client.h"

namespace frontdesk::kiosk {
namespace {

std::string withoutTrailingSlash(std::string url) {
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

void addKioskOptions(app::CommandLine& line) {
    line.addAsOf("The date to check in for, YYYY-MM-DD.");
    line.addOption({"fullscreen", "Fill the screen."});
    line.addOption({"kiosk-id", "This kiosk's id in the audit trail.", "id", "kiosk-1"});
    line.addOption({"server",
                    "Check in on the clinic server at URL (https://, or http:// to a loopback "
                    "address) instead of a database file.",
                    "url"});
    line.addOption({"enroll",
                    "Enroll this kiosk at --server with the code of "
                    "'frontdesk station add NAME --role kiosk' first.",
                    "code"});
    line.addOption({"credential", "Where the kiosk's credential is kept.", "file",
                    QString::fromStdString(defaultKioskCredential())});
    line.addOption({"ca-file", "The CA certificates (PEM) to trust for --server.", "file"});
}

}  // namespace

std::string defaultKioskCredential() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).toStdString() +
           "/frontdesk/kiosk-credential.json";
}

Result<KioskStartup> parseKioskArguments(const QStringList& arguments) {
    app::CommandLine line("Front Desk check-in kiosk");
    addKioskOptions(line);
    if (auto parsed = line.parse(arguments); !parsed) return tl::unexpected(parsed.error());
    KioskStartup startup;
    if (line.helpAsked()) {
        startup.usage = line.usage();
        return startup;
    }
    auto common = line.common();
    if (!common) return tl::unexpected(common.error());
    startup.common = std::move(*common);
    startup.kioskId = app::toStdString(line.value("kiosk-id"));
    startup.fullscreen = line.isSet("fullscreen");
    startup.serverUrl = withoutTrailingSlash(app::toStdString(line.value("server")));
    startup.enrollmentCode = app::toStdString(line.value("enroll"));
    startup.credentialPath = app::toStdString(line.value("credential"));
    startup.caFile = app::toStdString(line.value("ca-file"));
    if (startup.serverUrl.empty() && (line.isSet("enroll") || line.isSet("ca-file")))
        return fail(ErrorCode::BadInput, "--enroll and --ca-file need --server URL");
    if (!startup.serverUrl.empty() && !startup.common.builtInDemo)
        return fail(ErrorCode::BadInput,
                    "--server and --db: the kiosk checks in on one or the other");
    return startup;
}

Result<void> connectKiosk(const KioskStartup& startup) {
    if (startup.serverUrl.empty()) return {};
    if (!startup.enrollmentCode.empty()) {
        auto credential = enrollAt(startup.serverUrl, startup.enrollmentCode, startup.caFile);
        if (!credential) return tl::unexpected(credential.error());
        if (credential->role != StationRole::Kiosk)
            return fail(ErrorCode::BadInput, "the code enrolls a " +
                                                 std::string(toString(credential->role)) +
                                                 " station, not a kiosk");
        return writeCredential(startup.credentialPath, *credential);
    }
    auto credential = readCredential(startup.credentialPath);
    if (!credential)
        return fail(
            ErrorCode::BadInput,
            credential.error().message + ": enroll the kiosk first (--server URL --enroll CODE)");
    if (withoutTrailingSlash(credential->server) != startup.serverUrl)
        return fail(ErrorCode::BadInput, "this kiosk is enrolled at " + credential->server +
                                             ", not at " + startup.serverUrl +
                                             ": enroll it there (--enroll CODE)");
    if (credential->role != StationRole::Kiosk)
        return fail(ErrorCode::BadInput, startup.credentialPath + " is a " +
                                             std::string(toString(credential->role)) +
                                             " station's credential, not a kiosk's");
    return {};
}

}  // namespace frontdesk::kiosk
