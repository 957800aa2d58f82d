#include "demo_visitors.h"

#include <algorithm>

#include "frontdesk/store/checkin.h"
#include "frontdesk/store/lookup.h"

namespace frontdesk::kiosk::test {
namespace {

// True when nobody else has the patient's family name (as the kiosk folds it) and birth date.
Result<bool> uniqueByNameAndBirth(Store& store, const Patient& patient) {
    auto born = store.patientsBornOn(patient.birthDate);
    if (!born) return tl::unexpected(born.error());
    const std::string folded = foldName(patient.familyName);
    return std::count_if(born->begin(), born->end(),
                         [&](const Patient& p) { return foldName(p.familyName) == folded; }) == 1;
}

}  // namespace

Result<DemoVisitors> DemoVisitors::read(Store& store, Date day) {
    auto booked = store.appointmentsOn(day);
    if (!booked) return tl::unexpected(booked.error());
    BalanceLookup lookup(store, Policy{});
    DemoVisitors visitors;
    for (const AppointmentView& view : *booked) {
        const Appointment& a = view.appointment;
        if (a.status != AppointmentStatus::Booked) continue;
        auto ofDay = store.appointmentsOf(a.mrn, day);
        if (!ofDay) return tl::unexpected(ofDay.error());
        auto patient = store.findPatient(a.mrn);
        if (!patient) return tl::unexpected(patient.error());
        if (ofDay->size() != 1 || !*patient) continue;
        auto unique = uniqueByNameAndBirth(store, **patient);
        if (!unique) return tl::unexpected(unique.error());
        if (!*unique) continue;
        auto prompt = lookup.prompt(a.mrn, Audience::Kiosk, Language::En, day, "kiosk-test");
        if (!prompt) return tl::unexpected(prompt.error());
        visitors.m_unused[prompt->state].push_back(
            DemoVisitor{a.mrn, (*patient)->familyName, (*patient)->givenName, (*patient)->birthDate,
                        a.id, a.start.substr(11, 5), a.provider});
    }
    return visitors;
}

std::optional<DemoVisitor> DemoVisitors::take(PromptState state) {
    auto& unused = m_unused[state];
    if (unused.empty()) return std::nullopt;
    DemoVisitor visitor = unused.front();
    unused.pop_front();
    return visitor;
}

}  // namespace frontdesk::kiosk::test
