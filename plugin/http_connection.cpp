#include "http_connection.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <atomic>
#include <optional>
#include <type_traits>

#include "http_router.h"

namespace frontdesk::hooks {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;
template <class Stream>
constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

// A connection closed with bytes still unread (a refused request, a body not read) is read, and
// what it sends thrown away, for at most this long, so that the client reads our last answer
// instead of a reset.
constexpr std::chrono::seconds kLingerTime{1};

// One line a second at most, however many connections a flood brings.
void logRefusal(const LogLine& log, std::size_t open) {
    static std::atomic<std::int64_t> lastSecond{0};
    const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    if (lastSecond.exchange(now) != now)
        log("refused connections: " + std::to_string(open) + " are open (the limit)");
}

bool isQuietEnd(const beast::error_code& error) {
    return error == http::error::end_of_stream || error == http::error::partial_message ||
           error == net::error::eof || error == net::error::operation_aborted ||
           error == net::error::connection_reset || error == net::error::broken_pipe;
}

bool isHttpError(const beast::error_code& error) {
    return error.category() == http::make_error_code(http::error::bad_method).category();
}

template <class Stream>
class Session : public Connection, public std::enable_shared_from_this<Session<Stream>> {
public:
    template <class... StreamArgs>
    explicit Session(ConnectionContext& context, StreamArgs&&... stream)
        : m_context(context), m_stream(std::forward<StreamArgs>(stream)...) {}
    ~Session() override { m_context.connections.remove(this); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    auto executor() { return m_stream.get_executor(); }
    void start();
    void stopSoon() override;

private:
    enum class State { Waiting, Reading, Handling, Writing, Closing };

    beast::tcp_stream& tcp() { return beast::get_lowest_layer(m_stream); }
    std::shared_ptr<Session> self() { return this->shared_from_this(); }
    void handshake();
    void onHandshakeError(const beast::error_code& error);
    void awaitRequest();
    void readRequest();
    void onHeader();
    void readBody();
    void handle();
    // Hands the routed answer's `later` a reply that posts the answer to this connection.
    template <class WorkGuard>
    void answerLater(const RoutedResponse& routed, std::string method, bool keepAlive,
                     WorkGuard work);
    void respond(RoutedResponse routed, const std::string& method, bool keepAlive);
    void onReadError(const beast::error_code& error);
    // "POST /cds-services/{id}" once the request line is read, "(unreadable request)" before.
    std::string requestLabel() const;
    void refuse(int status, const std::string& message, const std::string& reason);
    void write(bool keepAlive);
    void close();
    void linger();

    ConnectionContext& m_context;
    Stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpResponse m_response;
    State m_state = State::Waiting;
    bool m_stopping = false;
};

template <class Stream>
void Session<Stream>::start() {
    const Admission admission = m_context.connections.add(self());
    if (admission == Admission::Admitted) {
        if constexpr (kTls<Stream>) return handshake();
        return awaitRequest();
    }
    if (admission == Admission::Full) logRefusal(m_context.log, m_context.connections.size());
    if (admission == Admission::Stopping || kTls<Stream>) {
        m_state = State::Closing;
        return tcp().close();
    }
    m_response = errorResponse(503, "too many connections");
    m_response.set(http::field::retry_after, "1");
    write(false);
}

template <class Stream>
void Session<Stream>::stopSoon() {
    net::post(executor(), [self = self()] {
        self->m_stopping = true;
        if (self->m_state == State::Handling || self->m_state == State::Writing) return;
        self->m_state = State::Closing;
        self->tcp().close();
    });
}

template <class Stream>
void Session<Stream>::handshake() {
    m_state = State::Reading;
    tcp().expires_after(m_context.limits.request);
    if constexpr (kTls<Stream>) {
        m_stream.async_handshake(net::ssl::stream_base::server,
                                 [self = self()](const beast::error_code& error) {
                                     if (error) return self->onHandshakeError(error);
                                     self->awaitRequest();
                                 });
    }
}

template <class Stream>
void Session<Stream>::onHandshakeError(const beast::error_code& error) {
    if (m_state == State::Closing) return;
    m_state = State::Closing;
    if (error == beast::error::timeout)
        m_context.log("closed a connection: no TLS handshake within " +
                      std::to_string(m_context.limits.request.count()) + " s");
    tcp().close();
}

template <class Stream>
void Session<Stream>::awaitRequest() {
    if (m_stopping) return close();
    if (m_buffer.size() > 0) return readRequest();  // pipelined: already here
    m_state = State::Waiting;
    tcp().expires_after(m_context.limits.idle);
    m_stream.async_read_some(m_buffer.prepare(4096),
                             [self = self()](const beast::error_code& error, std::size_t bytes) {
                                 self->m_buffer.commit(bytes);
                                 if (error) return self->onReadError(error);
                                 self->readRequest();
                             });
}

template <class Stream>
void Session<Stream>::readRequest() {
    m_state = State::Reading;
    m_parser.emplace();
    m_parser->header_limit(m_context.limits.maxHeaderBytes);
    m_parser->body_limit(m_context.limits.maxBodyBytes);
    // one deadline for the header and the body together: a client that trickles is cut off
    tcp().expires_after(m_context.limits.request);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = self()](const beast::error_code& error, std::size_t) {
                                if (error) return self->onReadError(error);
                                self->onHeader();
                            });
}

