#include "frontdesk/station/kiosk_flow.h"

#include <algorithm>

#include "frontdesk/domain/outcome_choices.h"
#include "frontdesk/store/checkin.h"
#include "frontdesk/store/lookup.h"

namespace frontdesk {

std::string_view kioskBalanceKind(PromptState state) {
    switch (state) {
        case PromptState::None:
            return "";
        case PromptState::SmallBalance:
        case PromptState::WrittenOffCollectable:
            return "small";
        case PromptState::BalanceDue:
            return "due";
        case PromptState::UnclaimedPropertyReview:
            return "credit_at_desk";
        case PromptState::CreditApplyNextVisit:
        case PromptState::CreditRefundDue:
        case PromptState::CreditOnFile:
            break;
    }
    return "credit";
}

KioskFlow::KioskFlow(Store& store, const Config& config) : m_store(store), m_config(config) {}

Result<KioskIdentified> KioskFlow::miss(const std::string& station, UnixSeconds now) {
    const KioskSettings& k = m_config.clinic.kiosk;
    auto lock = m_store.countKioskMiss(station, k.maxFailedTries, k.lockoutS, now);
    if (!lock) return tl::unexpected(lock.error());
    KioskIdentified out;
    if (lock->lockedUntil > now) {
        out.kind = KioskIdentified::Kind::LockedOut;
        out.retryAfterS = lock->lockedUntil - now;
    }
    return out;
}

Result<KioskIdentified> KioskFlow::identify(const std::string& station,
                                            const KioskIdentifyRequest& request, Date today,
                                            UnixSeconds now) {
    auto lock = m_store.kioskLockout(station);
    if (!lock) return tl::unexpected(lock.error());
    if (lock->lockedUntil > now) {
        KioskIdentified out;
        out.kind = KioskIdentified::Kind::LockedOut;
        out.retryAfterS = lock->lockedUntil - now;
        return out;
    }
    auto found = request.familyName.empty()
                     ? matchByCode(m_store, request.appointmentCode, request.birthDate, today)
                     : matchByName(m_store, request.familyName, request.birthDate, today);
    if (!found) return tl::unexpected(found.error());
    if (found->size() > 1) {
        if (request.givenInitial.empty()) {
            KioskIdentified out;
            out.kind = KioskIdentified::Kind::AskInitial;
            return out;
        }
        *found = narrowByInitial(*found, request.givenInitial);
    }
    if (found->size() != 1) return miss(station, now);
    CheckinCandidate& c = found->front();
    if (auto cleared = m_store.clearKioskMisses(station); !cleared)
        return tl::unexpected(cleared.error());
    const LookupEvent event{station, Channel::Kiosk, c.patient.mrn, "checkin-identify"};
    if (auto audited = m_store.recordLookups({&event, 1}); !audited)
        return tl::unexpected(audited.error());
    KioskIdentified out;
    out.kind = KioskIdentified::Kind::Found;
    out.handle = newHandle();
    out.firstName = c.patient.givenName;
    for (const Appointment& a : stillToCheckIn(c))
        out.appointments.push_back({a.id, a.start, a.provider, a.location});
    const KioskVisit visit{station, c.patient.mrn, now + kVisitLifetimeS, {}, std::nullopt};
    if (auto opened = m_store.openKioskVisit(secretDigest(out.handle), visit, now); !opened)
        return tl::unexpected(opened.error());
    return out;
}

Result<KioskVisit> KioskFlow::visitOf(const std::string& station, const std::string& handle,
                                      UnixSeconds now) {
    auto visit = m_store.kioskVisit(secretDigest(handle), now);
    if (!visit) return tl::unexpected(visit.error());
    if (!*visit || (*visit)->station != station)
        return fail(ErrorCode::NotFound,
                    "no such check-in: it ended, lapsed or is another kiosk's");
    return std::move(**visit);
}

Result<KioskPromptView> KioskFlow::checkIn(const std::string& station, const std::string& handle,
                                           const std::string& appointmentId, Language language,
                                           Date today, UnixSeconds now) {
    auto visit = visitOf(station, handle, now);
    if (!visit) return tl::unexpected(visit.error());
    if (!visit->appointmentId.empty())
        return fail(ErrorCode::Conflict, "this check-in is done already");
    auto appointments = m_store.appointmentsOf(visit->mrn, today);
    if (!appointments) return tl::unexpected(appointments.error());
    const bool bookedToday =
        std::any_of(appointments->begin(), appointments->end(), [&](const Appointment& a) {
            return a.id == appointmentId && a.status == AppointmentStatus::Booked;
        });
    if (!bookedToday)
        return fail(ErrorCode::NotFound, "no appointment of this patient to check in today");
    if (auto ok = m_store.setAppointmentStatus(appointmentId, AppointmentStatus::Arrived); !ok)
        return tl::unexpected(ok.error());
    BalanceLookup lookup(m_store, m_config.policy);
    auto prompt = lookup.prompt(visit->mrn, Audience::Kiosk, language, today, station);
    if (!prompt) return tl::unexpected(prompt.error());
    KioskPromptView view;
    view.state = prompt->state;
    view.remind = kioskShouldRemind(*prompt);
    if (view.remind) {
        view.kind = std::string(kioskBalanceKind(prompt->state));
        view.message = prompt->script;
        if (kioskShowsAmount(*prompt, m_config.policy))
            view.amount = formatMoney(promptAmount(*prompt), prompt->currency);
        view.answers = kioskChoicesFor(prompt->state);
    }
    // with nothing to remind, the visit ends with the check-in
    auto kept = view.remind ? m_store.markKioskVisitCheckedIn(secretDigest(handle), appointmentId,
                                                              view.state)
                            : m_store.closeKioskVisit(secretDigest(handle));
    if (!kept) return tl::unexpected(kept.error());
    return view;
}

Result<void> KioskFlow::answer(const std::string& station, const std::string& handle,
                               ReminderOutcome outcome, Date today, UnixSeconds now) {
    auto visit = visitOf(station, handle, now);
    if (!visit) return tl::unexpected(visit.error());
    if (visit->appointmentId.empty() || !visit->promptState)
        return fail(ErrorCode::Conflict, "the patient is not checked in yet");
    // "shown" is also what a kiosk records when the patient walks away from the step
    const auto choices = kioskChoicesFor(*visit->promptState);
    if (outcome != ReminderOutcome::Shown &&
        std::find(choices.begin(), choices.end(), outcome) == choices.end())
        return fail(ErrorCode::BadInput,
                    "outcome '" + std::string(toString(outcome)) + "' is not one of this prompt's");
    const ReminderInput r{visit->mrn, today, Channel::Kiosk, outcome, station, "", {}};
    if (auto ok = m_store.recordReminder(r); !ok) return tl::unexpected(ok.error());
    return m_store.closeKioskVisit(secretDigest(handle));
}

Result<void> KioskFlow::forget(const std::string& station, const std::string& handle,
                               UnixSeconds now) {
    auto visit = visitOf(station, handle, now);
    if (!visit)
        return visit.error().code == ErrorCode::NotFound
                   ? Result<void>{}
                   : Result<void>(tl::unexpected(visit.error()));
    return m_store.closeKioskVisit(secretDigest(handle));
}

}  // namespace frontdesk
