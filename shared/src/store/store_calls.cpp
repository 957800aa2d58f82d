// Store: calls the phone system announced to the clinic server, for the desks that wait for
// them (station/stations.h CallEvent). Kept a day: the caller's number is the patient's.
#include "store/store_impl.h"

namespace frontdesk {
namespace {

constexpr UnixSeconds kCallsKeptS = 24 * 3600;

}  // namespace

Result<CallEvent> Store::recordCall(const std::string& callerDigits, const std::string& extension,
                                    UnixSeconds now) {
    return guarded("record call", [&]() -> Result<CallEvent> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement("DELETE FROM call_event WHERE at < ?").bind(1, now - kCallsKeptS).run();
        CallEvent call{0, now, callerDigits, extension, ""};
        if (!extension.empty()) {
            auto& q = s.statement(
                "SELECT name FROM station WHERE extension = ? AND revoked_at IS NULL"
                " AND role IN ('desk', 'phone', 'admin') ORDER BY name LIMIT 1");
            q.bind(1, extension);
            if (q.step()) call.station = q.getText(0);
            q.reset();
        }
        s.statement(
             "INSERT INTO call_event (at, caller_digits, extension, station) VALUES (?, ?, ?, ?)")
            .bind(1, now)
            .bind(2, callerDigits)
            .bind(3, extension)
            .bind(4, call.station)
            .run();
        call.id = s.db.lastInsertId();
        tx.commit();
        return call;
    });
}

Result<std::vector<CallEvent>> Store::callsFor(const std::string& station, std::int64_t afterId,
                                               std::size_t limit) {
    return guarded("read calls", [&]() -> Result<std::vector<CallEvent>> {
        auto& q = m_impl->statement(
            "SELECT id, at, caller_digits, extension, station FROM call_event"
            " WHERE id > ? AND (station = '' OR station = ?) ORDER BY id LIMIT ?");
        q.bind(1, afterId).bind(2, station).bind(3, static_cast<std::int64_t>(limit));
        std::vector<CallEvent> out;
        while (q.step())
            out.push_back({q.getInt(0), q.getInt(1), q.getText(2), q.getText(3), q.getText(4)});
        q.reset();
        return out;
    });
}

Result<std::int64_t> Store::lastCallId() {
    return guarded("read calls", [&]() -> Result<std::int64_t> {
        auto& q = m_impl->statement("SELECT COALESCE(MAX(id), 0) FROM call_event");
        q.step();
        const std::int64_t id = q.getInt(0);
        q.reset();
        return id;
    });
}

}  // namespace frontdesk
