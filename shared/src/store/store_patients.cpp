// Store: patients and appointments.
#include <map>
#include <set>

#include "store/store_impl.h"

namespace frontdesk {

Patient readPatient(const sqlite::Statement& q) {
    Patient p;
    p.mrn = q.getText(0);
    p.familyName = q.getText(1);
    p.givenName = q.getText(2);
    p.birthDate = parseDate(q.getTextView(3)).value_or(Date());
    p.phoneDigits = q.getText(4);
    p.language = q.getText(5);
    p.guarantorMrn = q.getText(6);
    return p;
}

namespace {

constexpr const char* kSelectPatient =
    "SELECT p.mrn, p.family_name, p.given_name, p.birth_date, p.phone_digits, p.language,"
    " COALESCE(g.mrn, '') FROM patient p LEFT JOIN patient g ON g.id = p.guarantor_id"
    " WHERE p.mrn = ?";

std::optional<Patient> loadPatient(Store::Impl& s, const std::string& mrn) {
    auto& q = s.statement(kSelectPatient);
    q.bind(1, mrn);
    std::optional<Patient> p;
    if (q.step()) p = readPatient(q);
    q.reset();
    return p;
}

// Follows guarantors through the batch to the family's head; nullopt for a cycle.
std::optional<std::string> familyHead(const std::map<std::string, const Patient*>& batch,
                                      std::string mrn) {
    for (std::size_t hops = 0; hops <= batch.size(); ++hops) {
        const auto it = batch.find(mrn);
        if (it == batch.end()) return mrn;  // stored already (or unknown: reported elsewhere)
        const std::string& g = it->second->guarantorMrn;
        if (g.empty() || g == mrn) return mrn;
        mrn = g;
    }
    return std::nullopt;
}

std::map<std::string, const Patient*> byMrn(std::span<const Patient> patients,
                                            const std::vector<std::size_t>& fresh) {
    std::map<std::string, const Patient*> batch;
    for (std::size_t i : fresh) batch.emplace(patients[i].mrn, &patients[i]);
    return batch;
}

// Checks each patient against the store and the rest of the batch; returns the rows to insert.
std::vector<std::size_t> newPatients(Store::Impl& s, std::span<const Patient> patients,
                                     BatchOutcome& out) {
    std::vector<std::size_t> fresh;
    std::map<std::string, std::size_t> inBatch;
    for (std::size_t i = 0; i < patients.size(); ++i) {
        const Patient& p = patients[i];
        if (auto seen = inBatch.find(p.mrn); seen != inBatch.end()) {
            if (patients[seen->second] == p) {
                ++out.skipped;
            } else {
                out.problems.push_back({i, "mrn '" + p.mrn + "' appears twice with other values"});
            }
            continue;
        }
        inBatch.emplace(p.mrn, i);
        if (auto stored = loadPatient(s, p.mrn)) {
            if (*stored == p) {
                ++out.skipped;
            } else {
                out.problems.push_back(
                    {i, "mrn '" + p.mrn + "' is already stored with other values"});
            }
            continue;
        }
        fresh.push_back(i);
    }
    const auto batch = byMrn(patients, fresh);
    for (std::size_t i : fresh) {
        const std::string& g = patients[i].guarantorMrn;
        if (!g.empty() && !inBatch.count(g) && !s.patientId(g))
            out.problems.push_back({i, "guarantor_mrn '" + g + "' is not a known patient"});
        else if (!familyHead(batch, patients[i].mrn))
            out.problems.push_back({i, "guarantor_mrn '" + g + "' leads back to this patient"});
    }
    return fresh;
}

// Every member of a family carries the family head's id, however long the chain of guarantors
// and whatever the order of the batch.
void linkFamilies(Store::Impl& s, std::span<const Patient> patients,
                  const std::vector<std::size_t>& fresh) {
    const auto batch = byMrn(patients, fresh);
    auto& headFamily = s.statement("SELECT COALESCE(family_id, id) FROM patient WHERE mrn = ?");
    auto& link = s.statement("UPDATE patient SET guarantor_id = ?, family_id = ? WHERE id = ?");
    for (std::size_t i : fresh) {
        const Patient& p = patients[i];
        headFamily.reset();
        headFamily.bind(1, *familyHead(batch, p.mrn));
        headFamily.step();
        const std::int64_t family = headFamily.getInt(0);
        headFamily.reset();
        const bool own = p.guarantorMrn.empty() || p.guarantorMrn == p.mrn;
        link.reset();
        link.bind(1, own ? std::nullopt : s.patientId(p.guarantorMrn)).bind(2, family);
        link.bind(3, *s.patientId(p.mrn)).run();
    }
}

}  // namespace

Result<BatchOutcome> Store::putPatients(std::span<const Patient> patients, Apply apply) {
    return guarded("store patients", [&]() -> Result<BatchOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        BatchOutcome out;
        const auto fresh = newPatients(s, patients, out);
        if (!out.problems.empty() || apply == Apply::CheckOnly) return out;
        auto& insert = s.statement(
            "INSERT INTO patient (mrn, family_name, given_name, birth_date, phone_digits,"
            " language) VALUES (?, ?, ?, ?, ?, ?)");
        auto& summary = s.statement("INSERT INTO patient_summary (patient_id) VALUES (?)");
        for (std::size_t i : fresh) {
            const Patient& p = patients[i];
            insert.reset();
            insert.bind(1, p.mrn).bind(2, p.familyName).bind(3, p.givenName);
            insert.bind(4, p.birthDate.iso()).bind(5, p.phoneDigits).bind(6, p.language).run();
            summary.reset();
            summary.bind(1, s.db.lastInsertId()).run();
        }
        linkFamilies(s, patients, fresh);
        tx.commit();
        out.inserted = fresh.size();
        return out;
    });
}

