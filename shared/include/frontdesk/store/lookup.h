#pragma once

#include <string>
#include <vector>

#include "frontdesk/domain/policy.h"
#include "frontdesk/domain/prompt.h"
#include "frontdesk/store/audit_trail.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

// The question every front end asks: "what should we tell or remind this patient today?"
// Reads the standing by point lookups, decides the prompt and writes the lookup to the audit
// table (who, channel, patient, when; never amounts or names).
class BalanceLookup {
public:
    // Whether a read is a new lookup (audited) or a screen refreshing what the same actor
    // already has on it after the data changed elsewhere (Refresh: not audited again, so that
    // two screens watching one database do not audit each other's audit rows forever).
    enum class Read { Lookup, Refresh };

    // `audit`, when given, writes the audit rows with group commit (many threads); otherwise
    // each lookup writes its own row through `store`.
    BalanceLookup(Store& store, Policy policy, AuditTrail* audit = nullptr);

    // The prompt for one patient. NotFound for an unknown MRN (audited all the same).
    Result<Prompt> prompt(const std::string& mrn, Audience audience, Language language, Date asOf,
                          const std::string& actor, Read read = Read::Lookup);

    // The prompts of several patients (search results, the patients of an incoming call), in
    // the order given, audited as one batch with `action`.
    Result<std::vector<Prompt>> prompts(std::span<const std::string> mrns, Audience audience,
                                        Language language, Date asOf, const std::string& actor,
                                        const std::string& action, Read read = Read::Lookup);

    // One row of a day's prep list: the appointment and the desk prompt of its patient.
    struct WorklistRow {
        AppointmentView appointment;
        Prompt prompt;
    };
    // The day's appointments, each with its patient's desk prompt, audited as one batch.
    Result<std::vector<WorklistRow>> worklist(Date day, Language language, Date asOf,
                                              const std::string& actor, Read read = Read::Lookup);

    const Policy& policy() const { return m_policy; }

private:
    Result<void> audit(std::span<const LookupEvent> events);

    Store& m_store;
    Policy m_policy;
    AuditTrail* m_audit;
};

}  // namespace frontdesk
