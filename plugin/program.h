#pragma once

// What the two programs that serve HTTP share (frontdesk-hooks, frontdesk-server): the token
// check of the EHR's calls, the transport's settings from hooks.toml, and serving until
// SIGTERM or SIGINT.

#include <csignal>
#include <string>
#include <utility>

#include "frontdesk/config/config.h"
#include "http_router.h"
#include "http_server.h"
#include "jwt_verifier.h"

namespace frontdesk::hooks {

// The JWT check of the EHR's CDS Hooks calls (hooks.toml), or none when `noAuth`, which is
// said loudly through `log` ("WARNING: <flag> is on: ..."): it is for local demos. The token
// ids already used are kept in the database at `dbPath`, so that a token is taken once by all
// the processes on it.
Result<Authenticate> ehrAuthentication(bool noAuth, const std::string& flag,
                                       const HooksSettings& hooks, const std::string& dbPath,
                                       const LogLine& log);

// The EHR's token ids kept in the clinic's database (Store::firstUseOfToken), through one
// connection per thread: a SQLite connection is never shared by threads.
TokenIds tokenIdsIn(std::string dbPath);

// The transport's settings from hooks.toml for the listen address; the limits of headers,
// bodies and connections are the transport's defaults (docs/cds-hooks.md).
HttpOptions httpOptionsOf(const HooksSettings& hooks, const std::pair<std::string, int>& listen,
                          LogLine log);

// Serves until SIGTERM or SIGINT (blocked in every thread by the caller before any thread
// starts), which one watcher thread takes with sigwait; logs "listening on <where>" once the
// watcher is there to take them.
void serveUntilSignal(HttpServer& server, const sigset_t& signals, const std::string& where,
                      const LogLine& log);

}  // namespace frontdesk::hooks
