#pragma once

// Booking an appointment at the desk, wherever the desk is: the panel on the clinic's
// database, or the clinic server for a desk on its own machine (POST /v1/appointments). The
// rules are the import's (appointment_rules.h); a desk booking also names its provider, and
// an overlap with the patient's or the provider's booked time is stored only when asked to.

#include <string>
#include <vector>

#include "frontdesk/store/appointment_rules.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

struct BookingRequest {
    std::string id;  // the new appointment's id (the desk makes one: "desk-...")
    std::string mrn;
    std::string start;  // "YYYY-MM-DDTHH:MM", the clinic's time
    int durationMin = 0;
    std::string provider;
    std::string location;
    bool anyway = false;  // store it even when it overlaps
};

struct BookingResult {
    // What is wrong with the request (a rule of appointment_rules.h, an unknown patient as
    // Mrn, no provider as Provider); nothing was stored.
    std::vector<AppointmentProblem> problems;
    // The booked appointments it overlaps; stored only with `anyway`.
    std::vector<AppointmentOverlap> overlaps;
    bool stored = false;
    Appointment appointment;  // as stored (status booked)
};

// The appointments `proposed` would overlap among those booked the day before, on and after
// its day (an appointment may run past midnight). BadInput when it breaks a rule.
Result<std::vector<AppointmentOverlap>> bookingOverlaps(Store& store, const Appointment& proposed);

// The problems and overlaps of the request, storing nothing (the desk's warning before it
// books).
Result<BookingResult> checkBooking(Store& store, const BookingRequest& request);

// Checks the request and stores it when it may be: no problem, and no overlap unless
// `anyway`. The store's refusal (an id already used otherwise) is a Conflict.
Result<BookingResult> bookAppointment(Store& store, const BookingRequest& request);

}  // namespace frontdesk
