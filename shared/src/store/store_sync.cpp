// Store: the FHIR sync's writes (patients, appointments, account balances, high-water marks)
// and the outbox of check-ins for the EHR.
#include <algorithm>
#include <map>

#include "store/store_impl.h"

namespace frontdesk {
namespace {

void writeMark(Store::Impl& s, const std::optional<SyncMark>& mark) {
    if (!mark) return;
    auto& q = s.statement(
        "INSERT INTO sync_state (resource_type, high_water, synced_at) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (resource_type) DO UPDATE SET high_water = ?2, synced_at = ?3");
    q.bind(1, mark->resourceType).bind(2, mark->highWater).bind(3, s.now()).run();
}

// Creates or updates one patient; the guarantor and family of a stored patient stay as they
// are.
SyncChange upsertPatient(Store::Impl& s, const Patient& p) {
    auto& find = s.statement(
        "SELECT id, family_name, given_name, birth_date, phone_digits, language FROM patient"
        " WHERE mrn = ?");
    find.bind(1, p.mrn);
    if (!find.step()) {
        find.reset();
        auto& insert = s.statement(
            "INSERT INTO patient (mrn, family_name, given_name, birth_date, phone_digits,"
            " language) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, p.mrn).bind(2, p.familyName).bind(3, p.givenName);
        insert.bind(4, p.birthDate.iso()).bind(5, p.phoneDigits).bind(6, p.language).run();
        const std::int64_t id = s.db.lastInsertId();
        s.statement("UPDATE patient SET family_id = ?1 WHERE id = ?1").bind(1, id).run();
        s.statement("INSERT INTO patient_summary (patient_id) VALUES (?)").bind(1, id).run();
        return SyncChange::Created;
    }
    const std::int64_t id = find.getInt(0);
    const bool same = find.getTextView(1) == p.familyName && find.getTextView(2) == p.givenName &&
                      find.getTextView(3) == p.birthDate.iso() &&
                      find.getTextView(4) == p.phoneDigits && find.getTextView(5) == p.language;
    find.reset();
    if (same) return SyncChange::Unchanged;
    auto& update = s.statement(
        "UPDATE patient SET family_name = ?, given_name = ?, birth_date = ?, phone_digits = ?,"
        " language = ? WHERE id = ?");
    update.bind(1, p.familyName).bind(2, p.givenName).bind(3, p.birthDate.iso());
    update.bind(4, p.phoneDigits).bind(5, p.language).bind(6, id).run();
    return SyncChange::Updated;
}

void linkEhrId(Store::Impl& s, const std::string& ehrId, const std::string& mrn) {
    auto& put = s.statement(
        "INSERT INTO ehr_patient (ehr_patient_id, patient_id)"
        " SELECT ?1, id FROM patient WHERE mrn = ?2"
        " ON CONFLICT (ehr_patient_id) DO UPDATE SET patient_id = excluded.patient_id");
    put.bind(1, ehrId).bind(2, mrn).run();
}

SyncChange upsertAppointment(Store::Impl& s, const EhrAppointment& e, std::int64_t patientId) {
    const Appointment& a = e.appointment;
    auto& find = s.statement(
        "SELECT id, patient_id, start, duration_min, provider, location, status"
        " FROM appointment WHERE source_id = ?");
    find.bind(1, a.id);
    const bool stored = find.step();
    const std::int64_t id = stored ? find.getInt(0) : 0;
    const bool same = stored && find.getInt(1) == patientId && find.getTextView(2) == a.start &&
                      find.getInt(3) == a.durationMin && find.getTextView(4) == a.provider &&
                      find.getTextView(5) == a.location &&
                      find.getTextView(6) == toString(a.status);
    find.reset();
    SyncChange change = SyncChange::Unchanged;
    if (!stored) {
        auto& insert = s.statement(
            "INSERT INTO appointment (source_id, patient_id, start, duration_min, provider,"
            " location, status) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, a.id).bind(2, patientId).bind(3, a.start).bind(4, a.durationMin);
        insert.bind(5, a.provider).bind(6, a.location).bind(7, toString(a.status)).run();
        change = SyncChange::Created;
    } else if (!same) {
        auto& update = s.statement(
            "UPDATE appointment SET patient_id = ?, start = ?, duration_min = ?, provider = ?,"
            " location = ?, status = ? WHERE id = ?");
        update.bind(1, patientId).bind(2, a.start).bind(3, a.durationMin).bind(4, a.provider);
        update.bind(5, a.location).bind(6, toString(a.status)).bind(7, id).run();
        change = SyncChange::Updated;
    }
    const std::int64_t rowId = stored ? id : s.db.lastInsertId();
    auto& link = s.statement(
        "INSERT INTO ehr_appointment (appointment_id, ehr_id, etag) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (appointment_id) DO UPDATE SET ehr_id = ?2, etag = ?3");
    link.bind(1, rowId).bind(2, a.id).bind(3, e.etag).run();
    // The EHR already knows of an arrival it reports; nothing is left to tell it.
    if (a.status == AppointmentStatus::Arrived || a.status == AppointmentStatus::CheckedIn)
        s.statement("DELETE FROM checkin_outbox WHERE appointment_id = ? AND sent_at IS NULL")
            .bind(1, rowId)
            .run();
    return change;
}

}  // namespace

Result<SyncOutcome> Store::syncPatients(std::span<const EhrPatient> patients,
                                        const std::optional<SyncMark>& mark) {
    return guarded("sync patients", [&]() -> Result<SyncOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        SyncOutcome out;
        for (std::size_t i = 0; i < patients.size(); ++i) {
            const EhrPatient& e = patients[i];
            if (e.patient.mrn.empty() || e.ehrId.empty()) {
                out.changes.push_back(SyncChange::Unchanged);
                out.problems.push_back({i, "no MRN or no EHR id"});
                continue;
            }
            out.changes.push_back(upsertPatient(s, e.patient));
            linkEhrId(s, e.ehrId, e.patient.mrn);
        }
        writeMark(s, mark);
        tx.commit();
        return out;
    });
}

Result<SyncOutcome> Store::syncAppointments(std::span<const EhrAppointment> appointments,
                                            const std::optional<SyncMark>& mark) {
    return guarded("sync appointments", [&]() -> Result<SyncOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        SyncOutcome out;
        for (std::size_t i = 0; i < appointments.size(); ++i) {
            const auto patientId = s.patientId(appointments[i].appointment.mrn);
            if (!patientId) {
                out.changes.push_back(SyncChange::Unchanged);
                out.problems.push_back({i, "the patient is not stored"});
                continue;
            }
            out.changes.push_back(upsertAppointment(s, appointments[i], *patientId));
        }
        writeMark(s, mark);
        tx.commit();
        return out;
    });
}

Result<std::optional<std::string>> Store::mrnForEhrAccount(const std::string& accountId) {
    return guarded("find EHR account", [&]() -> Result<std::optional<std::string>> {
        auto& q = m_impl->statement(
            "SELECT p.mrn FROM ehr_account a JOIN patient p ON p.id = a.patient_id"
            " WHERE a.account_id = ?");
        q.bind(1, accountId);
        std::optional<std::string> mrn;
        if (q.step()) mrn = q.getText(0);
        q.reset();
        return mrn;
    });
}

Result<SyncState> Store::syncState(const std::string& resourceType) {
    return guarded("read sync state", [&]() -> Result<SyncState> {
        auto& q = m_impl->statement(
            "SELECT high_water, window_end FROM sync_state WHERE resource_type = ?");
        q.bind(1, resourceType);
        SyncState state;
        if (q.step()) {
            state.highWater = q.getText(0);
            if (!q.isNull(1)) state.windowEnd = parseDate(q.getTextView(1)).value_or(Date());
        }
        q.reset();
        return state;
    });
}

Result<void> Store::setSyncWindowEnd(const std::string& resourceType, Date windowEnd) {
    return guarded("write sync state", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& q = s.statement(
            "INSERT INTO sync_state (resource_type, window_end, synced_at) VALUES (?1, ?2, ?3)"
            " ON CONFLICT (resource_type) DO UPDATE SET window_end = ?2, synced_at = ?3");
        q.bind(1, resourceType).bind(2, windowEnd.iso()).bind(3, s.now()).run();
        tx.commit();
        return {};
    });
}

Result<std::vector<PendingCheckin>> Store::pendingCheckins(std::size_t limit) {
    return guarded("read check-ins", [&]() -> Result<std::vector<PendingCheckin>> {
        auto& q = m_impl->statement(
            "SELECT o.id, e.ehr_id, o.status, e.etag, o.attempts FROM checkin_outbox o"
            " JOIN ehr_appointment e ON e.appointment_id = o.appointment_id"
            " WHERE o.sent_at IS NULL ORDER BY o.id LIMIT ?");
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

}  // namespace frontdesk