Result<std::optional<Patient>> Store::findPatient(const std::string& mrn) {
    return guarded("find patient",
                   [&]() -> Result<std::optional<Patient>> { return loadPatient(*m_impl, mrn); });
}

namespace {

constexpr const char* kSelectAppointment =
    "SELECT a.source_id, p.mrn, a.start, a.duration_min, a.provider, a.location, a.status,"
    " p.family_name, p.given_name FROM appointment a JOIN patient p ON p.id = a.patient_id ";

AppointmentView readAppointment(const sqlite::Statement& q) {
    AppointmentView v;
    Appointment& a = v.appointment;
    a.id = q.getText(0);
    a.mrn = q.getText(1);
    a.start = q.getText(2);
    a.durationMin = static_cast<int>(q.getInt(3));
    a.provider = q.getText(4);
    a.location = q.getText(5);
    a.status = parseAppointmentStatus(q.getTextView(6)).value_or(AppointmentStatus::Booked);
    v.familyName = q.getText(7);
    v.givenName = q.getText(8);
    return v;
}

std::optional<Appointment> loadAppointment(Store::Impl& s, const std::string& id) {
    static const std::string sql = std::string(kSelectAppointment) + "WHERE a.source_id = ?";
    auto& q = s.statement(sql.c_str());
    q.bind(1, id);
    std::optional<Appointment> a;
    if (q.step()) a = readAppointment(q).appointment;
    q.reset();
    return a;
}

}  // namespace

