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

// An appointment as stored, for comparing it with the EHR's copy.
struct StoredAppointment {
    std::int64_t id = 0;
    Appointment appointment;  // mrn left empty: patientId instead
    std::int64_t patientId = 0;
    std::string etag;
    bool checkinQueued = false;  // a check-in waits in the outbox, unsent
};

std::optional<StoredAppointment> storedAppointment(Store::Impl& s, const std::string& ehrId) {
    auto& find = s.statement(
        "SELECT a.id, a.patient_id, a.start, a.duration_min, a.provider, a.location, a.status,"
        " e.etag, EXISTS (SELECT 1 FROM checkin_outbox o WHERE o.appointment_id = a.id"
        " AND o.sent_at IS NULL AND o.given_up_at IS NULL)"
        " FROM appointment a LEFT JOIN ehr_appointment e ON e.appointment_id = a.id"
        " WHERE a.source_id = ?");
    find.bind(1, ehrId);
    std::optional<StoredAppointment> out;
    if (find.step()) {
        out.emplace();
        out->id = find.getInt(0);
        out->patientId = find.getInt(1);
        Appointment& a = out->appointment;
        a.start = find.getText(2);
        a.durationMin = static_cast<int>(find.getInt(3));
        a.provider = find.getText(4);
        a.location = find.getText(5);
        a.status = parseAppointmentStatus(find.getTextView(6)).value_or(AppointmentStatus::Booked);
        out->etag = find.getText(7);
        out->checkinQueued = find.getInt(8) != 0;
    }
    find.reset();
    return out;
}

bool isArrival(AppointmentStatus status) {
    return status == AppointmentStatus::Arrived || status == AppointmentStatus::CheckedIn;
}

// The status to store: the EHR's, except that a check-in the EHR has not heard of yet wins
// over its `booked`, a status from before the patient arrived.
AppointmentStatus statusToStore(AppointmentStatus ehr, const std::optional<StoredAppointment>& at) {
    if (at && at->checkinQueued && ehr == AppointmentStatus::Booked &&
        isArrival(at->appointment.status))
        return at->appointment.status;
    return ehr;
}

void writeAppointment(Store::Impl& s, const Appointment& a, std::int64_t patientId,
                      std::optional<std::int64_t> rowId) {
    auto& write = s.statement(rowId ? "UPDATE appointment SET patient_id = ?1, start = ?2,"
                                      " duration_min = ?3, provider = ?4, location = ?5,"
                                      " status = ?6 WHERE id = ?7"
                                    : "INSERT INTO appointment (patient_id, start, duration_min,"
                                      " provider, location, status, source_id)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    write.bind(1, patientId).bind(2, a.start).bind(3, a.durationMin).bind(4, a.provider);
    write.bind(5, a.location).bind(6, toString(a.status));
    if (rowId) {
        write.bind(7, *rowId).run();
    } else {
        write.bind(7, a.id).run();
    }
}

SyncChange upsertAppointment(Store::Impl& s, const EhrAppointment& e, std::int64_t patientId) {
    const auto stored = storedAppointment(s, e.appointment.id);
    Appointment a = e.appointment;
    a.status = statusToStore(e.appointment.status, stored);
    SyncChange change = SyncChange::Unchanged;
    if (!stored) {
        writeAppointment(s, a, patientId, std::nullopt);
        change = SyncChange::Created;
    } else if (stored->patientId != patientId || stored->appointment.start != a.start ||
               stored->appointment.durationMin != a.durationMin ||
               stored->appointment.provider != a.provider ||
               stored->appointment.location != a.location ||
               stored->appointment.status != a.status) {
        writeAppointment(s, a, patientId, stored->id);
        change = SyncChange::Updated;
    }
    const std::int64_t rowId = stored ? stored->id : s.db.lastInsertId();
    if (!stored || stored->etag != e.etag) {
        auto& link = s.statement(
            "INSERT INTO ehr_appointment (appointment_id, ehr_id, etag) VALUES (?1, ?2, ?3)"
            " ON CONFLICT (appointment_id) DO UPDATE SET ehr_id = ?2, etag = ?3");
        link.bind(1, rowId).bind(2, a.id).bind(3, e.etag).run();
    }
    // The EHR already knows of an arrival it reports; nothing is left to tell it.
    if (isArrival(e.appointment.status) || e.appointment.status == AppointmentStatus::Fulfilled)
        s.statement(
             "DELETE FROM checkin_outbox WHERE appointment_id = ? AND sent_at IS NULL"
             " AND given_up_at IS NULL")
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

Result<SyncOutcome> Store::cancelEhrAppointments(std::span<const std::string> ehrIds) {
    return guarded("cancel appointments", [&]() -> Result<SyncOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        SyncOutcome out;
        for (std::size_t i = 0; i < ehrIds.size(); ++i) {
            const auto stored = storedAppointment(s, ehrIds[i]);
            if (!stored) out.problems.push_back({i, "the appointment is not stored"});
            if (!stored || stored->appointment.status == AppointmentStatus::Cancelled) {
                out.changes.push_back(SyncChange::Unchanged);
                continue;
            }
            s.statement("UPDATE appointment SET status = ? WHERE id = ?")
                .bind(1, toString(AppointmentStatus::Cancelled))
                .bind(2, stored->id)
                .run();
            out.changes.push_back(SyncChange::Updated);
        }
        tx.commit();
        return out;
    });
}

Result<std::vector<std::string>> Store::ehrAppointmentsBetween(Date from, Date to) {
    return guarded("read appointments", [&]() -> Result<std::vector<std::string>> {
        auto& q = m_impl->statement(
            "SELECT e.ehr_id FROM appointment a JOIN ehr_appointment e"
            " ON e.appointment_id = a.id WHERE a.start >= ? AND a.start < ?"
            " AND a.status <> 'cancelled' ORDER BY a.start, a.id");
        q.bind(1, from.iso()).bind(2, to.iso());
        std::vector<std::string> out;
        while (q.step()) out.push_back(q.getText(0));
        q.reset();
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
        auto& q = m_impl->statement("SELECT high_water FROM sync_state WHERE resource_type = ?");
        q.bind(1, resourceType);
        SyncState state;
        if (q.step()) state.highWater = q.getText(0);
        q.reset();
        return state;
    });
}

}  // namespace frontdesk
