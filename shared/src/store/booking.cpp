#include "frontdesk/store/booking.h"

namespace frontdesk {
namespace {

Appointment proposedBy(const BookingRequest& r) {
    return Appointment{
        r.id, r.mrn, r.start, r.durationMin, r.provider, r.location, AppointmentStatus::Booked};
}

}  // namespace

Result<std::vector<AppointmentOverlap>> bookingOverlaps(Store& store, const Appointment& proposed) {
    auto span = appointmentSpan(proposed);
    if (!span) return tl::unexpected(span.error());
    const Date day = *parseDate(std::string_view(proposed.start).substr(0, 10));
    std::vector<Appointment> near;
    for (int offset = -1; offset <= 1; ++offset) {
        auto rows = store.appointmentsOn(day.plusDays(offset));
        if (!rows) return tl::unexpected(rows.error());
        for (auto& r : *rows) near.push_back(std::move(r.appointment));
    }
    return findOverlaps(proposed, near);
}

Result<BookingResult> checkBooking(Store& store, const BookingRequest& request) {
    BookingResult result;
    result.appointment = proposedBy(request);
    Appointment& a = result.appointment;
    result.problems = appointmentProblems(a);
    if (!a.mrn.empty()) {
        auto patient = store.findPatient(a.mrn);
        if (!patient) return tl::unexpected(patient.error());
        if (!*patient)
            result.problems.push_back({AppointmentRule::Mrn, "no patient has MRN '" + a.mrn + "'"});
    }
    if (a.provider.empty())
        result.problems.push_back({AppointmentRule::Provider, "a desk booking names its provider"});
    if (!result.problems.empty()) return result;
    auto overlaps = bookingOverlaps(store, a);
    if (!overlaps) return tl::unexpected(overlaps.error());
    result.overlaps = std::move(*overlaps);
    return result;
}

Result<BookingResult> bookAppointment(Store& store, const BookingRequest& request) {
    auto result = checkBooking(store, request);
    if (!result || !result->problems.empty() || (!result->overlaps.empty() && !request.anyway))
        return result;
    auto stored = store.putAppointments({&result->appointment, 1});
    if (!stored) return tl::unexpected(stored.error());
    if (!stored->problems.empty())
        return fail(ErrorCode::Conflict, stored->problems.front().reason);
    result->stored = true;
    return result;
}

}  // namespace frontdesk
