// The Store's stations (station/stations.h): one-time enrollment codes, bearer tokens kept as
// digests, kiosk lock-outs shared by every connection, and writes run once per idempotency key.
#include <cctype>
#include <regex>
#include <vector>

#include "clinic_file.h"
#include "frontdesk/station/stations.h"
#include "raw_sqlite.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::day;
using frontdesk::test::TestStore;

namespace {

constexpr UnixSeconds kNow = 1'795'683'600;  // 2026-11-26T09:00:00Z

Store openAgain(const TestStore& t) {
    auto store = Store::open(t.dir.file("clinic.db"));
    REQUIRE(store);
    return std::move(*store);
}

std::optional<Station> stationNamed(Store& store, const std::string& name) {
    auto all = store.stations();
    REQUIRE(all);
    for (Station& s : *all)
        if (s.name == name) return s;
    return std::nullopt;
}

StationCredential enrolled(Store& store, const std::string& name, StationRole role) {
    const auto code = store.addStation(name, role, "", kNow);
    REQUIRE(code);
    const auto credential = store.enrollStation(code->code, kNow + 60);
    REQUIRE(credential);
    return *credential;
}

// The code as a person might type it: lower case, without its dashes, spaced, with O for 0
// and I or L for 1.
std::string typedSloppily(const std::string& code) {
    std::string out;
    bool useI = false;
    for (const char c : code) {
        if (c == '-') continue;
        if (c == '0')
            out += 'o';
        else if (c == '1')
            out += (useI = !useI) ? 'I' : 'l';
        else
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (out.size() % 3 == 0) out += ' ';
    }
    return out;
}

void seedPatient(Store& store) {
    const Patient p{"P1", "Lee", "Maria", day("1980-04-02"), "", "en", ""};
    REQUIRE(store.putPatients({&p, 1})->problems.empty());
}

Result<OnceAnswer> remindOnce(Store& store, const OnceKey& key, int& runs) {
    return store.once(key, kNow, [&]() -> Result<OnceAnswer> {
        ++runs;
        const ReminderInput r{
            "P1", day("2026-11-26"), Channel::Kiosk, ReminderOutcome::Shown, "kiosk-1", "", {}};
        if (auto ok = store.recordReminder(r); !ok) return tl::unexpected(ok.error());
        return OnceAnswer{201, R"({"recorded":true})", false};
    });
}

}  // namespace

TEST_CASE("a station's code enrolls it once and its token finds it until it is revoked",
          "[stations]") {
    TestStore t;
    const auto code = t.store.addStation("kiosk-1", StationRole::Kiosk, "Lobby", kNow);
    REQUIRE(code);
    CHECK(code->station == "kiosk-1");
    CHECK(code->role == StationRole::Kiosk);
    CHECK(std::regex_match(code->code,
                           std::regex("([0-9A-HJKMNP-TV-Z]{4}-){2}[0-9A-HJKMNP-TV-Z]{4}")));
    CHECK(code->expiresAt == kNow + kEnrollmentCodeLifetimeS);
    auto waiting = stationNamed(t.store, "kiosk-1");
    REQUIRE(waiting);
    CHECK(waiting->location == "Lobby");
    CHECK(waiting->createdAt == kNow);
    CHECK(waiting->codeExpiresAt == code->expiresAt);
    CHECK(stationState(*waiting, kNow) == "code waiting");

    const auto credential = t.store.enrollStation(code->code, kNow + 60);
    REQUIRE(credential);
    CHECK(credential->station == "kiosk-1");
    CHECK(credential->role == StationRole::Kiosk);
    CHECK(std::regex_match(credential->token, std::regex("fds_[A-Za-z0-9_-]{43}")));
    const auto enrolledStation = stationNamed(t.store, "kiosk-1");
    CHECK(enrolledStation->enrolledAt == kNow + 60);
    CHECK_FALSE(enrolledStation->codeExpiresAt);
    CHECK(stationState(*enrolledStation, kNow + 60) == "enrolled");
    const auto found = t.store.stationForToken(credential->token);
    REQUIRE(found);
    REQUIRE(*found);
    CHECK((*found)->name == "kiosk-1");
    CHECK((*found)->role == StationRole::Kiosk);

    const auto again = t.store.enrollStation(code->code, kNow + 120);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);

    REQUIRE(t.store.revokeStation("kiosk-1", kNow + 180));
    CHECK(*t.store.stationForToken(credential->token) == std::nullopt);
    const auto revoked = stationNamed(t.store, "kiosk-1");
    CHECK(revoked->revokedAt == kNow + 180);
    CHECK(stationState(*revoked, kNow + 180) == "revoked");
}

