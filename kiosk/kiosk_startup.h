#pragma once

#include <QStringList>

#include "frontdesk/app/command_line.h"
#include "kiosk_session.h"

namespace frontdesk::kiosk {

struct KioskStartup {
    app::CommonOptions common;  // --db, --config, --as-of
    std::string kioskId = "kiosk-1";
    bool fullscreen = false;
    // --server URL: check-in runs on the clinic server; --enroll CODE enrolls this kiosk there
    // first. The credential is kept in credentialPath (--credential, default
    // defaultKioskCredential()); caFile: --ca-file.
    std::string serverUrl;
    std::string enrollmentCode;
    std::string credentialPath;
    std::string caFile;
    QString usage;  // --help: the text to print; nothing else is read or made

    // What the kiosk session is opened with (the server's credential once connectKiosk has
    // checked or made it).
    KioskOptions sessionOptions() const {
        KioskOptions options{common.dbPath, common.config, common.asOf, kioskId};
        if (!serverUrl.empty()) options.server = KioskServer{credentialPath, caFile};
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

// With --server: enrolls the kiosk when a code was given (the credential written 0600 in a
// 0700 folder), else checks that the kiosk's credential is for that server. BadInput for a
// refused code or a credential of another server; Storage when the server cannot be reached
// to enroll. Nothing to do without --server.
Result<void> connectKiosk(const KioskStartup& startup);

}  // namespace frontdesk::kiosk
