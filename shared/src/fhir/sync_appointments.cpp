// The appointments of frontdesk sync: every appointment of the window of days is read each run
// (its bounds in the clinic's time zone), so that a change of any kind reaches the store; the
// stored ones in the window that the search did not return are read by id: moved elsewhere or
// out of the booked statuses, they are updated; gone from the EHR, they are cancelled here.
#include <set>

#include "frontdesk/fhir/fhir_time.h"
#include "sync_run.h"

namespace frontdesk::sync {
namespace {

// The statuses asked for: every status the store keeps. One stored earlier that turned
// proposed, pending or waitlist is not returned, and so is read by id.
constexpr const char* kStatuses =
    "booked,arrived,checked-in,fulfilled,cancelled,noshow,entered-in-error";
constexpr std::size_t kIdsPerRead = 50;

class AppointmentSync {
public:
    explicit AppointmentSync(Run& run) : m_run(run) {}

    Result<bool> sync() {
        const Date from = m_run.options.mapping.asOf;
        const Date end = from.plusDays(m_run.options.daysAhead + 1);
        const std::string& zone = m_run.options.mapping.timeZone;
        const std::string query = "Appointment?_count=" + std::to_string(m_run.options.pageSize) +
                                  "&_sort=_lastUpdated&date=ge" + urlEncode(dayStart(from, zone)) +
                                  "&date=lt" + urlEncode(dayStart(end, zone)) +
                                  "&status=" + kStatuses;
        auto read =
            readSorted(m_run, {"Appointment", query, "", false},
                       [this](const auto& resources, const auto&) { return storePage(resources); });
        if (!read || !*read) return read;  // not read to the end: nothing is cancelled
        return readStoredNotReturned(from, end);
    }

private:
    Result<void> storePage(const std::vector<const json*>& resources);
    Result<SyncOutcome> cancel(const std::vector<std::string>& ids,
                               const std::vector<std::string>& reasons);
    Result<bool> readStoredNotReturned(Date from, Date end);
    Result<bool> readById(const std::vector<std::string>& ids);

    Run& m_run;
    std::set<std::string> m_returned;  // the ids the EHR returned in this run
};

Result<void> AppointmentSync::storePage(const std::vector<const json*>& resources) {
    std::vector<EhrAppointment> rows;
    std::vector<std::string> ids, notBooked, reasons;
    SyncCounts& counts = m_run.report.appointments;
    for (const json* r : resources) {
        const std::string id = idOf(*r);
        m_returned.insert(id);
        auto appointment = appointmentFromFhir(*r, m_run.options.mapping);
        if (!appointment && notABookedTime(*r)) {  // cancelled here if it was stored
            notBooked.push_back(id);
            reasons.push_back(appointment.error());
            continue;
        }
        if (!appointment) {
            m_run.skip("Appointment", id, appointment.error(), counts);
            continue;
        }
        const auto mrn = m_run.store.mrnForEhrPatient(appointment->patientId);
        if (!mrn || !*mrn) {
            m_run.skip("Appointment", id, "Patient/" + appointment->patientId + " is not synced",
                       counts);
            continue;
        }
        appointment->appointment.appointment.mrn = **mrn;
        ids.push_back(id);
        rows.push_back(std::move(appointment->appointment));
    }
    auto outcome = m_run.store.syncAppointments(rows);
    if (!outcome) return tl::unexpected(outcome.error());
    m_run.tally(*outcome, ids, "Appointment", counts);
    auto cancelled = cancel(notBooked, reasons);
    if (!cancelled) return tl::unexpected(cancelled.error());
    return {};
}

// Cancels stored appointments; one that is not stored is skipped with its reason.
Result<SyncOutcome> AppointmentSync::cancel(const std::vector<std::string>& ids,
                                            const std::vector<std::string>& reasons) {
    if (ids.empty()) return SyncOutcome{};
    auto outcome = m_run.store.cancelEhrAppointments(ids);
    if (!outcome) return tl::unexpected(outcome.error());
    for (auto& problem : outcome->problems) problem.reason = reasons[problem.index];
    m_run.tally(*outcome, ids, "Appointment", m_run.report.appointments);
    return outcome;
}

Result<bool> AppointmentSync::readStoredNotReturned(Date from, Date end) {
    auto stored = m_run.store.ehrAppointmentsBetween(from, end);
    if (!stored) return tl::unexpected(stored.error());
    std::vector<std::string> missing;
    for (auto& id : *stored)
        if (!m_returned.count(id)) missing.push_back(std::move(id));
    for (std::size_t at = 0; at < missing.size(); at += kIdsPerRead) {
        const auto last = std::min(missing.size(), at + kIdsPerRead);
        auto read = readById({missing.begin() + static_cast<std::ptrdiff_t>(at),
                              missing.begin() + static_cast<std::ptrdiff_t>(last)});
        if (!read || !*read) return read;
    }
    return true;
}

// Reads stored appointments by id (Appointment?_id=a,b,c): those returned are stored as they
// are now; those the EHR no longer has are cancelled here, with a warning each.
Result<bool> AppointmentSync::readById(const std::vector<std::string>& ids) {
    std::string query = "Appointment?_count=" + std::to_string(ids.size()) + "&_id=";
    for (std::size_t i = 0; i < ids.size(); ++i) query += (i ? "," : "") + urlEncode(ids[i]);
    const std::set<std::string> wanted(ids.begin(), ids.end());
    std::set<std::string> found;
    std::optional<Error> storeError;
    auto searched = m_run.client.search(query, [&](const json& bundle) {
        std::vector<const json*> ours;  // a server that ignores _id sends others too
        for (const json* r : matches(bundle))
            if (wanted.count(idOf(*r)) && found.insert(idOf(*r)).second) ours.push_back(r);
        auto stored = storePage(ours);
        if (!stored) storeError = stored.error();
        return stored && found.size() < wanted.size();
    });
    if (storeError) return tl::unexpected(*storeError);
    if (!searched) return stopOn(searched.error(), m_run.report);
    m_run.progress("sync: Appointment: " + std::to_string(ids.size()) + " read by id");
    std::vector<std::string> gone;
    for (const auto& id : ids)
        if (!found.count(id)) gone.push_back(id);
    auto cancelled = cancel(gone, std::vector<std::string>(gone.size(), "not stored"));
    if (!cancelled) return tl::unexpected(cancelled.error());
    for (std::size_t i = 0; i < cancelled->changes.size(); ++i)
        if (cancelled->changes[i] == SyncChange::Updated)
            m_run.report.warnings.push_back(
                {"Appointment", gone[i], "the EHR no longer has it: cancelled here"});
    return true;
}

}  // namespace

Result<bool> syncAppointments(Run& run) {
    AppointmentSync appointments(run);
    return appointments.sync();
}

}  // namespace frontdesk::sync
