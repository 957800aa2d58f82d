#pragma once

// A booking's answer as the clinic server sends it (POST /v1/appointments/check and
// /v1/appointments, docs/station-api.md) and as a remote desk reads it back.

#include <nlohmann/json.hpp>

#include "frontdesk/store/booking.h"

namespace frontdesk {

// {"problems": [{"rule", "message"}], "overlaps": [{"from", "to", "provider", "same_patient",
// "same_provider"}]}: another patient's appointment is never named (no MRN, no id).
nlohmann::json bookingToJson(const BookingResult& result);
// The problems and overlaps of such an answer (an overlap's `booked` holds only the
// provider). BadInput naming what is missing or wrong.
Result<BookingResult> bookingFromJson(const nlohmann::json& json);

// {"id", "mrn", "start", "duration_min", "provider", "location", "status"}
nlohmann::json appointmentToJson(const Appointment& appointment);
Result<Appointment> appointmentFromJson(const nlohmann::json& json);

}  // namespace frontdesk
