#pragma once

#include <QStringList>

#include "kiosk_session.h"

namespace frontdesk::kiosk {

struct KioskStartup {
    KioskOptions options;
    bool fullscreen = false;
    bool builtInDemo = false;  // no --db: the demo clinic in the user's data folder
    QString usage;             // --help: the text to print; nothing else is read or made
};

// Reads `frontdesk-kiosk [--db PATH] [--config PATH] [--as-of DATE] [--fullscreen]
// [--kiosk-id ID]` (or --help). Needs no QCoreApplication, so that --help can be answered
// before anything starts. Fails with BadInput naming the option for a bad date or config.
Result<KioskStartup> parseKioskArguments(const QStringList& arguments);

}  // namespace frontdesk::kiosk