template <class Stream>
void Session<Stream>::onHeader() {
    const auto& header = m_parser->get();
    if (m_parser->is_done() || !beast::iequals(header[http::field::expect], "100-continue"))
        return readBody();
    auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
    http::async_write(m_stream, *interim,
                      [self = self(), interim](const beast::error_code& error, std::size_t) {
                          if (error) return self->onReadError(error);
                          self->readBody();
                      });
}

template <class Stream>
void Session<Stream>::readBody() {
    http::async_read(m_stream, m_buffer, *m_parser,
                     [self = self()](const beast::error_code& error, std::size_t) {
                         if (error) return self->onReadError(error);
                         self->handle();
                     });
}

template <class Stream>
void Session<Stream>::handle() {
    m_state = State::Handling;
    tcp().expires_never();
    auto work = net::make_work_guard(m_context.io);  // run() waits for this answer
    net::post(m_context.workers, [self = self(), strand = executor(), work = std::move(work),
                                  request = m_parser->release()]() mutable {
        try {
            RoutedResponse routed = self->m_context.handler.answer(request);
            std::string method = methodForLog(request);
            if (routed.later)
                return self->answerLater(routed, std::move(method), request.keep_alive(),
                                         std::move(work));
            net::post(strand,
                      [self = std::move(self), work = std::move(work), routed = std::move(routed),
                       method = std::move(method), keepAlive = request.keep_alive()]() mutable {
                          self->respond(std::move(routed), method, keepAlive);
                      });
        } catch (...) {  // out of memory: the connection ends with its last owner, unanswered
        }
    });
}

template <class Stream>
template <class WorkGuard>
void Session<Stream>::answerLater(const RoutedResponse& routed, std::string method, bool keepAlive,
                                  WorkGuard work) {
    // LaterReply is a std::function (copyable): the one-time parts are shared, and the first
    // call takes them
    struct Pending {
        std::mutex mutex;
        std::shared_ptr<Session> session;
        std::shared_ptr<WorkGuard> work;  // run() waits for the answer
    };
    auto pending = std::make_shared<Pending>();
    pending->session = self();
    pending->work = std::make_shared<WorkGuard>(std::move(work));
    const char* route = routed.route;
    routed.later([pending, route, method = std::move(method), keepAlive](HttpResponse response) {
        std::shared_ptr<Session> session;
        std::shared_ptr<WorkGuard> guard;
        {
            const std::lock_guard lock(pending->mutex);
            session = std::move(pending->session);
            guard = std::move(pending->work);
        }
        if (!session) return;  // answered already
        response.prepare_payload();
        auto strand = session->executor();
        net::post(strand, [session, guard = std::move(guard), route, method, keepAlive,
                           response = std::move(response)]() mutable {
            session->respond(RoutedResponse{std::move(response), route}, method, keepAlive);
            guard.reset();
        });
    });
}

template <class Stream>
void Session<Stream>::respond(RoutedResponse routed, const std::string& method, bool keepAlive) {
    m_context.log(method + " " + routed.route + " " + std::to_string(routed.response.result_int()));
    m_response = std::move(routed.response);
    write(keepAlive && !m_stopping);
}

template <class Stream>
std::string Session<Stream>::requestLabel() const {
    if (!m_parser || m_parser->get().target().empty()) return "(unreadable request)";
    const HttpRequest& request = m_parser->get();
    return methodForLog(request) + " " + patternOf(routeOf(stdView(request.target())).endpoint);
}