TEST_CASE("an enrollment code is refused from the second it expires", "[stations]") {
    TestStore t;
    const auto code = t.store.addStation("desk-1", StationRole::Desk, "", kNow);
    REQUIRE(code);
    const auto late = t.store.enrollStation(code->code, code->expiresAt);
    REQUIRE_FALSE(late);
    CHECK(late.error().code == ErrorCode::NotFound);
    CHECK(stationState(*stationNamed(t.store, "desk-1"), code->expiresAt) == "code expired");
    // the refusal used nothing up: a second before, the same code works
    CHECK(t.store.enrollStation(code->code, code->expiresAt - 1));
}

TEST_CASE("a wrong code enrolls nothing and is refused like a used one", "[stations]") {
    TestStore t;
    REQUIRE(t.store.addStation("desk-1", StationRole::Desk, "", kNow));
    const auto wrong = t.store.enrollStation(newEnrollmentCode(), kNow + 1);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::NotFound);
    CHECK(wrong.error().message ==
          "the enrollment code is not valid: wrong, already used or expired");
    CHECK_FALSE(t.store.enrollStation("", kNow + 1));
    CHECK_FALSE(stationNamed(t.store, "desk-1")->enrolledAt);
}

TEST_CASE("a code is read as typed: any case, dashes, spaces, and O, I, L for 0, 1", "[stations]") {
    CHECK(normalizedCode("abcd-efgh jkmn") == "ABCDEFGHJKMN");
    CHECK(normalizedCode("O0-i1-L1-ol") == "00111101");

    TestStore t;
    // a code with both a 0 and a 1 in it, so that the letters read as digits are tried
    std::optional<EnrollmentCode> code;
    for (int i = 0; i < 500 && !code; ++i) {
        auto made = t.store.addStation("phone-1", StationRole::Phone, "", kNow);
        REQUIRE(made);
        if (made->code.find('0') != std::string::npos && made->code.find('1') != std::string::npos)
            code = *made;
    }
    REQUIRE(code);
    INFO(code->code << " typed as '" << typedSloppily(code->code) << "'");
    const auto credential = t.store.enrollStation(typedSloppily(code->code), kNow + 1);
    REQUIRE(credential);
    CHECK(credential->station == "phone-1");
}

TEST_CASE("adding a station not yet enrolled again gives a new code and the old one stops working",
          "[stations]") {
    TestStore t;
    const auto first = t.store.addStation("desk-1", StationRole::Desk, "Front", kNow);
    const auto second = t.store.addStation("desk-1", StationRole::Phone, "Back", kNow + 10);
    REQUIRE((first && second));
    CHECK(second->code != first->code);
    CHECK(second->expiresAt == kNow + 10 + kEnrollmentCodeLifetimeS);
    CHECK_FALSE(t.store.enrollStation(first->code, kNow + 20));
    const auto credential = t.store.enrollStation(second->code, kNow + 20);
    REQUIRE(credential);
    CHECK(credential->role == StationRole::Phone);
    CHECK(t.store.stations()->size() == 1);
    CHECK(stationNamed(t.store, "desk-1")->location == "Back");
}

