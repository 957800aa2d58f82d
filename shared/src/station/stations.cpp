#include "frontdesk/station/stations.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <vector>

namespace frontdesk {
namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Random bytes; a generator that cannot give them is a broken system, not bad input.
std::vector<unsigned char> randomBytes(std::size_t count) {
    std::vector<unsigned char> bytes(count);
    if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("the system's random generator failed");
    return bytes;
}

std::string base64Url(const std::vector<unsigned char>& bytes) {
    std::string out;
    unsigned bits = 0;
    int held = 0;
    for (const unsigned char b : bytes) {
        bits = (bits << 8) | b;
        held += 8;
        while (held >= 6) {
            held -= 6;
            out += kBase64Url[(bits >> held) & 0x3f];
        }
    }
    if (held > 0) out += kBase64Url[(bits << (6 - held)) & 0x3f];
    return out;
}

}  // namespace

std::string_view toString(StationRole role) {
    switch (role) {
        case StationRole::Kiosk:
            return "kiosk";
        case StationRole::Desk:
            return "desk";
        case StationRole::Phone:
            return "phone";
        case StationRole::Pbx:
            return "pbx";
        case StationRole::Admin:
            break;
    }
    return "admin";
}

std::optional<StationRole> parseStationRole(std::string_view text) {
    for (const StationRole role : {StationRole::Kiosk, StationRole::Desk, StationRole::Phone,
                                   StationRole::Pbx, StationRole::Admin})
        if (toString(role) == text) return role;
    return std::nullopt;
}

UnixSeconds systemNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string stationState(const Station& station, UnixSeconds now) {
    if (station.revokedAt) return "revoked";
    if (station.enrolledAt) return "enrolled";
    if (station.codeExpiresAt && *station.codeExpiresAt > now) return "code waiting";
    return "code expired";
}

bool isValidStationName(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

std::string newEnrollmentCode() {
    // 12 characters of 5 bits from 8 random bytes (60 of their 64 bits)
    const auto bytes = randomBytes(8);
    std::uint64_t bits = 0;
    for (const unsigned char b : bytes) bits = (bits << 8) | b;
    std::string code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0) code += '-';
        code += kCrockford[(bits >> (5 * i)) & 0x1f];
    }
    return code;
}

std::string newStationToken() {
    return "fds_" + base64Url(randomBytes(32));
}

std::string newHandle() {
    return base64Url(randomBytes(16));
}

std::string normalizedCode(std::string_view typed) {
    std::string out;
    out.reserve(typed.size());
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        out += c;
    }
    return out;
}

std::string secretDigest(std::string_view secret) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(secret.data(), secret.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
        1)
        throw std::runtime_error("SHA-256 failed");
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0xf];
    }
    return out;
}

}  // namespace frontdesk
