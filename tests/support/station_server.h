#pragma once

// A real frontdesk-server process on a clinic's database, on a free loopback port, for the
// tests of the stations that use it (the kiosk's and the desk's remote backends, the server's
// own tests): started, enrolled at as a station of some role, stopped and started again.

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/domain/date.h"
#include "frontdesk/station/station_client.h"
#include "processes.h"

namespace frontdesk::test {

class StationServer {
public:
    // Starts `frontdesk-server --db DB --listen 127.0.0.1:PORT --as-of AS_OF --no-ehr-auth`
    // (and `extra`), its output in `folder`/server.log, and waits until it answers /healthz.
    StationServer(std::filesystem::path db, Date asOf, std::filesystem::path folder,
                  std::vector<std::string> extra = {});
    ~StationServer();
    StationServer(const StationServer&) = delete;
    StationServer& operator=(const StationServer&) = delete;

    std::string url() const;  // "http://127.0.0.1:PORT"
    // Adds the station in the database, enrolls it over HTTP (the stations' own client) and
    // writes its credential to `folder`/NAME.json (0600); the file's path.
    // `extension`: the station's phone extension (frontdesk station add --extension).
    std::filesystem::path enroll(const std::string& name, StationRole role,
                                 const std::string& extension = {});
    // A station enrolled (as enroll) and a client on its credential: 2 s to connect,
    // `timeout` for a request (a long poll's wait needs more).
    StationClient client(const std::string& name, StationRole role,
                         const std::string& extension = {},
                         std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Kills the process (SIGKILL: as a crash or a pulled cable) / starts it again on the
    // same port.
    void kill();
    void start();
    // Asks it to end (SIGTERM), as systemd does; kills it after `limit`. How it ended.
    reliability::Ending terminate(std::chrono::milliseconds limit);
    std::string log() const;

private:
    std::filesystem::path m_db;
    Date m_asOf;
    std::filesystem::path m_folder;
    std::vector<std::string> m_extra;
    int m_port = -1;
    int m_starts = 0;
    std::unique_ptr<reliability::Process> m_process;
};

}  // namespace frontdesk::test
