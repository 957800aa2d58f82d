#pragma once

#include <QStringList>

#include "frontdesk/app/command_line.h"
#include "frontdesk/app/station_connection.h"
#include "kiosk_session.h"

namespace frontdesk::kiosk {

struct KioskStartup {
    app::CommonOptions common;  // --db, --config, --as-of
    std::string kioskId = "kiosk-1";
    bool fullscreen = false;
    // --server URL: check-in runs on the clinic server; --enroll CODE enrolls this kiosk there
    // first. The credential is kept in --credential (default defaultKioskCredential()).
    app::StationConnection server;
    QString usage;  // --help: the text to print; nothing else is read or made

    // What the kiosk session is opened with (the server's credential once connectKiosk has
    // checked or made it).
    KioskOptions sessionOptions() const {
        KioskOptions options{common.dbPath, common.config, common.asOf, kioskId};
        if (!server.serverUrl.empty())
            options.server = KioskServer{server.credentialPath, server.caFile};
        return options;
    }
};

// Reads `frontdesk-kiosk [--db PATH | --server URL [--enroll CODE] [--credential FILE]
// [--ca-file FILE]] [--config PATH] [--as-of DATE] [--fullscreen] [--kiosk-id ID]` (or --help).
// Needs no QCoreApplication, so that --help can be answered before anything starts. Fails with
// BadInput naming the option for a bad date or config, or options that do not go together.
Result<KioskStartup> parseKioskArguments(const QStringList& arguments);

// $XDG_CONFIG_HOME/frontdesk/kiosk-credential.json (~/.config when it is not set).
std::string defaultKioskCredential();

// With --server: app::connectStation for a kiosk station.
Result<void> connectKiosk(const KioskStartup& startup);

}  // namespace frontdesk::kiosk
