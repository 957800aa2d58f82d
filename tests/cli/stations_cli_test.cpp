// frontdesk station add, list and revoke: what they print, their JSON keys and their errors
// (docs/cli.md).
#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <regex>
#include <set>

#include "cli_scratch.h"
#include "frontdesk/store/store.h"

namespace {

using frontdesk::test::Run;
using frontdesk::test::Scratch;

using frontdesk::systemNow;

const std::regex kCode("([0-9A-HJKMNP-TV-Z]{4}-){2}[0-9A-HJKMNP-TV-Z]{4}");
const std::regex kUtc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");

// "2026-12-01T18:00:00Z" as seconds since 1970.
std::int64_t secondsOf(const std::string& utc) {
    std::tm t{};
    REQUIRE(std::sscanf(utc.c_str(), "%d-%d-%dT%d:%d:%dZ", &t.tm_year, &t.tm_mon, &t.tm_mday,
                        &t.tm_hour, &t.tm_min, &t.tm_sec) == 6);
    t.tm_year -= 1900;
    t.tm_mon -= 1;
    return ::timegm(&t);
}

std::set<std::string> keysOf(const nlohmann::json& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items()) keys.insert(key);
    return keys;
}

frontdesk::Store openStore(const Scratch& s) {
    auto store = frontdesk::Store::open(s.db());
    REQUIRE(store);
    return std::move(*store);
}

}  // namespace

