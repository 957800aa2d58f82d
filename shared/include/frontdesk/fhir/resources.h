#pragma once

// FHIR resources (JSON, R4 with R5 and Oracle Health extensions) mapped to the core's records
// for the sync (docs/fhir-sync.md has the tables). Each function fails with the reason a person
// can act on ("no identifier with system urn:oid:1.2.3"); it never names the patient.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <tl/expected.hpp>

#include "frontdesk/domain/date.h"
#include "frontdesk/fhir/fhir_time.h"  // Mapped, localStart
#include "frontdesk/store/store.h"

namespace frontdesk {

// The extension URLs the balance is read from.
inline constexpr const char* kXverAccountBalance =
    "http://hl7.org/fhir/5.0/StructureDefinition/extension-Account.balance";
inline constexpr const char* kXverAccountCalculatedAt =
    "http://hl7.org/fhir/5.0/StructureDefinition/extension-Account.calculatedAt";
inline constexpr const char* kOracleAccountBalance =
    "https://fhir-ehr.cerner.com/r4/StructureDefinition/account-balance";

struct FhirMapping {
    std::string mrnSystem;         // Patient.identifier.system of the MRN
    std::string currency = "USD";  // the clinic's; money in another currency is refused
    std::string timeZone;  // the clinic's IANA zone for appointment times; empty: the machine's
    Date asOf;             // the calculation time of a balance that states none
};

// Patient: MRN, names (official, else usual, else one without use), birth date, the best
// current phone, the preferred language (en, es or ro; else en).
Mapped<EhrPatient> patientFromFhir(const nlohmann::json& resource, const FhirMapping& mapping);

// An appointment with the EHR id of its patient; appointment.mrn is left for the caller.
struct FhirAppointment {
    EhrAppointment appointment;
    std::string patientId;  // Patient.id of the patient participant
};
Mapped<FhirAppointment> appointmentFromFhir(const nlohmann::json& resource,
                                            const FhirMapping& mapping);
// Whether an Appointment's status says it is not a booked time (proposed, pending, waitlist):
// appointmentFromFhir refuses it; one stored earlier is cancelled by the sync.
bool notABookedTime(const nlohmann::json& appointment);

// An account: its patient (Account.subject), the account it is part of, and the patient's
// part of its balance when it carries one (R5 Account.balance with aggregate "patient", the
// R4 cross-version extension, or Oracle Health's account-balance on a guarantor-balance
// account). Estimates are left out.
struct FhirAccount {
    std::string id;
    std::string patientId;  // empty when the account names no patient
    std::string partOf;     // Account.partOf's id, or empty
    std::optional<std::vector<BalanceByAge>> patientBalance;
    std::string calculatedAt;
};
Mapped<FhirAccount> accountFromFhir(const nlohmann::json& resource, const FhirMapping& mapping);

// The id in a reference to a resource of `type`: "Patient/123", ".../Patient/123/_history/2"
// give "123"; another type or no reference gives "".
std::string referenceId(const nlohmann::json& reference, const std::string& type);

// meta.lastUpdated, or "".
std::string lastUpdatedOf(const nlohmann::json& resource);

// A FHIR decimal (text or integer) as exact cents: "12.5", "1250.00", 0. Fails for more than
// two decimals that are not zeros, exponents or anything else.
Mapped<Cents> fhirMoney(const nlohmann::json& value);

}  // namespace frontdesk
