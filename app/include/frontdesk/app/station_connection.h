#pragma once

// How a Qt station program (the kiosk, the desk panel) reaches the clinic server instead of a
// database file: --server URL, --enroll CODE the first time, --credential FILE (kept in the
// user's XDG config folder by default) and --ca-file FILE; the same options and the same
// checks for both.

#include <QString>

#include <span>
#include <string>

#include "frontdesk/app/command_line.h"
#include "frontdesk/station/stations.h"

namespace frontdesk::app {

struct StationConnection {
    std::string serverUrl;  // empty: the program works on a database file
    std::string enrollmentCode;
    std::string credentialPath;
    std::string caFile;
};

// $XDG_CONFIG_HOME/frontdesk/<fileName> (~/.config when it is not set).
std::string defaultCredentialPath(const std::string& fileName);

// Adds --server, --enroll, --credential (defaulting to `defaultCredential`) and --ca-file;
// `station` names the program's station in --help ("kiosk", "desk").
void addStationOptions(CommandLine& line, const QString& station,
                       const std::string& defaultCredential);
// The options as given: BadInput when --enroll or --ca-file come without --server, or
// --server with --db (`common` read first).
Result<StationConnection> stationConnection(const CommandLine& line, const CommonOptions& common);

// With a server: enrolls the station when a code was given (the credential written 0600 in a
// 0700 folder), else checks that the credential is for that server. Either way its role must
// be one of `roles`. BadInput for a refused code, a credential of another server or role, or
// none; Storage when the server cannot be reached to enroll. Nothing to do without a server.
Result<void> connectStation(const StationConnection& connection, std::span<const StationRole> roles,
                            const std::string& station);

}  // namespace frontdesk::app
