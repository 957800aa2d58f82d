#pragma once

// The connections of the CDS Hooks service: each reads a whole request within a deadline on the
// I/O threads, hands it to the request threads, writes the answer and waits for the next one.
// A connection never holds a request thread while it waits for its client.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "http_server.h"

namespace frontdesk::hooks {

struct ConnectionLimits {
    // From a request's first byte (or a TLS connection's accept) to its last; and for
    // writing an answer.
    std::chrono::seconds request{10};
    std::chrono::seconds idle{3};  // waiting for the next request of a keep-alive connection
    std::uint32_t maxHeaderBytes = 32768;
    std::uint64_t maxBodyBytes = 1 << 20;
};

// An open connection, as the server asks it to end.
class Connection {
public:
    virtual ~Connection() = default;
    // Ends the connection at once when it waits for or reads a request; after its answer
    // otherwise. Safe from any thread.
    virtual void stopSoon() = 0;
};

enum class Admission { Admitted, Full, Stopping };

// The open connections of a server, at most `max` at once.
class Connections {
public:
    explicit Connections(std::size_t max) : m_max(max) {}
    // Counts the connection in, unless `max` are open or the server stops.
    Admission add(const std::shared_ptr<Connection>& connection);
    void remove(const Connection* connection);
    // Refuses new connections and asks every open one to stop.
    void stopAll();
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_map<const Connection*, std::weak_ptr<Connection>> m_open;
    std::size_t m_max;
    bool m_stopping = false;
};

// What the connections of one server share; outlives them.
struct ConnectionContext {
    boost::asio::io_context& io;
    boost::asio::thread_pool& workers;
    const HttpHandler& handler;
    Connections& connections;
    ConnectionLimits limits;
    LogLine log;
};

// Serves HTTP on an accepted socket until the client, a deadline or the server ends it. Over
// the connection limit it answers 503 without reading a request and closes.
void servePlain(ConnectionContext& context, boost::asio::ip::tcp::socket socket);
// The same over TLS; over the limit the socket is closed before any handshake (one would cost
// the CPU that the limit protects).
void serveTls(ConnectionContext& context, boost::asio::ssl::context& tls,
              boost::asio::ip::tcp::socket socket);

}  // namespace frontdesk::hooks
