#pragma once

// A real HTTP server on 127.0.0.1 (cpp-httplib) for the FHIR client and sync tests: a free
// port, a handler the test sets, and a log of the requests it received.

#include <chrono>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace frontdesk::test {

struct SeenRequest {
    std::string method;
    std::string target;  // path and query
    std::string authorization;
    std::string ifMatch;
    std::string body;
};

class FhirTestServer {
public:
    using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

    FhirTestServer() {
        const auto route = [this](const httplib::Request& req, httplib::Response& res) {
            {
                std::lock_guard lock(m_mutex);
                std::string target = req.path;
                if (!req.params.empty()) {
                    target += "?";
                    for (auto it = req.params.begin(); it != req.params.end(); ++it)
                        target +=
                            (it == req.params.begin() ? "" : "&") + it->first + "=" + it->second;
                }
                m_seen.push_back({req.method, target, req.get_header_value("Authorization"),
                                  req.get_header_value("If-Match"), req.body});
            }
            Handler h;
            {
                std::lock_guard lock(m_mutex);
                h = m_handler;
            }
            if (h) h(req, res);
        };
        m_server.Get(".*", route);
        m_server.Put(".*", route);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        for (int i = 0; i < 200 && !m_server.is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~FhirTestServer() {
        m_server.stop();
        m_thread.join();
    }
    FhirTestServer(const FhirTestServer&) = delete;
    FhirTestServer& operator=(const FhirTestServer&) = delete;

    void handle(Handler handler) {
        std::lock_guard lock(m_mutex);
        m_handler = std::move(handler);
    }
    std::string base() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/fhir"; }
    int port() const { return m_port; }
    std::vector<SeenRequest> seen() const {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    Handler m_handler;
    std::vector<SeenRequest> m_seen;
};

inline std::string fixtureText(const std::string& name) {
    std::ifstream in(std::string(FRONTDESK_TEST_DATA_DIR) + "/standards/fhir-r4/" + name,
                     std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline nlohmann::json fixture(const std::string& name) {
    return nlohmann::json::parse(fixtureText(name));
}

inline void replyJson(httplib::Response& res, const nlohmann::json& body, int status = 200) {
    res.status = status;
    res.set_content(body.dump(), "application/fhir+json");
}

}  // namespace frontdesk::test
