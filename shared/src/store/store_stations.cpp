// Store: the clinic server's stations, kiosk lock-outs and visits, and idempotent writes
// (station/stations.h). Codes, tokens and handles are kept as SHA-256 digests only.
#include "store/store_impl.h"

namespace frontdesk {
namespace {

constexpr UnixSeconds kOnceKeptS = 7 * 24 * 3600;

Station stationOf(sqlite::Statement& q) {
    Station s;
    s.name = q.getText(0);
    s.role = parseStationRole(q.getTextView(1)).value_or(StationRole::Kiosk);
    s.location = q.getText(2);
    s.createdAt = q.getInt(3);
    if (!q.isNull(4)) s.codeExpiresAt = q.getInt(4);
    if (!q.isNull(5)) s.enrolledAt = q.getInt(5);
    if (!q.isNull(6)) s.revokedAt = q.getInt(6);
    s.extension = q.getText(7);
    return s;
}

constexpr const char* kStationColumns =
    "SELECT name, role, location, created_at, code_expires_at, enrolled_at, revoked_at,"
    " extension FROM station ";

}  // namespace

Result<EnrollmentCode> Store::addStation(const std::string& name, StationRole role,
                                         const std::string& location, UnixSeconds now,
                                         const std::string& extension) {
    if (!isValidStationName(name))
        return fail(ErrorCode::BadInput,
                    "station name '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
    if (extension.size() > 16 || extension.find_first_not_of("0123456789") != std::string::npos)
        return fail(ErrorCode::BadInput, "extension '" + extension + "' must be up to 16 digits");
    return guarded("add station", [&]() -> Result<EnrollmentCode> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& existing = s.statement("SELECT enrolled_at, revoked_at FROM station WHERE name = ?");
        existing.bind(1, name);
        if (existing.step() && !existing.isNull(0) && existing.isNull(1)) {
            existing.reset();
            return fail(ErrorCode::Conflict, "station '" + name +
                                                 "' is enrolled; revoke it first "
                                                 "(frontdesk station revoke " +
                                                 name + ")");
        }
        existing.reset();
        EnrollmentCode code{name, role, newEnrollmentCode(), now + kEnrollmentCodeLifetimeS};
        s.statement(
             "INSERT OR REPLACE INTO station (name, role, location, created_at, code_digest,"
             " code_expires_at, extension) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, name)
            .bind(2, toString(role))
            .bind(3, location)
            .bind(4, now)
            .bind(5, secretDigest(normalizedCode(code.code)))
            .bind(6, code.expiresAt)
            .bind(7, extension)
            .run();
        tx.commit();
        return code;
    });
}

Result<std::vector<Station>> Store::stations() {
    return guarded("read stations", [&]() -> Result<std::vector<Station>> {
        auto& q = m_impl->statement(std::string(kStationColumns) + "ORDER BY name");
        std::vector<Station> out;
        while (q.step()) out.push_back(stationOf(q));
        q.reset();
        return out;
    });
}

Result<void> Store::revokeStation(const std::string& name, UnixSeconds now) {
    return guarded("revoke station", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement(
             "UPDATE station SET revoked_at = COALESCE(revoked_at, ?), code_digest = NULL,"
             " code_expires_at = NULL, token_digest = NULL WHERE name = ?")
            .bind(1, now)
            .bind(2, name)
            .run();
        if (s.db.changes() == 0)
            return fail(ErrorCode::NotFound, "no station named '" + name + "'");
        s.statement("DELETE FROM kiosk_visit WHERE station = ?").bind(1, name).run();
        tx.commit();
        return {};
    });
}

Result<StationCredential> Store::enrollStation(const std::string& code, UnixSeconds now) {
    return guarded("enroll station", [&]() -> Result<StationCredential> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& q = s.statement(
            "SELECT name, role FROM station WHERE code_digest = ? AND code_expires_at > ?"
            " AND revoked_at IS NULL AND enrolled_at IS NULL");
        q.bind(1, secretDigest(normalizedCode(code))).bind(2, now);
        if (!q.step()) {
            q.reset();
            return fail(ErrorCode::NotFound,
                        "the enrollment code is not valid: wrong, already used or expired");
        }
        StationCredential credential{
            q.getText(0), parseStationRole(q.getTextView(1)).value_or(StationRole::Kiosk),
            newStationToken()};
        q.reset();
        s.statement(
             "UPDATE station SET code_digest = NULL, code_expires_at = NULL, token_digest = ?,"
             " enrolled_at = ? WHERE name = ?")
            .bind(1, secretDigest(credential.token))
            .bind(2, now)
            .bind(3, credential.station)
            .run();
        tx.commit();
        return credential;
    });
}

Result<std::optional<Station>> Store::stationForToken(const std::string& token) {
    return guarded("read station", [&]() -> Result<std::optional<Station>> {
        auto& q = m_impl->statement(std::string(kStationColumns) +
                                    "WHERE token_digest = ? AND revoked_at IS NULL");
        q.bind(1, secretDigest(token));
        std::optional<Station> found;
        if (q.step()) found = stationOf(q);
        q.reset();
        return found;
    });
}

Result<KioskLockout> Store::kioskLockout(const std::string& station) {
    return guarded("read kiosk lock-out", [&]() -> Result<KioskLockout> {
        auto& q = m_impl->statement(
            "SELECT failed_tries, locked_until FROM kiosk_lockout WHERE station = ?");
        q.bind(1, station);
        KioskLockout out;
        if (q.step()) out = {static_cast<int>(q.getInt(0)), q.getInt(1)};
        q.reset();
        return out;
    });
}

