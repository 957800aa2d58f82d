#include "demo_visitors.h"

#include <algorithm>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>

#include "frontdesk/domain/policy.h"
#include "frontdesk/store/checkin.h"

namespace frontdesk::test {
namespace {

// The visitor as the store has them on `day`, with their prompt for `audience`.
Result<DemoVisitor> visitorOf(Store& store, const Patient& patient, const Appointment* visit,
                              Audience audience, Date day) {
    auto standing = store.standing(patient.mrn, day);
    if (!standing) return tl::unexpected(standing.error());
    const Prompt prompt = decidePrompt(*standing, Policy{}, audience, Language::En, day);
    DemoVisitor v{.mrn = patient.mrn,
                  .familyName = patient.familyName,
                  .givenName = patient.givenName,
                  .birthDate = patient.birthDate,
                  .appointmentId = {},
                  .time = {},
                  .provider = {},
                  .state = prompt.state,
                  .inCooldown = prompt.suppressedUntil.has_value()};
    if (visit) {
        v.appointmentId = visit->id;
        v.time = visit->start.substr(11, 5);
        v.provider = visit->provider;
    }
    return v;
}

// True when nobody else has the patient's family name (as the kiosk folds it) and birth date.
Result<bool> uniqueByNameAndBirth(Store& store, const Patient& patient) {
    auto born = store.patientsBornOn(patient.birthDate);
    if (!born) return tl::unexpected(born.error());
    const std::string folded = foldName(patient.familyName);
    return std::count_if(born->begin(), born->end(),
                         [&](const Patient& p) { return foldName(p.familyName) == folded; }) == 1;
}

// Whether the kiosk identifies the booked patient of `visit` by name and birth date alone.
Result<std::optional<Patient>> kioskVisitor(Store& store, const Appointment& visit, Date day) {
    auto ofDay = store.appointmentsOf(visit.mrn, day);
    if (!ofDay) return tl::unexpected(ofDay.error());
    auto patient = store.findPatient(visit.mrn);
    if (!patient) return tl::unexpected(patient.error());
    if (ofDay->size() != 1 || !*patient) return std::nullopt;
    auto unique = uniqueByNameAndBirth(store, **patient);
    if (!unique) return tl::unexpected(unique.error());
    if (!*unique) return std::nullopt;
    return *patient;
}

// A ledger that puts a new patient in `state` on `day` under the default policy.
std::vector<NewEntry> ledgerFor(PromptState state, const std::string& mrn, Date day) {
    using K = EntryKind;
    const auto entry = [&](int n, int ageDays, K kind, std::int64_t cents) {
        return NewEntry{
            mrn + "-" + std::to_string(n), mrn, day.plusDays(-ageDays), kind, Cents(cents), ""};
    };
    switch (state) {
        case PromptState::None:
            return {};
        case PromptState::SmallBalance:
            return {entry(1, 40, K::ChargePatient, 750)};
        case PromptState::BalanceDue:
            return {entry(1, 40, K::ChargePatient, 8500)};
        case PromptState::WrittenOffCollectable:
            return {entry(1, 200, K::ChargePatient, 625),
                    entry(2, 10, K::SmallBalanceWriteoff, 625)};
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditOnFile:
            return {entry(1, 20, K::PatientAdjustment, -300)};
        case PromptState::CreditRefundDue:
            return {entry(1, 20, K::PatientAdjustment, -2500)};
        case PromptState::UnclaimedPropertyReview:
            return {entry(1, 1200, K::PatientAdjustment, -300)};
    }
    return {};
}

// The batch's error, or its first problem, as an Error.
Result<void> written(const Result<BatchOutcome>& batch) {
    if (!batch) return tl::unexpected(batch.error());
    if (!batch->problems.empty()) return fail(ErrorCode::Conflict, batch->problems[0].reason);
    return {};
}

// The first n for which no patient of the store has the MRN "MADE-<n>".
Result<int> unusedSerial(Store& store) {
    for (int n = 1;; ++n) {
        auto known = store.findPatient("MADE-" + std::to_string(n));
        if (!known) return tl::unexpected(known.error());
        if (!*known) return n;
    }
}

// Stores patient MADE-<serial>, born on a day of their own, with the ledger and the visit of
// `state`.
Result<Patient> storeMadePatient(Store& store, int serial, Date day, PromptState state,
                                 bool inCooldown) {
    const std::string mrn = "MADE-" + std::to_string(serial);
    const Patient patient{.mrn = mrn,
                          .familyName = "Madeup",
                          .givenName = "Pat",
                          .birthDate = Date::fromCivil(1940, 1, 1).plusDays(serial),
                          .phoneDigits = "",
                          .language = "en",
                          .guarantorMrn = ""};
    if (auto put = written(store.putPatients({&patient, 1})); !put)
        return tl::unexpected(put.error());
    const auto ledger = ledgerFor(state, mrn, day);
    if (auto posted = written(store.postEntries(ledger)); !posted)
        return tl::unexpected(posted.error());
    if (state != PromptState::CreditOnFile) {
        const Appointment visit{mrn + "-A",  mrn,      day.iso() + "T16:00",     15,
                                "Dr. Quinn", "Room 2", AppointmentStatus::Booked};
        if (auto booked = written(store.putAppointments({&visit, 1})); !booked)
            return tl::unexpected(booked.error());
    }
    if (inCooldown) {
        const ReminderInput reminder{.mrn = mrn,
                                     .on = day.plusDays(-2),
                                     .channel = Channel::Desk,
                                     .outcome = ReminderOutcome::Promised,
                                     .staffId = "test-support",
                                     .note = "",
                                     .payment = std::nullopt};
        if (auto recorded = store.recordReminder(reminder); !recorded)
            return tl::unexpected(recorded.error());
    }
    return patient;
}

}  // namespace

// The day's booked appointments, one visitor each whose patient `find` gives (none: skipped),
// with the prompt for `audience`.
template <typename Find>
Result<std::vector<DemoVisitor>> visitorsOfTheDay(Store& store, Date day, Audience audience,
                                                  Find find) {
    auto booked = store.appointmentsOn(day);
    if (!booked) return tl::unexpected(booked.error());
    std::vector<DemoVisitor> out;
    for (const AppointmentView& view : *booked) {
        const Appointment& a = view.appointment;
        if (a.status != AppointmentStatus::Booked) continue;
        auto patient = find(a);
        if (!patient) return tl::unexpected(patient.error());
        if (!*patient) continue;
        auto visitor = visitorOf(store, **patient, &a, audience, day);
        if (!visitor) return tl::unexpected(visitor.error());
        out.push_back(std::move(*visitor));
    }
    return out;
}

Result<std::vector<DemoVisitor>> bookedVisitors(Store& store, Date day) {
    return visitorsOfTheDay(store, day, Audience::Desk,
                            [&](const Appointment& a) { return store.findPatient(a.mrn); });
}

Result<std::vector<DemoVisitor>> kioskVisitors(Store& store, Date day) {
    return visitorsOfTheDay(store, day, Audience::Kiosk,
                            [&](const Appointment& a) { return kioskVisitor(store, a, day); });
}

Result<std::vector<DemoVisitor>> deskPatients(Store& store, Date day) {
    // Patients with money, and the day's patients (most of whom owe nothing).
    std::set<std::string> mrns;
    auto open = store.forEachOpenSummary([&](const SummaryRow& row) { mrns.insert(row.mrn); });
    if (!open) return tl::unexpected(open.error());
    auto booked = store.appointmentsOn(day);
    if (!booked) return tl::unexpected(booked.error());
    std::map<std::string, Appointment> firstVisit;
    for (const AppointmentView& view : *booked) {
        mrns.insert(view.appointment.mrn);
        firstVisit.emplace(view.appointment.mrn, view.appointment);
    }
    std::vector<DemoVisitor> out;
    for (const std::string& mrn : mrns) {
        auto patient = store.findPatient(mrn);
        if (!patient) return tl::unexpected(patient.error());
        if (!*patient) continue;
        const auto visit = firstVisit.find(mrn);
        auto visitor =
            visitorOf(store, **patient, visit == firstVisit.end() ? nullptr : &visit->second,
                      Audience::Desk, day);
        if (!visitor) return tl::unexpected(visitor.error());
        out.push_back(std::move(*visitor));
    }
    return out;
}

Result<DemoVisitor> makeVisitor(Store& store, Date day, PromptState state, bool inCooldown) {
    const bool owed = state == PromptState::SmallBalance || state == PromptState::BalanceDue ||
                      state == PromptState::WrittenOffCollectable;
    if (inCooldown && !owed)
        return fail(ErrorCode::BadInput, "no cooldown in state " + std::string(toString(state)));
    auto serial = unusedSerial(store);
    if (!serial) return tl::unexpected(serial.error());
    auto patient = storeMadePatient(store, *serial, day, state, inCooldown);
    if (!patient) return tl::unexpected(patient.error());
    auto visits = store.appointmentsOf(patient->mrn, day);
    if (!visits) return tl::unexpected(visits.error());
    auto made = visitorOf(store, *patient, visits->empty() ? nullptr : &visits->front(),
                          Audience::Desk, day);
    if (!made) return tl::unexpected(made.error());
    if (made->state != state || made->inCooldown != inCooldown)
        return fail(ErrorCode::Conflict, "a patient made in state " + std::string(toString(state)) +
                                             " came out " + std::string(toString(made->state)));
    return made;
}

DemoVisitors::DemoVisitors(std::vector<DemoVisitor> visitors)
    : m_unused(std::make_move_iterator(visitors.begin()), std::make_move_iterator(visitors.end())) {
}

std::optional<DemoVisitor> DemoVisitors::take(PromptState state) {
    const auto found = std::find_if(m_unused.begin(), m_unused.end(), [&](const DemoVisitor& v) {
        return v.state == state && !v.inCooldown;
    });
    if (found == m_unused.end()) return std::nullopt;
    DemoVisitor visitor = std::move(*found);
    m_unused.erase(found);
    return visitor;
}

std::optional<DemoVisitor> DemoVisitors::takeInCooldown() {
    const auto found = std::find_if(m_unused.begin(), m_unused.end(),
                                    [](const DemoVisitor& v) { return v.inCooldown; });
    if (found == m_unused.end()) return std::nullopt;
    DemoVisitor visitor = std::move(*found);
    m_unused.erase(found);
    return visitor;
}

Result<DemoVisitor> DemoVisitors::takeOrMake(Store& store, Date day, PromptState state) {
    if (auto visitor = take(state)) return std::move(*visitor);
    return makeVisitor(store, day, state);
}

Result<DemoVisitor> DemoVisitors::takeOrMakeInCooldown(Store& store, Date day) {
    if (auto visitor = takeInCooldown()) return std::move(*visitor);
    return makeVisitor(store, day, PromptState::SmallBalance, true);
}

std::string birthDigitsMdy(Date b) {
    std::ostringstream out;
    out << std::setfill('0') << std::setw(2) << b.month() << std::setw(2) << b.day() << std::setw(4)
        << b.year();
    return out.str();
}

std::string birthDigitsDmy(Date b) {
    std::ostringstream out;
    out << std::setfill('0') << std::setw(2) << b.day() << std::setw(2) << b.month() << std::setw(4)
        << b.year();
    return out.str();
}

}  // namespace frontdesk::test
