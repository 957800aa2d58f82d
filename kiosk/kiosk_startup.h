#pragma once

#include <QStringList>

#include "frontdesk/app/command_line.h"
#include "kiosk_session.h"

namespace frontdesk::kiosk {

struct KioskStartup {
    app::CommonOptions common;  // --db, --config, --as-of
    std::string kioskId = "kiosk-1";
    bool fullscreen = false;
    QString usage;  // --help: the text to print; nothing else is read or made

    // What the kiosk session is opened with.
    KioskOptions sessionOptions() const {
        return KioskOptions{common.dbPath, common.config, common.asOf, kioskId};
    }
};

// Reads `frontdesk-kiosk [--db PATH] [--config PATH] [--as-of DATE] [--fullscreen]
// [--kiosk-id ID]` (or --help). Needs no QCoreApplication, so that --help can be answered
// before anything starts. Fails with BadInput naming the option for a bad date or config.
Result<KioskStartup> parseKioskArguments(const QStringList& arguments);

}  // namespace frontdesk::kiosk
