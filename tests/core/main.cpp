#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <csignal>

namespace {
// A server that answers early and closes (a 413 before the body is read) makes the test's
// HTTP client write to a closed socket: that is an error for the test to check, not a reason
// for the whole test program to die of SIGPIPE.
[[maybe_unused]] const bool kSigpipeIgnored = std::signal(SIGPIPE, SIG_IGN) != SIG_ERR;
}  // namespace
