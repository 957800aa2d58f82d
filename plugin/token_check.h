#pragma once

// The token check of EHR calls (CDS Hooks "Trusting CDS Clients"): the bearer JWT of a call's
// Authorization header against the allow-listed EHRs' keys, for the service it calls.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "http_router.h"
#include "jwt_verifier.h"

namespace frontdesk::hooks {

// An Authorization header longer than this is refused before it is read (no EHR token comes
// near it).
constexpr std::size_t kMaxAuthorizationBytes = 8 * 1024;

// Why a call with this Authorization header is refused for `service` (nullptr: discovery), or
// nothing when its token is valid there: "the Authorization header is over 8 KB", "no bearer
// token" or the verifier's reason. The reason never contains the header, the token or a claim.
std::optional<std::string> tokenRefusal(JwtVerifier& verifier, const std::string& publicUrl,
                                        const HookService* service, std::string_view header);

// The issuer (JWT "iss") of the valid token in this Authorization header for `service`, or why
// it is refused (as tokenRefusal says).
tl::expected<std::string, std::string> tokenIssuer(JwtVerifier& verifier,
                                                   const std::string& publicUrl,
                                                   const HookService* service,
                                                   std::string_view header);

// The service's Authenticate: tokenRefusal, with "refused: <reason>" logged for every refusal.
Authenticate tokenCheck(std::shared_ptr<JwtVerifier> verifier, std::string publicUrl,
                        LogLine log = logToStderr);

}  // namespace frontdesk::hooks
