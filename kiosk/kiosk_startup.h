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

}  // namespace frontdesk::kiosk
