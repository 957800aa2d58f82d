#pragma once

// The TLS side of the CDS Hooks service: a server context from a PEM certificate chain and key.

#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <string>

#include "frontdesk/domain/error.h"

namespace frontdesk::hooks {

// A TLS 1.2+ server context with the certificate chain and private key of these PEM files.
// Fails (BadInput) when a file cannot be read or the key does not belong to the certificate,
// naming the file, never the key's contents.
Result<std::unique_ptr<boost::asio::ssl::context>> serverTlsContext(
    const std::string& certificateFile, const std::string& keyFile);

}  // namespace frontdesk::hooks
