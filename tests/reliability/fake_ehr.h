#pragma once

// An EHR for `frontdesk sync` to read while it is being killed: a FHIR server on 127.0.0.1
// in the test's process (tests/core/fhir_test_server.h) holding kPatients patients, an account
// with a patient balance for each, and kAppointments appointments the day after the as-of
// date, searched in pages of kPageSize by _lastUpdated with an _offset cursor; and the config
// folder (policy.toml, fhir.toml) that points the command line at it.

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fhir_test_server.h"

namespace frontdesk::reliability {

class FakeEhr {
public:
    static constexpr int kPageSize = 20;
    static constexpr int kPatients = 100;
    static constexpr int kAppointments = 40;

    FakeEhr(const std::filesystem::path& folder, const std::string& asOf) {
        for (int i = 0; i < kPatients; ++i) {
            const std::string id = "p" + std::to_string(i);
            m_resources["Patient"].push_back(
                {{"resourceType", "Patient"},
                 {"id", id},
                 {"meta", {{"lastUpdated", stamp(i)}}},
                 {"identifier", {{{"system", "urn:mrn"}, {"value", "M" + std::to_string(i)}}}},
                 {"name", {{{"use", "official"}, {"family", "Family"}, {"given", {"Given"}}}}},
                 {"birthDate", "1980-04-02"}});
            m_resources["Account"].push_back(account(i, asOf));
        }
        for (int i = 0; i < kAppointments; ++i)
            m_resources["Appointment"].push_back(
                {{"resourceType", "Appointment"},
                 {"id", "a" + std::to_string(i)},
                 {"meta", {{"lastUpdated", stamp(i)}, {"versionId", "1"}}},
                 {"status", "booked"},
                 {"start", "2026-11-27T15:00:00Z"},
                 {"end", "2026-11-27T15:20:00Z"},
                 {"participant", {{{"actor", {{"reference", "Patient/p" + std::to_string(i)}}}}}}});
        m_server.handle(
            [this](const httplib::Request& req, httplib::Response& res) { search(req, res); });
        m_policy = folder / "policy.toml";
        std::ofstream(m_policy) << "# defaults\n";
        std::ofstream(folder / "fhir.toml")
            << "[fhir]\nbase_url = \"" << m_server.base() << "\"\nmrn_system = \"urn:mrn\"\n"
            << "page_size = " << kPageSize << "\ndays_ahead = 7\n";
    }

    const std::filesystem::path& policyFile() const { return m_policy; }

private:
    static std::string stamp(int n) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "2026-11-20T10:%02d:%02dZ", n / 60, n % 60);
        return buf;
    }

    static nlohmann::json account(int i, const std::string& asOf) {
        const auto code = [](const char* c) { return nlohmann::json{{"coding", {{{"code", c}}}}}; };
        return {{"resourceType", "Account"},
                {"id", "acc" + std::to_string(i)},
                {"meta", {{"lastUpdated", stamp(i)}}},
                {"status", "active"},
                {"subject", {{{"reference", "Patient/p" + std::to_string(i)}}}},
                {"calculatedAt", asOf + "T08:00:00Z"},
                {"balance",
                 {{{"aggregate", code("patient")},
                   {"term", code("current")},
                   {"amount", {{"value", "3.00"}, {"currency", "USD"}}}}}}};
    }

    // A search: the resources of the type from _lastUpdated=ge on, in order, one page.
    void search(const httplib::Request& req, httplib::Response& res) {
        const std::string type = req.path.substr(req.path.rfind('/') + 1);
        const auto found = m_resources.find(type);
        if (found == m_resources.end()) {
            res.status = 404;
            return;
        }
        const std::string since =
            req.has_param("_lastUpdated") ? req.get_param_value("_lastUpdated").substr(2) : "";
        std::vector<const nlohmann::json*> matching;
        for (const auto& r : found->second)
            if (r["meta"]["lastUpdated"].get<std::string>() >= since) matching.push_back(&r);
        const std::size_t offset =
            req.has_param("_offset") ? std::stoul(req.get_param_value("_offset")) : 0;
        nlohmann::json bundle = {
            {"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", nlohmann::json::array()}};
        const std::size_t end = std::min(matching.size(), offset + kPageSize);
        for (std::size_t i = offset; i < end; ++i)
            bundle["entry"].push_back({{"resource", *matching[i]}});
        if (end < matching.size())
            bundle["link"] = {
                {{"relation", "next"},
                 {"url", m_server.base() + "/" + type + "?_offset=" + std::to_string(end) +
                             (since.empty() ? "" : "&_lastUpdated=ge" + since)}}};
        test::replyJson(res, bundle);
    }

    std::map<std::string, std::vector<nlohmann::json>> m_resources;  // read only once serving
    test::FhirTestServer m_server;
    std::filesystem::path m_policy;
};

}  // namespace frontdesk::reliability
