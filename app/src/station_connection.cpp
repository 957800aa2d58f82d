#include "frontdesk/app/station_connection.h"

#include <QStandardPaths>

#include <algorithm>

#include "frontdesk/app/qt_text.h"
#include "frontdesk/station/station_client.h"

namespace frontdesk::app {
namespace {

std::string withoutTrailingSlash(std::string url) {
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

Result<void> checkRole(StationRole role, std::span<const StationRole> roles,
                       const std::string& what, const std::string& station) {
    if (std::find(roles.begin(), roles.end(), role) != roles.end()) return {};
    return fail(ErrorCode::BadInput,
                what + " a " + std::string(toString(role)) + " station, not a " + station);
}

}  // namespace

std::string defaultCredentialPath(const std::string& fileName) {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).toStdString() +
           "/frontdesk/" + fileName;
}

void addStationOptions(CommandLine& line, const QString& station,
                       const std::string& defaultCredential) {
    line.addOption({"server",
                    "Work on the clinic server at URL (https://, or http:// to a loopback "
                    "address) instead of a database file.",
                    "url"});
    line.addOption({"enroll",
                    QStringLiteral("Enroll this %1 at --server with the code of "
                                   "'frontdesk station add NAME --role %1' first.")
                        .arg(station),
                    "code"});
    line.addOption({"credential", QStringLiteral("Where the %1's credential is kept.").arg(station),
                    "file", QString::fromStdString(defaultCredential)});
    line.addOption({"ca-file", "The CA certificates (PEM) to trust for --server.", "file"});
}

Result<StationConnection> stationConnection(const CommandLine& line, const CommonOptions& common) {
    StationConnection c;
    c.serverUrl = withoutTrailingSlash(toStdString(line.value("server")));
    c.enrollmentCode = toStdString(line.value("enroll"));
    c.credentialPath = toStdString(line.value("credential"));
    c.caFile = toStdString(line.value("ca-file"));
    if (c.serverUrl.empty() && (line.isSet("enroll") || line.isSet("ca-file")))
        return fail(ErrorCode::BadInput, "--enroll and --ca-file need --server URL");
    if (!c.serverUrl.empty() && !common.builtInDemo)
        return fail(ErrorCode::BadInput, "--server and --db: work on one or the other");
    return c;
}

Result<void> connectStation(const StationConnection& c, std::span<const StationRole> roles,
                            const std::string& station) {
    if (c.serverUrl.empty()) return {};
    if (!c.enrollmentCode.empty()) {
        auto credential = enrollAt(c.serverUrl, c.enrollmentCode, c.caFile);
        if (!credential) return tl::unexpected(credential.error());
        if (auto ok = checkRole(credential->role, roles, "the code enrolls", station); !ok)
            return ok;
        return writeCredential(c.credentialPath, *credential);
    }
    auto credential = readCredential(c.credentialPath);
    if (!credential)
        return fail(ErrorCode::BadInput, credential.error().message + ": enroll the " + station +
                                             " first (--server URL --enroll CODE)");
    if (withoutTrailingSlash(credential->server) != c.serverUrl)
        return fail(ErrorCode::BadInput, "this " + station + " is enrolled at " +
                                             credential->server + ", not at " + c.serverUrl +
                                             ": enroll it there (--enroll CODE)");
    return checkRole(credential->role, roles, c.credentialPath + " is the credential of", station);
}

}  // namespace frontdesk::app