TEST_CASE("a revoked station added again gets a new code and its old token stays refused",
          "[stations]") {
    TestStore t;
    const StationCredential old = enrolled(t.store, "kiosk-1", StationRole::Kiosk);
    REQUIRE(t.store.revokeStation("kiosk-1", kNow + 100));
    const auto code = t.store.addStation("kiosk-1", StationRole::Kiosk, "", kNow + 200);
    REQUIRE(code);
    CHECK(stationState(*stationNamed(t.store, "kiosk-1"), kNow + 200) == "code waiting");
    CHECK(*t.store.stationForToken(old.token) == std::nullopt);
    const auto fresh = t.store.enrollStation(code->code, kNow + 300);
    REQUIRE(fresh);
    CHECK(fresh->token != old.token);
    CHECK(*t.store.stationForToken(fresh->token) != std::nullopt);
    CHECK(*t.store.stationForToken(old.token) == std::nullopt);
}

TEST_CASE("revoking a station that waits for enrollment refuses its code, and none waits",
          "[stations]") {
    TestStore t;
    const auto code = t.store.addStation("desk-1", StationRole::Desk, "", kNow);
    REQUIRE(code);
    REQUIRE(t.store.revokeStation("desk-1", kNow + 1));
    CHECK_FALSE(t.store.enrollStation(code->code, kNow + 2));
    const auto revoked = stationNamed(t.store, "desk-1");
    CHECK(stationState(*revoked, kNow + 2) == "revoked");
    CHECK(revoked->revokedAt == kNow + 1);
    CHECK_FALSE(revoked->codeExpiresAt);  // no code waits any more
}

TEST_CASE("adding an enrolled station again is a Conflict and keeps its credential", "[stations]") {
    TestStore t;
    const StationCredential credential = enrolled(t.store, "desk-1", StationRole::Desk);
    const auto again = t.store.addStation("desk-1", StationRole::Admin, "", kNow + 100);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.find("revoke it first") != std::string::npos);
    const auto found = t.store.stationForToken(credential.token);
    REQUIRE(*found);
    CHECK((*found)->role == StationRole::Desk);
}

TEST_CASE("a bad station name is BadInput and writes nothing", "[stations]") {
    TestStore t;
    const std::vector<std::string> names{"", "front desk", "kiosk/1", "kiosk-ü",
                                         std::string(65, 'k')};
    for (const std::string& name : names) {
        INFO("'" << name << "'");
        const auto added = t.store.addStation(name, StationRole::Kiosk, "", kNow);
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::BadInput);
        CHECK(added.error().message.find("'" + name + "'") != std::string::npos);
    }
    CHECK(t.store.addStation(std::string(64, 'k'), StationRole::Kiosk, "", kNow));
    CHECK(t.store.stations()->size() == 1);
}

TEST_CASE("revoking a station nobody added is NotFound", "[stations]") {
    TestStore t;
    const auto revoked = t.store.revokeStation("ghost", kNow);
    REQUIRE_FALSE(revoked);
    CHECK(revoked.error().code == ErrorCode::NotFound);
    CHECK(revoked.error().message == "no station named 'ghost'");
}

TEST_CASE("a revoke on one connection refuses the token on another at its next call",
          "[stations]") {
    TestStore t;
    Store server = openAgain(t);
    const StationCredential credential = enrolled(t.store, "kiosk-1", StationRole::Kiosk);
    REQUIRE(*server.stationForToken(credential.token));
    REQUIRE(t.store.revokeStation("kiosk-1", kNow + 100));
    CHECK(*server.stationForToken(credential.token) == std::nullopt);
}

