#include "token_check.h"

#include "cds_request.h"

namespace frontdesk::hooks {

std::optional<std::string> tokenRefusal(JwtVerifier& verifier, const std::string& publicUrl,
                                        const HookService* service, std::string_view header) {
    if (header.size() > kMaxAuthorizationBytes)
        return "the Authorization header is over " + std::to_string(kMaxAuthorizationBytes / 1024) +
               " KB";
    const auto bearer = bearerTokenOf(header);
    if (!bearer) return "no bearer token";
    const std::string audience = service ? publicUrl + "/" + service->id : publicUrl;
    auto token = verifier.verify(*bearer, audience);
    if (!token) return token.error().message;
    return std::nullopt;
}

Authenticate tokenCheck(std::shared_ptr<JwtVerifier> verifier, std::string publicUrl, LogLine log) {
    return [verifier = std::move(verifier), publicUrl = std::move(publicUrl), log = std::move(log)](
               const HookService* service, const std::string& header) {
        const auto refusal = tokenRefusal(*verifier, publicUrl, service, header);
        if (refusal && log) log("refused: " + *refusal);
        return !refusal;
    };
}

}  // namespace frontdesk::hooks
