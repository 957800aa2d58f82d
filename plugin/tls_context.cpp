#include "tls_context.h"

#include <openssl/ssl.h>

namespace frontdesk::hooks {
namespace ssl = boost::asio::ssl;

Result<std::unique_ptr<ssl::context>> serverTlsContext(const std::string& certificateFile,
                                                       const std::string& keyFile) {
    auto tls = std::make_unique<ssl::context>(ssl::context::tls_server);
    boost::system::error_code error;
    tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                         ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                         ssl::context::no_tlsv1_1 | ssl::context::no_compression,
                     error);
    SSL_CTX_set_min_proto_version(tls->native_handle(), TLS1_2_VERSION);
    if (tls->use_certificate_chain_file(certificateFile, error); error)
        return fail(ErrorCode::BadInput,
                    "the TLS certificate '" + certificateFile + "' cannot be loaded");
    if (tls->use_private_key_file(keyFile, ssl::context::pem, error); error)
        return fail(ErrorCode::BadInput, "the TLS key '" + keyFile + "' cannot be loaded");
    if (SSL_CTX_check_private_key(tls->native_handle()) != 1)
        return fail(ErrorCode::BadInput, "the TLS key '" + keyFile +
                                             "' does not belong to the certificate '" +
                                             certificateFile + "'");
    return tls;
}

}  // namespace frontdesk::hooks
