#include "frontdesk/store/lookup.h"

#include <map>

namespace frontdesk {

BalanceLookup::BalanceLookup(Store& store, Policy policy, AuditTrail* audit)
    : m_store(store), m_policy(std::move(policy)), m_audit(audit) {}

Result<void> BalanceLookup::audit(std::span<const LookupEvent> events) {
    return m_audit ? m_audit->record(events) : m_store.recordLookups(events);
}

Result<Prompt> BalanceLookup::prompt(const std::string& mrn, Audience audience, Language language,
                                     Date asOf, const std::string& actor, Read read) {
    const LookupEvent event{actor, audience, mrn, "prompt"};
    if (read == Read::Lookup)
        if (auto audited = audit({&event, 1}); !audited) return tl::unexpected(audited.error());
    auto standing = m_store.standing(mrn, asOf);
    if (!standing) return tl::unexpected(standing.error());
    return decidePrompt(*standing, m_policy, audience, language, asOf);
}

Result<std::vector<Prompt>> BalanceLookup::prompts(std::span<const std::string> mrns,
                                                   Audience audience, Language language, Date asOf,
                                                   const std::string& actor,
                                                   const std::string& action, Read read) {
    if (read == Read::Lookup) {
        std::vector<LookupEvent> events;
        events.reserve(mrns.size());
        for (const auto& mrn : mrns) events.push_back({actor, audience, mrn, action});
        if (auto audited = audit(events); !audited) return tl::unexpected(audited.error());
    }
    std::vector<Prompt> out;
    out.reserve(mrns.size());
    for (const auto& mrn : mrns) {
        auto standing = m_store.standing(mrn, asOf);
        if (!standing) return tl::unexpected(standing.error());
        out.push_back(decidePrompt(*standing, m_policy, audience, language, asOf));
    }
    return out;
}

Result<std::vector<BalanceLookup::WorklistRow>> BalanceLookup::worklist(Date day, Language language,
                                                                        Date asOf,
                                                                        const std::string& actor,
                                                                        Read read) {
    auto appointments = m_store.appointmentsOn(day);
    if (!appointments) return tl::unexpected(appointments.error());
    std::vector<LookupEvent> events;
    std::vector<WorklistRow> rows;
    std::map<std::string, Prompt> byPatient;  // a patient with two visits is read once
    for (auto& a : *appointments) {
        const std::string& mrn = a.appointment.mrn;
        auto known = byPatient.find(mrn);
        if (known == byPatient.end()) {
            auto standing = m_store.standing(mrn, asOf);
            if (!standing) return tl::unexpected(standing.error());
            known =
                byPatient
                    .emplace(mrn, decidePrompt(*standing, m_policy, Audience::Desk, language, asOf))
                    .first;
            events.push_back({actor, Channel::Desk, mrn, "worklist"});
        }
        rows.push_back({std::move(a), known->second});
    }
    if (read == Read::Lookup)
        if (auto audited = audit(events); !audited) return tl::unexpected(audited.error());
    return rows;
}

}  // namespace frontdesk
