#pragma once

#include <QStringList>

#include "frontdesk/app/command_line.h"
#include "frontdesk/app/station_connection.h"
#include "prompt_backend.h"

namespace frontdesk::desk {

struct DeskStartup {
    app::CommonOptions common;  // --db, --config, --as-of
    QString staffId;
    int callPort = 7010;  // 0: no call endpoint
    QString language = "en";
    // --server URL: the desk works on the clinic server; --enroll CODE enrolls it there first.
    // The credential is kept in --credential (default defaultDeskCredential()).
    app::StationConnection server;
    QString usage;  // --help: the text to print; nothing else is read or made
    // "Save as a new policy file" writes here: the --config file's folder; empty without
    // --config (the program then uses the database's).
    QString policyFolder;
    // --export-report FILE.pdf [--from DATE] [--to DATE]: write the manager's report (default
    // the last 12 months) and exit, without a window.
    QString exportReport;
    QString reportFrom, reportTo;
};

// Reads `frontdesk-desk [--db PATH | --server URL [--enroll CODE] [--credential FILE]
// [--ca-file FILE]] [--config PATH] [--staff ID] [--as-of DATE] [--call-port PORT]
// [--language en|es|ro] [--export-report FILE.pdf [--from DATE] [--to DATE]]` (or --help). Needs no
// QCoreApplication, so that --help can be answered before anything starts. Fails with BadInput
// naming the option.
Result<DeskStartup> parseDeskArguments(const QStringList& arguments);

// $XDG_CONFIG_HOME/frontdesk/desk-credential.json (~/.config when it is not set).
std::string defaultDeskCredential();

// The desk's clinic: the database (--db, or the built-in demo), or with --server the clinic
// server as an enrolled desk, phone or admin station (enrolled first with --enroll). BadInput
// for a refused code or credential; Storage when the server cannot be reached.
Result<std::unique_ptr<ui::PromptBackend>> openDeskBackend(const DeskStartup& startup);

}  // namespace frontdesk::desk
