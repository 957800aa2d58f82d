#pragma once

// The CDS Hooks service of Front Desk, apart from HTTP: discovery, the two hook services and
// feedback, each taking a parsed request and giving a status and a JSON body. The HTTP
// server (http_server.h) does transport, authentication and limits.

#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "frontdesk/config/config.h"
#include "frontdesk/store/audit_trail.h"
#include "frontdesk/store/store.h"
#include "issued_cards.h"

namespace frontdesk::hooks {

struct Reply {
    int status = 200;
    nlohmann::json body;  // null: no body
};

// A reply whose body is {"error": message}: the shape of every error body of the service.
Reply errorReply(int status, const std::string& message);

struct ServiceOptions {
    std::string dbPath;
    Config config;
    std::optional<Date> asOf;  // fixed date (tests, demos); otherwise today in the clinic
};

// One entry of the discovery document.
struct HookService {
    const char* id;
    const char* hook;
    Channel channel;  // the audience of its prompts
    const char* title;
    const char* description;
};
const std::vector<HookService>& hookServices();
const HookService* findHookService(const std::string& id);

// Thread-safe: each thread uses its own database connection.
class HooksService {
public:
    explicit HooksService(ServiceOptions options);
    ~HooksService();

    Reply discovery() const;
    // POST /cds-services/{id}: the cards for the request's patient. `issuer` is the EHR the
    // call was authenticated as (its JWT "iss"; "" without authentication): it chooses the
    // cards' selectionBehavior.
    Reply call(const HookService& service, const nlohmann::json& request,
               const std::string& issuer = {});
    // POST /cds-services/{id}/feedback: records the outcomes; all or nothing. An outcome
    // already recorded for its card (the feedback resent) is accepted and not recorded again.
    Reply feedback(const HookService& service, const nlohmann::json& body);
    // GET /healthz: the database answers.
    Reply health();

    const ServiceOptions& options() const { return m_options; }

private:
    // This thread's connection to the database, opened on first use; fails as Store::open does.
    Result<Store*> store();
    Date today() const;
    // The cards for the patient with this MRN, shown to the call's EHR user: none when there is
    // nothing to say, 503 when the lookup cannot be made.
    Reply promptCards(const HookService& service, const nlohmann::json& request, Store& db,
                      const std::string& mrn, const std::string& issuer);

    // One outcome a feedback entry reports for a card.
    struct Answer {
        IssuedCard card;
        ReminderOutcome outcome;
        const nlohmann::json* entry;  // its comment
    };
    // Records the answers of a valid feedback not yet recorded (a resent one is skipped).
    Reply recordAnswers(const HookService& service, const std::vector<Answer>& answers);

    ServiceOptions m_options;
    IssuedCards m_cards;
    std::unique_ptr<AuditTrail> m_audit;  // group commit of the lookups of every thread
};

}  // namespace frontdesk::hooks
