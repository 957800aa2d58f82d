#pragma once

// A FHIR server holding resources in memory on 127.0.0.1, for the sync tests: search by type
// with _count, _sort=_lastUpdated, _lastUpdated, date, status and _id, paged by _offset (next
// links keep the query, as Medplum's offset paging does: a page is cut from the result as it
// is when asked); read, update, and resources removed (404, or 410 Gone). A hook runs after
// each page is answered, so that a test can write between two page requests.

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "fhir_test_server.h"
#include "frontdesk/fhir/sync.h"
#include "test_support.h"

namespace frontdesk::test {

using nlohmann::json;

inline constexpr const char* kMrnSystem = "urn:mrn";

// Seconds since the epoch of a FHIR date or dateTime; one without an offset is read as UTC
// (as a server in UTC reads `date=lt2026-12-01`). -1 when it is not one.
inline long long fhirInstant(const std::string& text) {
    std::tm t{};
    int consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &t.tm_year, &t.tm_mon, &t.tm_mday, &consumed) !=
        3)
        return -1;
    t.tm_year -= 1900;
    t.tm_mon -= 1;
    std::string rest = text.substr(static_cast<std::size_t>(consumed));
    if (rest.size() >= 9 && rest[0] == 'T') {
        std::sscanf(rest.c_str(), "T%2d:%2d:%2d", &t.tm_hour, &t.tm_min, &t.tm_sec);
        rest.erase(0, 9);
        if (!rest.empty() && rest[0] == '.') rest.erase(0, rest.find_first_not_of("0123456789", 1));
    }
    long long offset = 0;
    if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-')) {
        int h = 0, m = 0;
        std::sscanf(rest.c_str() + 1, "%2d:%2d", &h, &m);
        offset = (rest[0] == '-' ? -1 : 1) * (h * 3600LL + m * 60LL);
    }
    return static_cast<long long>(::timegm(&t)) - offset;
}

// Whether `value` passes a FHIR comparison such as "ge2026-11-30T00:00:00-05:00".
inline bool passes(long long value, const std::string& filter) {
    const std::string prefix = filter.substr(0, 2);
    const long long bound = fhirInstant(filter.substr(2));
    if (prefix == "ge") return value >= bound;
    if (prefix == "gt") return value > bound;
    if (prefix == "le") return value <= bound;
    if (prefix == "lt") return value < bound;
    return value == fhirInstant(filter);
}

inline std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from <= text.size()) {
        const auto comma = std::min(text.find(',', from), text.size());
        out.push_back(text.substr(from, comma - from));
        from = comma + 1;
    }
    return out;
}

class FakeEhr {
public:
    FakeEhr() {
        server.handle(
            [this](const httplib::Request& req, httplib::Response& res) { serve(req, res); });
    }
    // Creates or replaces a resource (by type and id), as given.
    void put(json resource) {
        std::lock_guard lock(m_mutex);
        const std::string type = resource["resourceType"].get<std::string>();
        m_removed[type].erase(resource["id"].get<std::string>());
        auto& list = m_resources[type];
        const auto same = std::find_if(list.begin(), list.end(),
                                       [&](const json& r) { return r["id"] == resource["id"]; });
        if (same != list.end()) {
            *same = std::move(resource);
        } else {
            list.push_back(std::move(resource));
        }
    }
    // Deletes a resource: searches no longer find it; a read answers 404, or 410 when `gone`.
    void remove(const std::string& type, const std::string& id, bool gone = false) {
        std::lock_guard lock(m_mutex);
        auto& list = m_resources[type];
        list.erase(
            std::remove_if(list.begin(), list.end(), [&](const json& r) { return r["id"] == id; }),
            list.end());
        m_removed[type][id] = gone;
    }
    json get(const std::string& type, const std::string& id) {
        std::lock_guard lock(m_mutex);
        for (const auto& r : m_resources[type])
            if (r["id"] == id) return r;
        return nullptr;
    }
    // Answers instead of the server when it returns true.
    std::function<bool(const httplib::Request&, httplib::Response&)> intercept;
    // Called after each search page is answered (the type and how many pages of that type
    // were answered so far), before the client can ask for the next.
    std::function<void(const std::string& type, int pages)> afterPage;
    bool honourLastUpdated = true;
    bool honourDateAndStatus = true;  // false: a server that ignores date and status
    bool sorts = true;                // false: ignores _sort (keeps the order of put), and says so
    test::FhirTestServer server;

    std::vector<std::string> searches(const std::string& type) const {
        std::vector<std::string> out;
        for (const auto& s : server.seen())
            if (s.method == "GET" && s.target.rfind("/fhir/" + type + "?", 0) == 0)
                out.push_back(s.target);
        return out;
    }

private:
    void serve(const httplib::Request& req, httplib::Response& res) {
        if (intercept && intercept(req, res)) return;
        const std::string path = req.path.substr(std::string("/fhir/").size());
        const auto slash = path.find('/');
        if (slash == std::string::npos) return search(path, req, res);
        std::lock_guard lock(m_mutex);
        const std::string type = path.substr(0, slash), id = path.substr(slash + 1);
        for (auto& r : m_resources[type]) {
            if (r["id"] != id) continue;
            if (req.method == "PUT") {
                r = json::parse(req.body);
                r["meta"]["versionId"] = "4";
            }
            res.set_header("ETag", "W/\"" + r["meta"].value("versionId", "1") + "\"");
            return test::replyJson(res, r);
        }
        const auto removed = m_removed[type].find(id);
        res.status = removed != m_removed[type].end() && removed->second ? 410 : 404;
    }

