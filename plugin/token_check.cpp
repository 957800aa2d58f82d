#include "token_check.h"

#include "cds_request.h"

namespace frontdesk::hooks {

tl::expected<std::string, std::string> tokenIssuer(JwtVerifier& verifier,
                                                   const std::string& publicUrl,
                                                   const HookService* service,
                                                   std::string_view header) {
    if (header.size() > kMaxAuthorizationBytes)
        return tl::unexpected("the Authorization header is over " +
                              std::to_string(kMaxAuthorizationBytes / 1024) + " KB");
    const auto bearer = bearerTokenOf(header);
    if (!bearer) return tl::unexpected(std::string("no bearer token"));
    const std::string audience = service ? publicUrl + "/" + service->id : publicUrl;
    auto token = verifier.verify(*bearer, audience);
    if (!token) return tl::unexpected(token.error().message);
    return token->issuer;
}

std::optional<std::string> tokenRefusal(JwtVerifier& verifier, const std::string& publicUrl,
                                        const HookService* service, std::string_view header) {
    auto issuer = tokenIssuer(verifier, publicUrl, service, header);
    if (issuer) return std::nullopt;
    return issuer.error();
}

Authenticate tokenCheck(std::shared_ptr<JwtVerifier> verifier, std::string publicUrl, LogLine log) {
    return [verifier = std::move(verifier), publicUrl = std::move(publicUrl), log = std::move(log)](
               const HookService* service, const std::string& header) {
        auto issuer = tokenIssuer(*verifier, publicUrl, service, header);
        if (!issuer && log) log("refused: " + issuer.error());
        return issuer ? std::optional(std::move(*issuer)) : std::nullopt;
    };
}

}  // namespace frontdesk::hooks
