#pragma once

// A station's side of the clinic server (docs/station-api.md): its credential file and its
// requests, over libcurl (frontdesk/fhir/http.h): keep-alive, TLS verification always on, a CA
// file for the clinic's own certificate authority, plain HTTP only to a loopback address.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "frontdesk/domain/error.h"
#include "frontdesk/station/stations.h"

namespace frontdesk {

// What `frontdesk enroll` writes and every station program reads: JSON
// {"server", "station", "role", "token"}, mode 0600 in a 0700 folder.
struct StationCredentialFile {
    std::string server;  // "https://frontdesk.clinic.lan:8443"
    std::string station;
    StationRole role = StationRole::Desk;
    std::string token;
};
// BadInput naming the file and what is wrong with it (the token is never quoted).
Result<StationCredentialFile> readCredential(const std::filesystem::path& path);
// Written whole (a temporary file renamed into place), 0600, its folder made 0700 if new.
Result<void> writeCredential(const std::filesystem::path& path,
                             const StationCredentialFile& credential);

struct StationClientOptions {
    std::string server;  // the server's base URL
    std::string token;   // empty: no credential (enrollment)
    std::string caFile;  // a PEM bundle of the CAs to trust instead of the system's
    std::chrono::milliseconds connectTimeout{3'000};
    std::chrono::milliseconds requestTimeout{10'000};
    std::shared_ptr<const std::atomic<bool>> cancel{};  // HttpClientOptions::cancel
};

// A server's answer, for a caller that tells the statuses apart itself (the kiosk's identify
// answers 200, 404 or 429 and each is a normal outcome).
// (clang-tidy 14 follows the implicit noexcept move into nlohmann::json's internals.)
// NOLINTNEXTLINE(bugprone-exception-escape)
struct StationReply {
    long status = 0;
    nlohmann::json body = nullptr;  // null when empty; discarded (is_discarded()) when not JSON
    std::string reason;             // an error body's "message" (or "error"), else "HTTP <status>"
    long retryAfterS = 0;           // a 429's Retry-After
};

// The errors of a request, as the command line's exit codes want them:
//   Storage      the server cannot be reached (or cannot reach its database): exit 3
//   BadInput     the credential is refused (401) or the role may not (403), or the request
//                is wrong (400): the server's reason
//   NotFound     404;  Conflict  409
// stationError gives the one of an answer that is not a success.
Error stationError(const StationReply& reply);
class StationClient {
public:
    static Result<StationClient> create(StationClientOptions options);
    StationClient(StationClient&&) noexcept;
    StationClient& operator=(StationClient&&) noexcept;
    ~StationClient();

    // GET of a path with its query ("/v1/worklist?date=2026-03-16"); the 2xx body.
    Result<nlohmann::json> get(const std::string& target);
    // POST of a JSON body. A write carries a fresh Idempotency-Key and is sent again with the
    // same key (at most twice more) when the connection fails before an answer, so that it is
    // recorded once; when no answer came at all, Storage says the write was not confirmed.
    Result<nlohmann::json> post(const std::string& target, const nlohmann::json& body, bool write);
    Result<void> remove(const std::string& target);
    // Any answer of the server (method "GET", "POST" or "DELETE"; body null for none); a write
    // is retried as post() says. Storage only when no answer came.
    Result<StationReply> call(const std::string& method, const std::string& target,
                              const nlohmann::json& body, bool write);

    const std::string& server() const;

private:
    struct Impl;
    explicit StationClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Text for a path segment or a query value: every byte but letters, digits and "-._~" as %XX.
std::string urlEncoded(std::string_view text);

// Exchanges a one-time enrollment code for the station's credential at the server.
// BadInput when the server refuses the code (wrong, used or expired).
Result<StationCredentialFile> enrollAt(const std::string& server, const std::string& code,
                                       const std::string& caFile);

}  // namespace frontdesk