    bool matchesQuery(const json& r, const httplib::Request& req) const {
        if (req.has_param("_id")) {
            const auto ids = commaList(req.get_param_value("_id"));
            if (std::find(ids.begin(), ids.end(), r["id"].get<std::string>()) == ids.end())
                return false;
        }
        if (honourLastUpdated && req.has_param("_lastUpdated") &&
            !passes(fhirInstant(r["meta"]["lastUpdated"]), req.get_param_value("_lastUpdated")))
            return false;
        if (!honourDateAndStatus) return true;
        if (req.has_param("status")) {
            const auto statuses = commaList(req.get_param_value("status"));
            if (std::find(statuses.begin(), statuses.end(), r.value("status", "")) ==
                statuses.end())
                return false;
        }
        for (std::size_t i = 0; i < req.get_param_value_count("date"); ++i)
            if (!r.contains("start") ||
                !passes(fhirInstant(r["start"]), req.get_param_value("date", i)))
                return false;
        return true;
    }

    // The link to the page after this one: the same query from another offset.
    std::string nextLink(const std::string& type, const httplib::Request& req,
                         std::size_t offset) const {
        std::string url = server.base() + "/" + type + "?";
        for (const auto& [name, value] : req.params)
            if (name != "_offset") url += name + "=" + urlEncode(value) + "&";
        return url + "_offset=" + std::to_string(offset);
    }
    // The query as the server used it (FHIR: the self link), without _sort when it ignores it.
    std::string selfLink(const std::string& type, const httplib::Request& req) const {
        std::string url = server.base() + "/" + type + "?";
        for (const auto& [name, value] : req.params)
            if (sorts || name != "_sort") url += name + "=" + urlEncode(value) + "&";
        return url.substr(0, url.size() - 1);
    }

    void search(const std::string& type, const httplib::Request& req, httplib::Response& res) {
        int pages = 0;
        {
            std::lock_guard lock(m_mutex);
            std::vector<json> found;
            for (const auto& r : m_resources[type])
                if (matchesQuery(r, req)) found.push_back(r);
            if (sorts)
                std::stable_sort(found.begin(), found.end(), [](const json& a, const json& b) {
                    return fhirInstant(a["meta"]["lastUpdated"]) <
                           fhirInstant(b["meta"]["lastUpdated"]);
                });
            const std::size_t count =
                req.has_param("_count") ? std::stoul(req.get_param_value("_count")) : 100;
            const std::size_t offset =
                req.has_param("_offset") ? std::stoul(req.get_param_value("_offset")) : 0;
            json bundle = {
                {"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", json::array()}};
            for (std::size_t i = offset; i < std::min(found.size(), offset + count); ++i)
                bundle["entry"].push_back(
                    {{"resource", found[i]}, {"search", {{"mode", "match"}}}});
            bundle["link"] = {{{"relation", "self"}, {"url", selfLink(type, req)}}};
            if (offset + count < found.size())
                bundle["link"].push_back(
                    {{"relation", "next"}, {"url", nextLink(type, req, offset + count)}});
            test::replyJson(res, bundle);
            pages = ++m_pagesServed[type];
        }
        if (afterPage) afterPage(type, pages);
    }

    std::mutex m_mutex;
    std::map<std::string, std::vector<json>> m_resources;
    std::map<std::string, std::map<std::string, bool>> m_removed;  // id -> answers 410
    std::map<std::string, int> m_pagesServed;
};

inline std::string stamp(int n) {  // distinct, sortable lastUpdated values
    char buf[32];
    std::snprintf(buf, sizeof buf, "2026-11-%02dT%02d:%02d:%02dZ", 1 + n / 86400 % 28,
                  n / 3600 % 24, n / 60 % 60, n % 60);
    return buf;
}

inline json patient(const std::string& id, const std::string& mrn, int updated) {
    return {{"resourceType", "Patient"},
            {"id", id},
            {"meta", {{"lastUpdated", stamp(updated)}}},
            {"identifier", {{{"system", kMrnSystem}, {"value", mrn}}}},
            {"name", {{{"use", "official"}, {"family", "Family" + id}, {"given", {"Given"}}}}},
            {"birthDate", "1980-04-02"}};
}

inline json appointment(const std::string& id, const std::string& patientId, int updated,
                        const std::string& status = "booked") {
    return {{"resourceType", "Appointment"},
            {"id", id},
            {"meta", {{"lastUpdated", stamp(updated)}, {"versionId", "3"}}},
            {"status", status},
            {"start", "2026-11-27T15:00:00Z"},
            {"end", "2026-11-27T15:20:00Z"},
            {"participant", {{{"actor", {{"reference", "Patient/" + patientId}}}}}}};
}

inline FhirSyncOptions options(int pageSize = 500) {
    FhirSyncOptions o;
    o.mapping = {kMrnSystem, "USD", "UTC", day("2026-11-26")};
    o.pageSize = pageSize;
    return o;
}

inline Result<SyncReport> runSync(Store& store, FakeEhr& ehr, const FhirSyncOptions& o = options(),
                                  int maxAttempts = 4) {
    auto client = FhirClient::create({.baseUrl = ehr.server.base(),
                                      .maxAttempts = maxAttempts,
                                      .sleep = [](std::chrono::milliseconds) {}});
    REQUIRE(client);
    return runFhirSync(store, *client, o);
}

inline Result<CheckinPushReport> pushQueued(Store& store, FakeEhr& ehr) {
    auto client = FhirClient::create({.baseUrl = ehr.server.base(),
                                      .maxAttempts = 1,
                                      .sleep = [](std::chrono::milliseconds) {}});
    REQUIRE(client);
    return pushCheckins(store, *client);
}

}  // namespace frontdesk::test
