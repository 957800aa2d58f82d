#pragma once

// A raw TCP client on 127.0.0.1 for the transport's tests: exactly the bytes a test writes go
// out (a request line alone, a header a second, two requests at once), and whatever comes back
// is read as it is.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

namespace frontdesk::test {

class RawConnection {
public:
    explicit RawConnection(int port) : m_fd(::socket(AF_INET, SOCK_STREAM, 0)) {
        REQUIRE(m_fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    }
    ~RawConnection() { close(); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void close() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

    // Whether every byte went out (false once the server has closed).
    bool send(std::string_view bytes) {
        while (!bytes.empty()) {
            const auto sent = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (sent <= 0) return false;
            bytes.remove_prefix(static_cast<std::size_t>(sent));
        }
        return true;
    }

    // What arrives until the server closes the connection or `wait` passes.
    std::string readAll(std::chrono::milliseconds wait) {
        std::string received;
        const auto until = std::chrono::steady_clock::now() + wait;
        while (readSome(received, until) > 0) {
        }
        return received;
    }

    // One answer: its header, then as many body bytes as its Content-Length says.
    std::string readResponse(std::chrono::milliseconds wait = std::chrono::seconds(5)) {
        const auto until = std::chrono::steady_clock::now() + wait;
        std::string received;
        while (received.find("\r\n\r\n") == std::string::npos)
            if (readSome(received, until) <= 0) return received;
        const auto end = received.find("\r\n\r\n") + 4;
        const std::string lower = lowered(received.substr(0, end));
        const auto at = lower.find("\r\ncontent-length:");
        const std::size_t length =
            at == std::string::npos ? 0 : std::stoul(received.substr(at + 17));
        while (received.size() < end + length)
            if (readSome(received, until) <= 0) break;
        return received;
    }

    // Whether the server closes the connection (end of stream or reset) within `wait`;
    // anything it sends before is read and dropped.
    bool closedWithin(std::chrono::milliseconds wait) {
        std::string ignored;
        const auto until = std::chrono::steady_clock::now() + wait;
        for (;;) {
            const auto got = readSome(ignored, until);
            if (got < 0) return true;
            if (got == 0) return false;
        }
    }

    static std::string lowered(std::string text) {
        for (char& c : text)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return text;
    }

private:
    // Bytes read; 0 when `until` passed; -1 at the end of the stream or a reset.
    long readSome(std::string& into, std::chrono::steady_clock::time_point until) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            until - std::chrono::steady_clock::now());
        if (left.count() <= 0) return 0;
        pollfd ready{m_fd, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(left.count())) <= 0) return 0;
        char chunk[16384];
        const auto got = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (got <= 0) return -1;
        into.append(chunk, static_cast<std::size_t>(got));
        return got;
    }

    int m_fd;
};

// The status code of an answer ("HTTP/1.1 413 ..." gives 413), 0 when there is none.
inline int statusOf(const std::string& response) {
    if (response.rfind("HTTP/1.1 ", 0) != 0 || response.size() < 12) return 0;
    return std::stoi(response.substr(9, 3));
}

// The value of a header field of an answer (its name in any case), "" when absent.
inline std::string headerOf(const std::string& response, const std::string& name) {
    const std::string head = response.substr(0, response.find("\r\n\r\n") + 2);
    const auto at = RawConnection::lowered(head).find("\r\n" + RawConnection::lowered(name) + ":");
    if (at == std::string::npos) return {};
    const auto start = head.find_first_not_of(' ', at + name.size() + 3);
    return head.substr(start, head.find("\r\n", start) - start);
}

inline std::string bodyOf(const std::string& response) {
    const auto end = response.find("\r\n\r\n");
    return end == std::string::npos ? std::string() : response.substr(end + 4);
}

}  // namespace frontdesk::test