TEST_CASE("station add prints the code once, with its expiry and the next step", "[cli]") {
    const Scratch s;
    const Run r = s.on("station add kiosk-1 --role kiosk --location Lobby");
    REQUIRE(r.exit == 0);
    std::smatch code;
    REQUIRE(std::regex_search(r.out, code, kCode));
    CHECK(r.out.find("Station 'kiosk-1' added as kiosk at Lobby.") != std::string::npos);
    CHECK(r.out.find("shown only this once") != std::string::npos);
    CHECK(std::regex_search(r.out, std::regex(R"(until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    // a kiosk enrolls itself
    CHECK(r.out.find("frontdesk-kiosk --server URL --enroll " + code.str()) != std::string::npos);
    CHECK(r.err.empty());

    const std::string digest = s.sql("SELECT code_digest FROM station WHERE name = 'kiosk-1'");
    CHECK(std::regex_match(digest, std::regex("[0-9a-f]{64}\n")));
    const Run list = s.on("station list");
    CHECK(list.out.find(code.str()) == std::string::npos);
    CHECK(list.out.find(digest.substr(0, 64)) == std::string::npos);
}

TEST_CASE("station add names the enroll command for every other role", "[cli]") {
    const Scratch s;
    for (const char* role : {"desk", "phone", "pbx", "admin"}) {
        const Run r = s.on(std::string("station add ") + role + "-1 --role " + role);
        std::smatch code;
        REQUIRE(std::regex_search(r.out, code, kCode));
        CHECK(r.out.find("frontdesk enroll --server URL --code " + code.str() +
                         " --credential FILE") != std::string::npos);
    }
}

TEST_CASE("station add --json prints exactly the station, role, code and expiry", "[cli]") {
    const Scratch s;
    const std::int64_t before = systemNow();
    // --as-of is a date for balances: the expiry comes from the clock
    const Run r =
        s.run("station add kiosk-1 --role kiosk --json --db " + s.db() + " --as-of 2001-01-01");
    const std::int64_t after = systemNow();
    REQUIRE(r.exit == 0);
    const auto j = r.json();
    CHECK(keysOf(j) == std::set<std::string>{"station", "role", "enrollment_code", "expires_at"});
    CHECK(j["station"] == "kiosk-1");
    CHECK(j["role"] == "kiosk");
    CHECK(std::regex_match(j["enrollment_code"].get<std::string>(), kCode));
    const std::string expires = j["expires_at"];
    REQUIRE(std::regex_match(expires, kUtc));
    CHECK(secondsOf(expires) >= before + 24 * 3600);
    CHECK(secondsOf(expires) <= after + 24 * 3600);
}

TEST_CASE("station list shows each station's role, location, state and times", "[cli]") {
    const Scratch s;
    CHECK(s.on("station list").out.find("No stations.") != std::string::npos);
    CHECK(s.on("station list --json").json() == nlohmann::json::array());
    const auto code = s.on("station add kiosk-1 --role kiosk --location Lobby --json").json();
    REQUIRE(s.on("station add desk-1 --role desk --json").exit == 0);
    REQUIRE(s.on("station add old-1 --role phone").exit == 0);
    REQUIRE(s.on("station add gone-1 --role pbx").exit == 0);
    {
        frontdesk::Store store = openStore(s);
        REQUIRE(store.enrollStation(code["enrollment_code"].get<std::string>(), systemNow()));
    }
    REQUIRE(s.on("station revoke gone-1").exit == 0);
    s.sql("UPDATE station SET code_expires_at = 1000 WHERE name = 'old-1'");

    const auto list = s.on("station list --json").json();
    REQUIRE(list.size() == 4);
    std::vector<std::string> names;
    for (const auto& st : list) {
        names.push_back(st["name"]);
        CHECK(keysOf(st) == std::set<std::string>{"name", "role", "location", "extension", "state",
                                                  "created_at", "code_expires_at", "enrolled_at",
                                                  "revoked_at"});
        CHECK(std::regex_match(st["created_at"].get<std::string>(), kUtc));
    }
    CHECK(names == std::vector<std::string>{"desk-1", "gone-1", "kiosk-1", "old-1"});
    CHECK(list[0]["state"] == "code waiting");
    CHECK(std::regex_match(list[0]["code_expires_at"].get<std::string>(), kUtc));
    CHECK(list[0]["enrolled_at"].is_null());
    CHECK(list[1]["state"] == "revoked");
    CHECK(list[1]["role"] == "pbx");
    CHECK(std::regex_match(list[1]["revoked_at"].get<std::string>(), kUtc));
    CHECK(list[1]["code_expires_at"].is_null());  // its code was refused with it
    CHECK(list[2]["state"] == "enrolled");
    CHECK(list[2]["location"] == "Lobby");
    CHECK(list[2]["code_expires_at"].is_null());
    CHECK(std::regex_match(list[2]["enrolled_at"].get<std::string>(), kUtc));
    CHECK(list[2]["revoked_at"].is_null());
    CHECK(list[3]["state"] == "code expired");
    CHECK(list[3]["code_expires_at"] == "1970-01-01T00:16:40Z");

    const Run text = s.on("station list");
    REQUIRE(text.exit == 0);
    CHECK(std::regex_search(text.out, std::regex("name +role +location +state +created +enrolled "
                                                 "+revoked\n")));
    CHECK(std::regex_search(text.out, std::regex("kiosk-1 +kiosk +Lobby +enrolled +")));
    CHECK(std::regex_search(text.out, std::regex("old-1 +phone +- +code expired +")));
    CHECK(std::regex_search(text.out, std::regex("gone-1 +pbx +- +revoked +")));
}

TEST_CASE("station revoke refuses the credential, and an unknown name exits 2", "[cli]") {
    const Scratch s;
    const auto code = s.on("station add kiosk-1 --role kiosk --json").json();
    std::string token;
    {
        frontdesk::Store store = openStore(s);
        const auto credential =
            store.enrollStation(code["enrollment_code"].get<std::string>(), systemNow());
        REQUIRE(credential);
        token = credential->token;
    }
    const Run revoked = s.on("station revoke kiosk-1");
    CHECK(revoked.exit == 0);
    CHECK(revoked.out.find("Station 'kiosk-1' revoked") != std::string::npos);
    CHECK(*openStore(s).stationForToken(token) == std::nullopt);

    const Run unknown = s.on("station revoke ghost");
    CHECK(unknown.exit == 2);
    CHECK(unknown.err == "frontdesk: no station named 'ghost'\n");
    CHECK(unknown.out.empty());
}

TEST_CASE("a bad role or station name exits 2, names it and writes nothing", "[cli]") {
    const Scratch s;
    const Run role = s.on("station add kiosk-1 --role robot");
    CHECK(role.exit == 2);
    CHECK(role.err == "frontdesk: --role 'robot' is not kiosk, desk, phone, pbx or admin\n");
    CHECK_FALSE(std::filesystem::exists(s.db()));  // not even created

    REQUIRE(s.on("init").exit == 0);
    const Run name = s.on("station add 'front desk' --role desk");
    CHECK(name.exit == 2);
    CHECK(name.err ==
          "frontdesk: station name 'front desk' must be 1 to 64 letters, digits, "
          "'.', '_' or '-'\n");
    CHECK(s.on("station add kiosk-1").exit == 2);  // --role is required
    CHECK(s.run("station").exit == 2);             // add, list or revoke
    CHECK(s.sql("SELECT count(*) FROM station") == "0\n");
}

TEST_CASE("station add of an enrolled station exits 2 and says to revoke it first", "[cli]") {
    const Scratch s;
    const auto code = s.on("station add desk-1 --role desk --json").json();
    {
        frontdesk::Store store = openStore(s);
        REQUIRE(store.enrollStation(code["enrollment_code"].get<std::string>(), systemNow()));
    }
    const Run again = s.on("station add desk-1 --role desk");
    CHECK(again.exit == 2);
    CHECK(again.err.find("'desk-1' is enrolled; revoke it first") != std::string::npos);
    CHECK(again.out.empty());
    CHECK(s.on("station list --json").json()[0]["state"] == "enrolled");
}