TEST_CASE("codes and tokens are kept only as digests, never in clear", "[stations]") {
    TestStore t;
    const auto waiting = t.store.addStation("desk-1", StationRole::Desk, "", kNow);
    REQUIRE(waiting);
    const StationCredential credential = enrolled(t.store, "kiosk-1", StationRole::Kiosk);

    test::RawDb raw(t.dir.file("clinic.db"), test::RawDb::Mode::ReadOnly);
    CHECK(raw.text("SELECT code_digest FROM station WHERE name = 'desk-1'") ==
          secretDigest(normalizedCode(waiting->code)));
    CHECK(raw.text("SELECT token_digest FROM station WHERE name = 'kiosk-1'") ==
          secretDigest(credential.token));
    // the database file and its WAL hold none of the secrets' text
    const std::string bytes =
        test::fileBytes(t.dir.file("clinic.db")) + test::fileBytes(t.dir.file("clinic.db-wal"));
    REQUIRE(bytes.find("kiosk-1") != std::string::npos);  // what was written is there
    for (const std::string& secret : {waiting->code, normalizedCode(waiting->code),
                                      credential.token, credential.token.substr(4)}) {
        INFO(secret);
        CHECK(bytes.find(secret) == std::string::npos);
    }
}

TEST_CASE("a kiosk is locked at its maxTries-th miss in a row, then counts again from zero",
          "[stations]") {
    TestStore t;
    CHECK(t.store.kioskLockout("kiosk-1")->failedTries == 0);
    CHECK(t.store.countKioskMiss("kiosk-1", 3, 30, kNow)->failedTries == 1);
    CHECK(t.store.countKioskMiss("kiosk-1", 3, 30, kNow)->failedTries == 2);
    const auto locked = t.store.countKioskMiss("kiosk-1", 3, 30, kNow + 5);
    REQUIRE(locked);
    CHECK(locked->failedTries == 0);
    CHECK(locked->lockedUntil == kNow + 35);
    CHECK(t.store.kioskLockout("kiosk-1")->lockedUntil == kNow + 35);
    CHECK(t.store.kioskLockout("kiosk-2")->lockedUntil == 0);

    const auto later = t.store.countKioskMiss("kiosk-1", 3, 30, kNow + 40);
    CHECK(later->failedTries == 1);
    CHECK(later->lockedUntil == kNow + 35);  // the lock-out has passed: not locked again yet
}

TEST_CASE("a match clears a kiosk's misses", "[stations]") {
    TestStore t;
    REQUIRE(t.store.countKioskMiss("kiosk-1", 3, 30, kNow));
    REQUIRE(t.store.countKioskMiss("kiosk-1", 3, 30, kNow));
    REQUIRE(t.store.clearKioskMisses("kiosk-1"));
    CHECK(t.store.kioskLockout("kiosk-1")->failedTries == 0);
    const auto next = t.store.countKioskMiss("kiosk-1", 3, 30, kNow);
    CHECK(next->failedTries == 1);
    CHECK(next->lockedUntil == 0);
}

TEST_CASE("two connections to one database count one kiosk's misses together", "[stations]") {
    TestStore t;
    Store other = openAgain(t);
    REQUIRE(t.store.countKioskMiss("kiosk-1", 3, 30, kNow));
    REQUIRE(other.countKioskMiss("kiosk-1", 3, 30, kNow));
    const auto locked = t.store.countKioskMiss("kiosk-1", 3, 30, kNow);
    REQUIRE(locked);
    CHECK(locked->lockedUntil == kNow + 30);
    CHECK(other.kioskLockout("kiosk-1")->lockedUntil == kNow + 30);
}

TEST_CASE("a write sent again with its key gets the kept answer without running again",
          "[stations][once]") {
    TestStore t;
    seedPatient(t.store);
    const OnceKey key{"kiosk-1", "key-1", "digest-A"};
    int runs = 0;
    const auto first = remindOnce(t.store, key, runs);
    REQUIRE(first);
    CHECK(first->status == 201);
    CHECK_FALSE(first->replayed);
    Store other = openAgain(t);  // another server process answers alike
    for (Store* store : {&t.store, &other}) {
        const auto again = remindOnce(*store, key, runs);
        REQUIRE(again);
        CHECK(again->replayed);
        CHECK(again->status == 201);
        CHECK(again->body == R"({"recorded":true})");
    }
    CHECK(runs == 1);
    CHECK(test::ClinicFile(t.dir.file("clinic.db").string()).reminderCount("P1") == 1);
}

