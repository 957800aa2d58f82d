#include "station_server.h"

#include <chrono>
#include <csignal>
#include <stdexcept>
#include <thread>

#include "frontdesk/store/store.h"

namespace frontdesk::test {
namespace fs = std::filesystem;

StationServer::StationServer(fs::path db, Date asOf, fs::path folder,
                             std::vector<std::string> extra)
    : m_db(std::move(db)),
      m_asOf(asOf),
      m_folder(std::move(folder)),
      m_extra(std::move(extra)),
      m_port(reliability::freePort()) {
    if (m_port < 0) throw std::runtime_error("station server: no free loopback port");
    start();
}

StationServer::~StationServer() = default;

std::string StationServer::url() const {
    return "http://127.0.0.1:" + std::to_string(m_port);
}

void StationServer::start() {
    std::vector<std::string> argv{FRONTDESK_SERVER,
                                  "--db",
                                  m_db.string(),
                                  "--listen",
                                  "127.0.0.1:" + std::to_string(m_port),
                                  "--as-of",
                                  m_asOf.iso(),
                                  "--no-ehr-auth"};
    argv.insert(argv.end(), m_extra.begin(), m_extra.end());
    m_process = std::make_unique<reliability::Process>(
        argv, m_folder / ("server-" + std::to_string(m_starts++) + ".log"));
    auto probe = StationClient::create(
        {url(), {}, {}, std::chrono::milliseconds(500), std::chrono::milliseconds(2'000)});
    if (!probe) throw std::runtime_error("station server: " + probe.error().message);
    for (int i = 0; i < 400; ++i) {
        if (auto health = probe->call("GET", "/healthz", nullptr, false);
            health && health->status == 200)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    throw std::runtime_error("station server: no answer on " + url() + ": " + log());
}

void StationServer::kill() {
    if (m_process) m_process->killAfter(std::chrono::microseconds(0));
    m_process.reset();
}

reliability::Ending StationServer::terminate(std::chrono::milliseconds limit) {
    if (!m_process) return {};
    const auto ending = m_process->stop(SIGTERM, limit);
    m_process.reset();
    return ending;
}

fs::path StationServer::enroll(const std::string& name, StationRole role,
                               const std::string& extension) {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    auto store = Store::open(m_db);
    if (!store) throw std::runtime_error("station server: " + store.error().message);
    auto code = store->addStation(name, role, "front", now, extension);
    if (!code) throw std::runtime_error("station server: " + code.error().message);
    auto credential = enrollAt(url(), code->code, "");
    if (!credential) throw std::runtime_error("station server: " + credential.error().message);
    fs::path path = m_folder / "stations" / (name + ".json");
    if (auto written = writeCredential(path, *credential); !written)
        throw std::runtime_error("station server: " + written.error().message);
    return path;
}

StationClient StationServer::client(const std::string& name, StationRole role,
                                    const std::string& extension,
                                    std::chrono::milliseconds timeout) {
    auto credential = readCredential(enroll(name, role, extension));
    if (!credential) throw std::runtime_error("station server: " + credential.error().message);
    auto made = StationClient::create(
        {credential->server, credential->token, {}, std::chrono::seconds(2), timeout});
    if (!made) throw std::runtime_error("station server: " + made.error().message);
    return std::move(*made);
}

std::string StationServer::log() const {
    std::string all;
    for (int i = 0; i < m_starts; ++i)
        all += reliability::fileText(m_folder / ("server-" + std::to_string(i) + ".log"));
    return all;
}

}  // namespace frontdesk::test