Result<KioskLockout> Store::countKioskMiss(const std::string& station, int maxTries, int lockoutS,
                                           UnixSeconds now) {
    return guarded("count kiosk miss", [&]() -> Result<KioskLockout> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& q =
            s.statement("SELECT failed_tries, locked_until FROM kiosk_lockout WHERE station = ?");
        q.bind(1, station);
        KioskLockout lock;
        if (q.step()) lock = {static_cast<int>(q.getInt(0)), q.getInt(1)};
        q.reset();
        lock.failedTries += 1;
        if (lock.failedTries >= maxTries) lock = {0, now + lockoutS};
        s.statement(
             "INSERT INTO kiosk_lockout (station, failed_tries, locked_until) VALUES (?, ?, ?)"
             " ON CONFLICT (station) DO UPDATE SET failed_tries = excluded.failed_tries,"
             " locked_until = excluded.locked_until")
            .bind(1, station)
            .bind(2, lock.failedTries)
            .bind(3, lock.lockedUntil)
            .run();
        tx.commit();
        return lock;
    });
}

Result<void> Store::clearKioskMisses(const std::string& station) {
    return guarded("clear kiosk misses", [&]() -> Result<void> {
        m_impl->statement("UPDATE kiosk_lockout SET failed_tries = 0 WHERE station = ?")
            .bind(1, station)
            .run();
        return {};
    });
}

Result<void> Store::openKioskVisit(const std::string& handleDigest, const KioskVisit& visit,
                                   UnixSeconds now) {
    return guarded("open kiosk visit", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement("DELETE FROM kiosk_visit WHERE expires_at <= ?").bind(1, now).run();
        s.statement(
             "INSERT INTO kiosk_visit (handle_digest, station, mrn, expires_at) VALUES (?, ?, ?, "
             "?)")
            .bind(1, handleDigest)
            .bind(2, visit.station)
            .bind(3, visit.mrn)
            .bind(4, visit.expiresAt)
            .run();
        tx.commit();
        return {};
    });
}

Result<std::optional<KioskVisit>> Store::kioskVisit(const std::string& handleDigest,
                                                    UnixSeconds now) {
    return guarded("read kiosk visit", [&]() -> Result<std::optional<KioskVisit>> {
        auto& q = m_impl->statement(
            "SELECT station, mrn, expires_at, appointment_id, prompt_state FROM kiosk_visit"
            " WHERE handle_digest = ? AND expires_at > ?");
        q.bind(1, handleDigest).bind(2, now);
        std::optional<KioskVisit> found;
        if (q.step()) {
            found = KioskVisit{q.getText(0), q.getText(1), q.getInt(2),
                               q.isNull(3) ? std::string() : q.getText(3), std::nullopt};
            if (!q.isNull(4)) found->promptState = parsePromptState(q.getTextView(4));
        }
        q.reset();
        return found;
    });
}

Result<void> Store::markKioskVisitCheckedIn(const std::string& handleDigest,
                                            const std::string& appointmentId, PromptState state) {
    return guarded("record kiosk check-in", [&]() -> Result<void> {
        m_impl
            ->statement(
                "UPDATE kiosk_visit SET appointment_id = ?, prompt_state = ? WHERE handle_digest = "
                "?")
            .bind(1, appointmentId)
            .bind(2, toString(state))
            .bind(3, handleDigest)
            .run();
        return {};
    });
}

Result<void> Store::closeKioskVisit(const std::string& handleDigest) {
    return guarded("close kiosk visit", [&]() -> Result<void> {
        m_impl->statement("DELETE FROM kiosk_visit WHERE handle_digest = ?")
            .bind(1, handleDigest)
            .run();
        return {};
    });
}

Result<OnceAnswer> Store::once(const OnceKey& key, UnixSeconds now,
                               const std::function<Result<OnceAnswer>()>& write) {
    return guarded("idempotent write", [&]() -> Result<OnceAnswer> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& kept = s.statement(
            "SELECT request_digest, status, body FROM request_once WHERE station = ? AND key = ?");
        kept.bind(1, key.station).bind(2, key.key);
        if (kept.step()) {
            const bool same = kept.getTextView(0) == key.requestDigest;
            OnceAnswer answer{static_cast<int>(kept.getInt(1)), kept.getText(2), true};
            kept.reset();
            if (!same)
                return fail(ErrorCode::Conflict,
                            "the idempotency key was already used for another request");
            return answer;
        }
        kept.reset();
        auto answer = write();
        if (!answer) return answer;  // the transaction rolls back: nothing is kept
        s.statement("DELETE FROM request_once WHERE created_at < ?")
            .bind(1, now - kOnceKeptS)
            .run();
        s.statement(
             "INSERT INTO request_once (station, key, request_digest, status, body, created_at)"
             " VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, key.station)
            .bind(2, key.key)
            .bind(3, key.requestDigest)
            .bind(4, answer->status)
            .bind(5, answer->body)
            .bind(6, now)
            .run();
        tx.commit();
        return answer;
    });
}

Result<bool> Store::firstUseOfToken(const std::string& idDigest, UnixSeconds expiresAt,
                                    UnixSeconds now) {
    return guarded("token replay check", [&]() -> Result<bool> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement("DELETE FROM jwt_seen WHERE expires_at < ?").bind(1, now).run();
        s.statement(
             "INSERT INTO jwt_seen (id_digest, expires_at) VALUES (?, ?)"
             " ON CONFLICT (id_digest) DO NOTHING")
            .bind(1, idDigest)
            .bind(2, expiresAt)
            .run();
        const bool first = s.db.changes() == 1;
        tx.commit();
        return first;
    });
}

}  // namespace frontdesk
