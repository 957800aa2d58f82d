#include "kiosk_startup.h"

#include "frontdesk/app/qt_text.h"

namespace frontdesk::kiosk {

Result<KioskStartup> parseKioskArguments(const QStringList& arguments) {
    app::CommandLine line("Front Desk check-in kiosk");
    line.addAsOf("The date to check in for, YYYY-MM-DD.");
    line.addOption({"fullscreen", "Fill the screen."});
    line.addOption({"kiosk-id", "This kiosk's id in the audit trail.", "id", "kiosk-1"});
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
    return startup;
}

}  // namespace frontdesk::kiosk
