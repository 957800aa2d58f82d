#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace frontdesk {

// What kind of failure an Error is; the command line maps these to exit codes.
enum class ErrorCode {
    BadInput,     // a file, a request or an argument is wrong; nothing was changed
    NotFound,     // the patient, appointment or entry does not exist
    Conflict,     // the same id already exists with other values
    Storage,      // the database could not be opened, read or written
    Unsupported,  // e.g. a database written by a newer version
};

// An error a person can act on: "ledger.csv:14: amount '12,5O' is not money".
struct Error {
    ErrorCode code = ErrorCode::BadInput;
    std::string message;
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
    return tl::unexpected<Error>(Error{code, std::move(message)});
}

}  // namespace frontdesk