Result<BatchOutcome> Store::putAppointments(std::span<const Appointment> appointments,
                                            Apply apply) {
    return guarded("store appointments", [&]() -> Result<BatchOutcome> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        BatchOutcome out;
        std::map<std::string, std::size_t> inBatch;
        std::vector<std::pair<std::size_t, std::int64_t>> fresh;
        for (std::size_t i = 0; i < appointments.size(); ++i) {
            const Appointment& a = appointments[i];
            const auto seen = inBatch.find(a.id);
            const std::optional<Appointment> stored =
                seen != inBatch.end() ? std::optional(appointments[seen->second])
                                      : loadAppointment(s, a.id);
            if (stored) {
                if (*stored == a) {
                    ++out.skipped;
                } else {
                    out.problems.push_back(
                        {i, "appointment_id '" + a.id + "' is already stored with other values"});
                }
                continue;
            }
            inBatch.emplace(a.id, i);
            const auto patient = s.patientId(a.mrn);
            if (!patient) {
                out.problems.push_back({i, "mrn '" + a.mrn + "' is not a known patient"});
                continue;
            }
            fresh.emplace_back(i, *patient);
        }
        if (!out.problems.empty() || apply == Apply::CheckOnly) return out;
        auto& insert = s.statement(
            "INSERT INTO appointment (source_id, patient_id, start, duration_min, provider,"
            " location, status) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [i, patient] : fresh) {
            const Appointment& a = appointments[i];
            insert.reset();
            insert.bind(1, a.id).bind(2, patient).bind(3, a.start).bind(4, a.durationMin);
            insert.bind(5, a.provider).bind(6, a.location).bind(7, toString(a.status)).run();
        }
        tx.commit();
        out.inserted = fresh.size();
        return out;
    });
}

Result<void> Store::setAppointmentStatus(const std::string& id, AppointmentStatus status) {
    return guarded("update appointment", [&]() -> Result<void> {
        Impl& s = *m_impl;
        sqlite::Transaction tx(s.db);
        auto& u = s.statement("UPDATE appointment SET status = ? WHERE source_id = ?");
        u.bind(1, toString(status)).bind(2, id).run();
        if (s.db.changes() == 0)
            return fail(ErrorCode::NotFound, "appointment '" + id + "' is not stored");
        tx.commit();
        return {};
    });
}

Result<std::vector<AppointmentView>> Store::appointmentsOn(Date day) {
    return guarded("read appointments", [&]() -> Result<std::vector<AppointmentView>> {
        static const std::string sql = std::string(kSelectAppointment) +
                                       "WHERE a.start >= ? AND a.start < ? ORDER BY a.start, a.id";
        auto& q = m_impl->statement(sql.c_str());
        q.bind(1, day.iso()).bind(2, day.plusDays(1).iso());
        std::vector<AppointmentView> out;
        while (q.step()) out.push_back(readAppointment(q));
        q.reset();
        return out;
    });
}

}  // namespace frontdesk

namespace frontdesk {

Result<std::vector<Appointment>> Store::appointmentsOf(const std::string& mrn, Date day) {
    return guarded("read appointments", [&]() -> Result<std::vector<Appointment>> {
        static const std::string sql = std::string(kSelectAppointment) +
                                       "WHERE p.mrn = ? AND a.start >= ? AND a.start < ?"
                                       " ORDER BY a.start, a.id";
        auto& q = m_impl->statement(sql.c_str());
        q.bind(1, mrn).bind(2, day.iso()).bind(3, day.plusDays(1).iso());
        std::vector<Appointment> out;
        while (q.step()) out.push_back(readAppointment(q).appointment);
        q.reset();
        return out;
    });
}

Result<std::optional<Appointment>> Store::findAppointment(const std::string& id) {
    return guarded("find appointment", [&]() -> Result<std::optional<Appointment>> {
        static const std::string sql =
            std::string(kSelectAppointment) + "WHERE a.source_id = ? COLLATE NOCASE LIMIT 1";
        auto& q = m_impl->statement(sql.c_str());
        q.bind(1, id);
        std::optional<Appointment> a;
        if (q.step()) a = readAppointment(q).appointment;
        q.reset();
        return a;
    });
}

Result<std::vector<Patient>> Store::patientsBornOn(Date birthDate) {
    return guarded("find patients", [&]() -> Result<std::vector<Patient>> {
        auto& q = m_impl->statement(
            "SELECT p.mrn, p.family_name, p.given_name, p.birth_date, p.phone_digits, p.language,"
            " COALESCE(g.mrn, '') FROM patient p LEFT JOIN patient g ON g.id = p.guarantor_id"
            " WHERE p.birth_date = ?");
        q.bind(1, birthDate.iso());
        std::vector<Patient> out;
        while (q.step()) out.push_back(readPatient(q));
        q.reset();
        return out;
    });
}

}  // namespace frontdesk
