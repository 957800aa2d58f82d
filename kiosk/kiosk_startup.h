#pragma once

#include <QStringList>

#include "kiosk_session.h"

namespace frontdesk::kiosk {

struct KioskStartup {
    KioskOptions options;
    bool fullscreen = false;
    bool builtInDemo = false;  // no --db: the demo clinic in the user's data folder
};

// Reads `frontdesk-kiosk [--db PATH] [--config PATH] [--as-of DATE] [--fullscreen]
// [--kiosk-id ID]`. Fails with BadInput naming the option for a bad date or config.
Result<KioskStartup> parseKioskArguments(const QStringList& arguments);

// The built-in demo clinic: $XDG_DATA_HOME/frontdesk/demo-clinic.db (or
// ~/.local/share/...). Built on first start, and again when it has no appointments on the
// date (a demo built on another day), so that there is always a day to check in for.
Result<void> prepareDemoClinic(const std::string& path, Date asOf);
std::string builtInDemoPath();

}  // namespace frontdesk::kiosk
