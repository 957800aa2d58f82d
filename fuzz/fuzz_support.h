#pragma once

// What the fuzz targets share: the input as text, a reader that takes the input's bytes in
// turn (a mode, the sizes of pieces), and the check that ends the run when a promise of the
// code is broken (abort: libFuzzer reports it as a crash and saves the input).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace frontdesk::fuzz {

inline std::string_view textOf(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Ends the run, naming the promise, when it does not hold.
inline void check(bool holds, const char* promise) {
    if (holds) return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

// Takes bytes from the front of the input: small numbers to choose with, then the rest.
class InputReader {
public:
    explicit InputReader(std::string_view input) : m_rest(input) {}

    // The next byte (0 once the input is used up).
    std::uint8_t byte() {
        if (m_rest.empty()) return 0;
        const auto b = static_cast<std::uint8_t>(m_rest.front());
        m_rest.remove_prefix(1);
        return b;
    }
    // A choice among `count` (count > 0).
    std::size_t choose(std::size_t count) { return byte() % count; }

    // The text up to the next `separator` (which is consumed), or all the rest.
    std::string_view upTo(std::string_view separator) {
        const auto at = m_rest.find(separator);
        const std::string_view piece = m_rest.substr(0, at);
        m_rest.remove_prefix(at == std::string_view::npos ? m_rest.size() : at + separator.size());
        return piece;
    }
    std::string_view rest() const { return m_rest; }

private:
    std::string_view m_rest;
};

}  // namespace frontdesk::fuzz
