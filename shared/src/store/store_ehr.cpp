// Store: the EHR's patient ids.
#include "store/store_impl.h"

namespace frontdesk {

Result<void> Store::linkEhrPatient(const std::string& ehrPatientId, const std::string& mrn) {
    return guarded("link EHR patient", [&]() -> Result<void> {
        Impl& s = *m_impl;
        auto& known = s.statement(
            "SELECT p.mrn FROM ehr_patient e JOIN patient p ON p.id = e.patient_id"
            " WHERE e.ehr_patient_id = ?");
        known.bind(1, ehrPatientId);
        const bool same = known.step() && known.getTextView(0) == mrn;
        known.reset();
        if (same) return {};  // the usual case: no write
        sqlite::Transaction tx(s.db);
        const auto patientId = s.patientId(mrn);
        if (!patientId) return fail(ErrorCode::NotFound, "no patient with that MRN");
        auto& put = s.statement(
            "INSERT INTO ehr_patient (ehr_patient_id, patient_id) VALUES (?1, ?2)"
            " ON CONFLICT (ehr_patient_id) DO UPDATE SET patient_id = ?2");
        put.bind(1, ehrPatientId).bind(2, *patientId).run();
        tx.commit();
        return {};
    });
}

Result<std::optional<std::string>> Store::mrnForEhrPatient(const std::string& ehrPatientId) {
    return guarded("find EHR patient", [&]() -> Result<std::optional<std::string>> {
        auto& q = m_impl->statement(
            "SELECT p.mrn FROM ehr_patient e JOIN patient p ON p.id = e.patient_id"
            " WHERE e.ehr_patient_id = ?");
        q.bind(1, ehrPatientId);
        std::optional<std::string> mrn;
        if (q.step()) mrn = q.getText(0);
        q.reset();
        return mrn;
    });
}

}  // namespace frontdesk
