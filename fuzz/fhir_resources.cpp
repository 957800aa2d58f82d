// Fuzzes what the FHIR sync reads from the EHR (fhir/resources.h, fhir/client.h): a response
// body parsed keeping decimals, each resource of a Bundle page (or the one resource) mapped
// to a Patient, an Account or an Appointment, and the page stored as the sync stores it, on a
// fresh in-memory clinic. Every mapping either fails with a reason or gives a record the store
// takes; the store stays consistent (it verifies); nothing throws.
#include <map>

#include "frontdesk/fhir/client.h"
#include "frontdesk/fhir/resources.h"
#include "frontdesk/runs/verify.h"
#include "fuzz_support.h"

using namespace frontdesk;
using frontdesk::fuzz::check;
using nlohmann::json;

namespace {

FhirMapping mapping() {
    // the MRN system of the official Patient example, a zone with summer time
    return {"urn:oid:1.2.36.146.595.217.0.1", "USD", "America/New_York",
            Date::fromCivil(2026, 11, 26)};
}

// The resources of a page, as the sync takes them: entry[].resource of a Bundle.
std::vector<const json*> resourcesOf(const json& body) {
    std::vector<const json*> out;
    if (!body.is_object()) return out;
    if (body.value("resourceType", json()) != "Bundle") return {&body};
    const auto entries = body.find("entry");
    if (entries == body.end() || !entries->is_array()) return out;
    for (const auto& entry : *entries)
        if (entry.is_object() && entry.contains("resource") && entry["resource"].is_object())
            out.push_back(&entry["resource"]);
    return out;
}

struct Page {
    std::vector<EhrPatient> patients;
    std::vector<FhirAccount> accounts;
    std::vector<FhirAppointment> appointments;
};

// Every mapper on every resource (a mapper given another type must refuse it, not crash).
Page mapped(const std::vector<const json*>& resources) {
    Page page;
    const FhirMapping m = mapping();
    for (const json* r : resources) {
        (void)referenceId(r->value("subject", json()), "Patient");
        (void)lastUpdatedOf(*r);
        auto patient = patientFromFhir(*r, m);
        auto account = accountFromFhir(*r, m);
        auto appointment = appointmentFromFhir(*r, m);
        check(patient || !patient.error().empty(), "a refused Patient says why");
        check(account || !account.error().empty(), "a refused Account says why");
        check(appointment || !appointment.error().empty(), "a refused Appointment says why");
        if (patient) page.patients.push_back(std::move(*patient));
        if (account) page.accounts.push_back(std::move(*account));
        if (appointment) page.appointments.push_back(std::move(*appointment));
    }
    return page;
}

std::optional<std::string> mrnOf(Store& store, const std::string& ehrPatientId) {
    auto mrn = store.mrnForEhrPatient(ehrPatientId);
    check(mrn.has_value(), "an in-memory lookup works");
    return *mrn;
}

// Stores the page as the sync does: patients, then the accounts and appointments of the
// patients now known.
void storePage(Page& page) {
    auto store = Store::open(":memory:");
    check(store.has_value(), "an in-memory store opens");
    auto patients = store->syncPatients(page.patients);
    check(patients && patients->changes.size() == page.patients.size(), "patients are stored");
    std::vector<EhrAccount> accounts;
    for (auto& a : page.accounts)
        if (auto mrn = mrnOf(*store, a.patientId); mrn && !a.patientId.empty())
            accounts.push_back({a.id, *mrn, std::move(a.patientBalance), a.calculatedAt});
    auto balances = store->syncAccounts(accounts, mapping().asOf);
    check(balances && balances->changes.size() == accounts.size(), "accounts are stored");
    std::vector<EhrAppointment> appointments;
    for (auto& a : page.appointments) {
        if (auto mrn = mrnOf(*store, a.patientId)) {
            a.appointment.appointment.mrn = *mrn;
            appointments.push_back(std::move(a.appointment));
        }
    }
    auto booked = store->syncAppointments(appointments);
    check(booked && booked->changes.size() == appointments.size(), "appointments are stored");
    auto verified = verifyStore(*store);
    check(verified && verified->ok(), "the synced clinic verifies");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto body = parseJsonKeepingDecimals(fuzz::textOf(data, size));
    if (!body) {
        check(!body.error().empty(), "unparsable JSON says where");
        return 0;
    }
    Page page = mapped(resourcesOf(*body));
    storePage(page);
    return 0;
}