template <class Stream>
void Session<Stream>::onReadError(const beast::error_code& error) {
    if (m_state == State::Closing) return;
    const auto& limits = m_context.limits;
    if (error == beast::error::timeout) {
        if (m_state == State::Reading)
            m_context.log("closed a connection: " + requestLabel() + " not received whole within " +
                          std::to_string(limits.request.count()) + " s");
        m_state = State::Closing;
        return tcp().close();
    }
    if (error == http::error::body_limit)
        return refuse(413, "the body is over " + std::to_string(limits.maxBodyBytes) + " bytes",
                      "body over " + std::to_string(limits.maxBodyBytes) + " bytes");
    if (error == http::error::header_limit)
        return refuse(431, "the header is over " + std::to_string(limits.maxHeaderBytes) + " bytes",
                      "header over " + std::to_string(limits.maxHeaderBytes) + " bytes");
    if (isHttpError(error) && !isQuietEnd(error))
        return refuse(400, "malformed HTTP request", error.message());  // Beast's own words
    close();
}

template <class Stream>
void Session<Stream>::refuse(int status, const std::string& message, const std::string& reason) {
    m_context.log(requestLabel() + " " + std::to_string(status) + " (" + reason + ")");
    m_response = errorResponse(status, message);
    write(false);
}

template <class Stream>
void Session<Stream>::write(bool keepAlive) {
    m_state = State::Writing;
    m_response.keep_alive(keepAlive);
    if (keepAlive)
        m_response.set(http::field::keep_alive,
                       "timeout=" + std::to_string(m_context.limits.idle.count()));
    tcp().expires_after(m_context.limits.request);
    // Beast ends a write of an answer that closes the connection with end_of_stream
    http::async_write(m_stream, m_response,
                      [self = self()](const beast::error_code& error, std::size_t) {
                          if (error || !self->m_response.keep_alive()) return self->close();
                          self->awaitRequest();
                      });
}

template <class Stream>
void Session<Stream>::close() {
    if (m_state == State::Closing) return;
    m_state = State::Closing;
    tcp().expires_after(kLingerTime);
    if constexpr (kTls<Stream>) {
        m_stream.async_shutdown([self = self()](const beast::error_code&) { self->tcp().close(); });
    } else {
        beast::error_code ignored;
        tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
        // nothing unread (the usual end of an answered request): a plain close resets nothing
        if (m_buffer.size() == 0 && tcp().socket().available(ignored) == 0) return tcp().close();
        linger();
    }
}

template <class Stream>
void Session<Stream>::linger() {
    m_buffer.clear();
    m_stream.async_read_some(m_buffer.prepare(16384),
                             [self = self()](const beast::error_code& error, std::size_t) {
                                 if (error) return self->tcp().close();
                                 self->linger();
                             });
}

template <class Stream, class... StreamArgs>
void serve(ConnectionContext& context, tcp::socket socket, StreamArgs&&... streamArgs) {
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);  // no Nagle stall before an answer's body
    auto session = std::make_shared<Session<Stream>>(context, std::move(socket),
                                                     std::forward<StreamArgs>(streamArgs)...);
    net::dispatch(session->executor(), [session] { session->start(); });
}

}  // namespace

Admission Connections::add(const std::shared_ptr<Connection>& connection) {
    const std::lock_guard lock(m_mutex);
    if (m_stopping) return Admission::Stopping;
    if (m_open.size() >= m_max) return Admission::Full;
    m_open.emplace(connection.get(), connection);
    return Admission::Admitted;
}

void Connections::remove(const Connection* connection) {
    const std::lock_guard lock(m_mutex);
    m_open.erase(connection);
}

void Connections::stopAll() {
    std::vector<std::shared_ptr<Connection>> open;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const auto& [key, weak] : m_open)
            if (auto connection = weak.lock()) open.push_back(std::move(connection));
    }
    for (const auto& connection : open) connection->stopSoon();
}

std::size_t Connections::size() const {
    const std::lock_guard lock(m_mutex);
    return m_open.size();
}

void servePlain(ConnectionContext& context, tcp::socket socket) {
    serve<PlainStream>(context, std::move(socket));
}

void serveTls(ConnectionContext& context, net::ssl::context& tls, tcp::socket socket) {
    serve<TlsStream>(context, std::move(socket), tls);
}

}  // namespace frontdesk::hooks
