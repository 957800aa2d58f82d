#pragma once

// The stations of a clinic: kiosks, desks, phone staff, the phone system and admins, each on its
// own machine, reaching the clinic server (docs/station-api.md). A station is added with a role
// and gets a one-time enrollment code; the code is exchanged once for the station's credential,
// a bearer token. The store keeps only SHA-256 digests of codes and tokens.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "frontdesk/domain/vocabulary.h"

namespace frontdesk {

// What a station may do; the server enforces it (docs/station-api.md lists each endpoint's).
enum class StationRole { Kiosk, Desk, Phone, Pbx, Admin };
std::string_view toString(StationRole role);
std::optional<StationRole> parseStationRole(std::string_view text);

// Seconds since 1970-01-01 UTC: when codes expire, lock-outs end and handles lapse. Always
// given by the caller (the server's clock, a test's), never read inside the store.
using UnixSeconds = std::int64_t;

// The system clock in UnixSeconds: codes, tokens, lock-outs and handles (never a date that
// decides money; those come from --as-of).
UnixSeconds systemNow();

// How long an enrollment code can be used.
constexpr UnixSeconds kEnrollmentCodeLifetimeS = 24 * 3600;

// A call the phone system announced (GET /v1/pbx/calls): the caller's number as digits, the
// extension it rang ('' when the phone system did not say), and the station that extension is
// mapped to ('' for every desk and phone station).
struct CallEvent {
    std::int64_t id = 0;
    UnixSeconds at = 0;
    std::string callerDigits;
    std::string extension;
    std::string station;
};

struct Station {
    std::string name;
    StationRole role = StationRole::Desk;
    std::string location;
    std::string extension;  // its phone extension; '' none
    UnixSeconds createdAt = 0;
    std::optional<UnixSeconds> codeExpiresAt;  // an enrollment code waits to be used
    std::optional<UnixSeconds> enrolledAt;
    std::optional<UnixSeconds> revokedAt;
};

// "enrolled", "revoked", "code waiting" or "code expired" at `now`.
std::string stationState(const Station& station, UnixSeconds now);

// A one-time code for a new station, shown once to the person who added it.
struct EnrollmentCode {
    std::string station;
    StationRole role = StationRole::Desk;
    std::string code;  // "ABCD-EFGH-JKMN": 12 characters of Crockford's base32, 60 bits
    UnixSeconds expiresAt = 0;
};

// What a station presents with every request, as `Authorization: Bearer <token>`.
struct StationCredential {
    std::string station;
    StationRole role = StationRole::Desk;
    std::string token;  // "fds_" and 43 characters of base64url: 256 random bits
};

// A kiosk station's misses in a row and, once it has missed kiosk.max_failed_tries times, until
// when it is locked (kiosk.lockout_s). Kept in the database: every server process counts alike.
struct KioskLockout {
    int failedTries = 0;
    UnixSeconds lockedUntil = 0;
};

// A patient identified at a kiosk with two identifiers, which the kiosk knows only by an opaque
// handle (the store keeps its digest). It lapses at `expiresAt` or when the check-in ends.
struct KioskVisit {
    std::string station;
    std::string mrn;
    UnixSeconds expiresAt = 0;
    std::string appointmentId;               // checked in; empty before
    std::optional<PromptState> promptState;  // what the kiosk was told at check-in
};

// A write sent with an idempotency key: the station, its key and the digest of the request (the
// same key with another request is refused).
struct OnceKey {
    std::string station;
    std::string key;
    std::string requestDigest;
};
// The answer a write gave, kept for its key; `replayed` when it comes from an earlier request.
struct OnceAnswer {
    int status = 200;
    std::string body;
    bool replayed = false;
};

// A station's name: 1 to 64 letters, digits, '.', '_' or '-'. Names appear in the audit table
// and in logs; they must never carry a patient's data.
bool isValidStationName(std::string_view name);

// New secrets from OpenSSL's random generator.
std::string newEnrollmentCode();
std::string newStationToken();
// A fresh opaque handle (the kiosk's check-in handle): 128 random bits as base64url.
std::string newHandle();

// An enrollment code as typed, in its stored form: upper case, dashes and spaces dropped, and
// the letters Crockford's base32 reads as digits (O as 0, I and L as 1) read so.
std::string normalizedCode(std::string_view typed);

// The hex SHA-256 of a secret: what the store keeps of codes, tokens and handles.
std::string secretDigest(std::string_view secret);

}  // namespace frontdesk
