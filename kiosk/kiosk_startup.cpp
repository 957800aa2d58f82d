#include "kiosk_startup.h"

#include <array>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/station/station_client.h"

namespace frontdesk::kiosk {
namespace {

void addKioskOptions(app::CommandLine& line) {
    line.addAsOf("The date to check in for, YYYY-MM-DD.");
    line.addOption({"fullscreen", "Fill the screen."});
    line.addOption({"kiosk-id", "This kiosk's id in the audit trail.", "id", "kiosk-1"});
    app::addStationOptions(line, "kiosk", defaultKioskCredential());
}

}  // namespace

std::string defaultKioskCredential() {
    return app::defaultCredentialPath("kiosk-credential.json");
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
    auto server = app::stationConnection(line, startup.common);
    if (!server) return tl::unexpected(server.error());
    startup.server = std::move(*server);
    return startup;
}

Result<void> connectKiosk(const KioskStartup& startup) {
    constexpr std::array kRoles{StationRole::Kiosk};
    return app::connectStation(startup.server, kRoles, "kiosk");
}

}  // namespace frontdesk::kiosk
