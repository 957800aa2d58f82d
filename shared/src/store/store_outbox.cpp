// Store: the outbox of check-ins for the EHR (filled by a trigger when an appointment from the
// EHR is checked in; emptied by frontdesk sync and the kiosk's pusher).
#include "store/store_impl.h"

namespace frontdesk {

Result<std::vector<PendingCheckin>> Store::pendingCheckins(std::size_t limit) {
    return guarded("read check-ins", [&]() -> Result<std::vector<PendingCheckin>> {
        auto& q = m_impl->statement(
            "SELECT o.id, e.ehr_id, o.status, e.etag, o.attempts FROM checkin_outbox o"
            " JOIN ehr_appointment e ON e.appointment_id = o.appointment_id"
            " WHERE o.sent_at IS NULL AND o.given_up_at IS NULL ORDER BY o.id LIMIT ?");
        q.bind(1, static_cast<std::int64_t>(limit));
        std::vector<PendingCheckin> out;
        while (q.step())
            out.push_back(
                {q.getInt(0), q.getText(1),
                 parseAppointmentStatus(q.getTextView(2)).value_or(AppointmentStatus::Arrived),
                 q.getText(3), static_cast<int>(q.getInt(4))});
        q.reset();
        return out;
    });
}

Result<void> Store::checkinSent(std::int64_t id, const std::string& newEtag) {
    return guarded("record check-in sent", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement("UPDATE checkin_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
            .bind(1, s.now())
            .bind(2, id)
            .run();
        if (!newEtag.empty())
            s.statement(
                 "UPDATE ehr_appointment SET etag = ? WHERE appointment_id ="
                 " (SELECT appointment_id FROM checkin_outbox WHERE id = ?)")
                .bind(1, newEtag)
                .bind(2, id)
                .run();
        tx.commit();
        return {};
    });
}

Result<void> Store::checkinFailed(std::int64_t id, const std::string& reason) {
    return guarded("record check-in failure", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement(
             "UPDATE checkin_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
            .bind(1, reason)
            .bind(2, id)
            .run();
        tx.commit();
        return {};
    });
}

Result<void> Store::checkinGivenUp(std::int64_t id, const std::string& reason) {
    return guarded("record check-in given up", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        s.statement(
             "UPDATE checkin_outbox SET attempts = attempts + 1, last_error = ?, given_up_at = ?"
             " WHERE id = ?")
            .bind(1, reason)
            .bind(2, s.now())
            .bind(3, id)
            .run();
        tx.commit();
        return {};
    });
}

}  // namespace frontdesk
