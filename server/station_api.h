#pragma once

// The clinic server's station API (docs/station-api.md): enrollment, the kiosk's check-in
// flow, and the desk's and phone staff's worklist, prompts and reminders, each allowed to the
// roles the server enforces. Every other path (/healthz, /cds-services...) goes to the CDS
// Hooks routes on the same port.

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "frontdesk/config/config.h"
#include "frontdesk/station/stations.h"
#include "frontdesk/store/store.h"
#include "http_handler.h"
#include "http_server.h"

namespace frontdesk::server {

using hooks::HttpHandler;
using hooks::HttpRequest;
using hooks::HttpResponse;
using hooks::RoutedResponse;

// The server's clock: seconds since 1970 UTC (codes, lock-outs, handles). Tests give their own.
using Clock = std::function<UnixSeconds()>;

struct StationApiOptions {
    std::string dbPath;
    Config config;
    std::optional<Date> asOf;  // fixed date (tests, demos); otherwise today in the clinic
    Clock clock = systemNow;
    // Called after a kiosk's check-in is stored (from the request's thread): the program pokes
    // its CheckinPusher, so that the EHR hears of it within seconds. Empty: nothing to tell.
    std::function<void()> checkedIn{};
    // How often the database is looked at for GET /v1/changes.
    std::chrono::milliseconds changePoll{100};
};

class StationApi : public HttpHandler {
public:
    // `others` answers every request outside /v1/ (the CDS Hooks routes).
    StationApi(StationApiOptions options, std::shared_ptr<const HttpHandler> others);
    ~StationApi() override;

    // Never throws: a failure is a 500 (a database that cannot be reached: 503).
    RoutedResponse answer(const HttpRequest& request) const override;
    // Answers the stations' waiting change polls (GET /v1/changes) now.
    void stopWaiting() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace frontdesk::server