TEST_CASE("an idempotency key sent with another request is a Conflict", "[stations][once]") {
    TestStore t;
    seedPatient(t.store);
    int runs = 0;
    REQUIRE(remindOnce(t.store, {"kiosk-1", "key-1", "digest-A"}, runs));
    const auto other = remindOnce(t.store, {"kiosk-1", "key-1", "digest-B"}, runs);
    REQUIRE_FALSE(other);
    CHECK(other.error().code == ErrorCode::Conflict);
    CHECK(runs == 1);
    // keys are a station's own: another station's same key is another write
    CHECK_FALSE(remindOnce(t.store, {"kiosk-2", "key-1", "digest-B"}, runs)->replayed);
    CHECK(runs == 2);
}

TEST_CASE("a write that fails keeps nothing under its key, and a retry runs it",
          "[stations][once]") {
    TestStore t;
    seedPatient(t.store);
    const OnceKey key{"kiosk-1", "key-1", "digest-A"};
    const auto failed = t.store.once(
        key, kNow, []() -> Result<OnceAnswer> { return fail(ErrorCode::BadInput, "not now"); });
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message == "not now");
    int runs = 0;
    const auto retried = remindOnce(t.store, key, runs);
    REQUIRE(retried);
    CHECK_FALSE(retried->replayed);
    CHECK(runs == 1);
}

TEST_CASE("a Store write inside a write that then fails is rolled back with it",
          "[stations][once]") {
    TestStore t;
    seedPatient(t.store);
    const OnceKey key{"kiosk-1", "key-1", "digest-A"};
    bool recorded = false;
    const auto failed = t.store.once(key, kNow, [&]() -> Result<OnceAnswer> {
        const ReminderInput r{
            "P1", day("2026-11-26"),  Channel::Kiosk, ReminderOutcome::Paid, "kiosk-1",
            "",   test::money("5.00")};
        recorded = t.store.recordReminder(r).has_value();
        return fail(ErrorCode::Storage, "the answer could not be kept");
    });
    REQUIRE(recorded);
    REQUIRE_FALSE(failed);
    const test::ClinicFile file(t.dir.file("clinic.db").string());
    CHECK(file.reminderCount("P1") == 0);
    CHECK(t.store.ledgerOf("P1")->empty());  // nor the payment it posted
    CHECK_FALSE(t.store.standing("P1", day("2026-11-26"))->lastReminder);

    int runs = 0;
    REQUIRE(remindOnce(t.store, key, runs));
    CHECK(file.reminderCount("P1") == 1);
}

TEST_CASE("a token id is taken once, by any connection, until its token expires",
          "[stations][jwt]") {
    TestStore t;
    Store other = openAgain(t);
    const std::string id = secretDigest("https://ehr.example.org\njti-1");
    CHECK(t.store.firstUseOfToken(id, kNow + 300, kNow).value());
    CHECK_FALSE(t.store.firstUseOfToken(id, kNow + 300, kNow + 10).value());
    CHECK_FALSE(other.firstUseOfToken(id, kNow + 300, kNow + 20).value());  // another process
    CHECK(
        other.firstUseOfToken(secretDigest("https://ehr.example.org\njti-2"), kNow + 300, kNow + 20)
            .value());
    // after its expiry the id is forgotten (the token itself is refused as expired by then)
    CHECK(t.store.firstUseOfToken(id, kNow + 900, kNow + 301).value());
    test::RawDb raw(t.dir.file("clinic.db"));
    CHECK(raw.integer("SELECT count(*) FROM jwt_seen WHERE expires_at < " +
                      std::to_string(kNow + 301)) == 0);
}
