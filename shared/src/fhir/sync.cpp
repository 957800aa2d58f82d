#include "frontdesk/fhir/sync.h"

#include <map>

namespace frontdesk {
namespace {

using nlohmann::json;

std::string idOf(const json& resource) {
    const auto it = resource.find("id");
    return it != resource.end() && it->is_string() ? it->get<std::string>() : "(no id)";
}

// The resources a search matched (entries added by _include or as outcomes are left out).
std::vector<const json*> matches(const json& bundle) {
    std::vector<const json*> out;
    const auto entries = bundle.find("entry");
    if (entries == bundle.end() || !entries->is_array()) return out;
    for (const auto& entry : *entries) {
        if (!entry.is_object() || !entry.contains("resource") || !entry["resource"].is_object())
            continue;
        const auto search = entry.find("search");
        if (search != entry.end() && search->is_object() &&
            search->value("mode", "match") != "match")
            continue;
        out.push_back(&entry["resource"]);
    }
    return out;
}

// The high-water mark of one search. Pages sorted by _lastUpdated move the mark with each
// page; once a resource arrives out of order the mark moves only when the search ends.
class HighWater {
public:
    HighWater(std::string resourceType, bool moves)
        : m_type(std::move(resourceType)), m_moves(moves) {}

    std::optional<SyncMark> afterPage(const std::vector<const json*>& resources) {
        const std::string before = m_max;
        for (const json* r : resources) {
            const std::string at = lastUpdatedOf(*r);
            if (at.empty()) continue;
            if (at < before) m_sorted = false;
            if (at > m_max) m_max = at;
        }
        if (!m_moves || !m_sorted || m_max.empty()) return std::nullopt;
        return SyncMark{m_type, m_max};
    }
    std::optional<SyncMark> atEnd() const {
        if (!m_moves || m_sorted || m_max.empty()) return std::nullopt;
        return SyncMark{m_type, m_max};
    }

private:
    std::string m_type;
    bool m_moves;
    bool m_sorted = true;
    std::string m_max;
};

class Sync {
public:
    Sync(Store& store, FhirClient& client, const FhirSyncOptions& options, SyncReport& report)
        : m_store(store), m_client(client), m_options(options), m_report(report) {}

    // Each returns false when the run stopped (report.stoppedBy says why).
    Result<bool> patients();
    Result<bool> accounts();
    Result<bool> appointments();
    Result<bool> checkins();

private:
    using PageStore = std::function<Result<void>(const std::vector<const json*>&,
                                                 const std::optional<SyncMark>&)>;
    Result<bool> search(const std::string& resourceType, const std::string& query, bool movesMark,
                        const PageStore& storePage);
    std::string query(const std::string& resourceType, const std::string& filters,
                      bool incremental);
    void skip(const std::string& type, const std::string& id, const std::string& reason,
              SyncCounts& counts) {
        ++counts.skipped;
        m_report.skipped.push_back({type, id, reason});
    }
    void tally(const SyncOutcome& outcome, const std::vector<std::string>& ids,
               const std::string& type, SyncCounts& counts);
    std::optional<std::string> accountMrn(const FhirAccount& account,
                                          std::map<std::string, std::string>& known,
                                          std::vector<EhrAccount>& rows);
    void progress(const std::string& line) {
        if (m_options.progress) m_options.progress(line);
    }

    Store& m_store;
    FhirClient& m_client;
    const FhirSyncOptions& m_options;
    SyncReport& m_report;
};

Result<bool> stopOn(const FhirError& error, SyncReport& report) {
    if (error.failure == FhirFailure::Auth)
        return fail(ErrorCode::BadInput, error.message + "; the sync stopped");
    report.stoppedBy = error.message;
    return false;
}

std::string Sync::query(const std::string& type, const std::string& filters, bool incremental) {
    std::string q = type + "?_count=" + std::to_string(m_options.pageSize) + "&_sort=_lastUpdated";
    if (!filters.empty()) q += "&" + filters;
    if (!incremental) return q;
    const auto state = m_store.syncState(type);
    if (state && !state->highWater.empty()) q += "&_lastUpdated=ge" + urlEncode(state->highWater);
    return q;
}

Result<bool> Sync::search(const std::string& type, const std::string& query, bool movesMark,
                          const PageStore& storePage) {
    HighWater mark(type, movesMark);
    std::size_t pages = 0, read = 0;
    std::optional<Error> storeError;
    auto searched = m_client.search(query, [&](const json& bundle) {
        const auto resources = matches(bundle);
        auto stored = storePage(resources, mark.afterPage(resources));
        if (!stored) {
            storeError = stored.error();
            return false;
        }
        read += resources.size();
        progress("sync: " + type + ": " + std::to_string(read) + " read, page " +
                 std::to_string(++pages));
        return true;
    });
    if (storeError) return tl::unexpected(*storeError);
    if (!searched) return stopOn(searched.error(), m_report);
    if (auto end = mark.atEnd()) {
        auto stored = storePage({}, end);
        if (!stored) return tl::unexpected(stored.error());
    }
    return true;
}

void Sync::tally(const SyncOutcome& outcome, const std::vector<std::string>& ids,
                 const std::string& type, SyncCounts& counts) {
    std::map<std::size_t, std::string> problems;
    for (const auto& p : outcome.problems) problems[p.index] = p.reason;
    for (std::size_t i = 0; i < outcome.changes.size(); ++i) {
        if (const auto p = problems.find(i); p != problems.end()) {
            skip(type, ids[i], p->second, counts);
            continue;
        }
        switch (outcome.changes[i]) {
            case SyncChange::Created:
                ++counts.created;
                break;
            case SyncChange::Updated:
                ++counts.updated;
                break;
            case SyncChange::Unchanged:
                ++counts.unchanged;
                break;
        }
    }
}

Result<bool> Sync::patients() {
    return search("Patient", query("Patient", "", true), true,
                  [&](const std::vector<const json*>& resources,
                      const std::optional<SyncMark>& mark) -> Result<void> {
                      std::vector<EhrPatient> rows;
                      std::vector<std::string> ids;
                      for (const json* r : resources) {
                          auto patient = patientFromFhir(*r, m_options.mapping);
                          if (!patient) {
                              skip("Patient", idOf(*r), patient.error(), m_report.patients);
                              continue;
                          }
                          ids.push_back(patient->ehrId);
                          rows.push_back(std::move(*patient));
                      }
                      auto outcome = m_store.syncPatients(rows, mark);
                      if (!outcome) return tl::unexpected(outcome.error());
                      tally(*outcome, ids, "Patient", m_report.patients);
                      return {};
                  });
}

std::optional<std::string> storedMrn(Result<std::optional<std::string>> found) {
    return found ? *found : std::nullopt;
}

// The MRN of an account's patient: its subject, or the subject of the account it is part of
// (Oracle Health keeps the balance on a guarantor-balance account that names no patient),
// looked up in this page, the store, or once from the EHR.
std::optional<std::string> Sync::accountMrn(const FhirAccount& account,
                                            std::map<std::string, std::string>& known,
                                            std::vector<EhrAccount>& rows) {
    if (!account.patientId.empty()) return storedMrn(m_store.mrnForEhrPatient(account.patientId));
    if (account.partOf.empty()) return std::nullopt;
    if (const auto it = known.find(account.partOf); it != known.end()) return it->second;
    if (auto mrn = storedMrn(m_store.mrnForEhrAccount(account.partOf))) return mrn;
    auto parent = m_client.getResource("Account/" + urlEncode(account.partOf));
    if (!parent) return std::nullopt;
    auto mapped = accountFromFhir(*parent, m_options.mapping);
    if (!mapped || mapped->patientId.empty()) return std::nullopt;
    auto mrn = storedMrn(m_store.mrnForEhrPatient(mapped->patientId));
    if (!mrn) return std::nullopt;
    known[account.partOf] = *mrn;
    rows.push_back({account.partOf, *mrn, std::nullopt, ""});
    return mrn;
}

Result<bool> Sync::accounts() {
    return search(
        "Account", query("Account", "", true), true,
        [&](const std::vector<const json*>& resources,
            const std::optional<SyncMark>& mark) -> Result<void> {
            std::vector<EhrAccount> rows;
            std::vector<std::string> ids;
            std::map<std::string, std::string> known;  // account id -> MRN
            for (const json* r : resources) {
                auto account = accountFromFhir(*r, m_options.mapping);
                if (!account) {
                    skip("Account", idOf(*r), account.error(), m_report.accounts);
                    continue;
                }
                if (account->patientId.empty() && !account->patientBalance) {
                    ++m_report.accounts.unchanged;  // nothing of a patient's in it
                    continue;
                }
                const std::size_t before = rows.size();
                auto mrn = accountMrn(*account, known, rows);
                for (std::size_t i = before; i < rows.size(); ++i) ids.push_back(rows[i].accountId);
                if (!mrn) {
                    skip("Account", account->id,
                         account->patientId.empty()
                             ? "the patient of Account/" + account->partOf + " is not known"
                             : "Patient/" + account->patientId + " is not synced",
                         m_report.accounts);
                    continue;
                }
                known[account->id] = *mrn;
                ids.push_back(account->id);
                rows.push_back(
                    {account->id, *mrn, std::move(account->patientBalance), account->calculatedAt});
            }
            auto outcome = m_store.syncAccounts(rows, m_options.mapping.asOf, mark);
            if (!outcome) return tl::unexpected(outcome.error());
            tally(*outcome, ids, "Account", m_report.accounts);
            return {};
        });
}

Result<bool> Sync::appointments() {
    const Date from = m_options.mapping.asOf;
    const Date end = from.plusDays(m_options.daysAhead + 1);
    const auto state = m_store.syncState("Appointment");
    if (!state) return tl::unexpected(state.error());
    const auto window = [](Date a, Date b) {
        return "date=ge" + a.iso() + "&date=lt" + b.iso() +
               "&status=booked,arrived,checked-in,fulfilled,cancelled,noshow,entered-in-error";
    };
    const PageStore storePage = [&](const std::vector<const json*>& resources,
                                    const std::optional<SyncMark>& mark) -> Result<void> {
        std::vector<EhrAppointment> rows;
        std::vector<std::string> ids;
        for (const json* r : resources) {
            auto appointment = appointmentFromFhir(*r, m_options.mapping);
            if (!appointment) {
                skip("Appointment", idOf(*r), appointment.error(), m_report.appointments);
                continue;
            }
            auto mrn = storedMrn(m_store.mrnForEhrPatient(appointment->patientId));
            if (!mrn) {
                skip("Appointment", idOf(*r),
                     "Patient/" + appointment->patientId + " is not synced", m_report.appointments);
                continue;
            }
            appointment->appointment.appointment.mrn = *mrn;
            ids.push_back(idOf(*r));
            rows.push_back(std::move(appointment->appointment));
        }
        auto outcome = m_store.syncAppointments(rows, mark);
        if (!outcome) return tl::unexpected(outcome.error());
        tally(*outcome, ids, "Appointment", m_report.appointments);
        return {};
    };
    auto changed =
        search("Appointment", query("Appointment", window(from, end), true), true, storePage);
    if (!changed || !*changed) return changed;
    // Days that entered the window since the last run: all their appointments, changed or not.
    if (!state->highWater.empty() && state->windowEnd && *state->windowEnd < end) {
        const Date newFrom = std::max(from, *state->windowEnd);
        auto added = search("Appointment", query("Appointment", window(newFrom, end), false), false,
                            storePage);
        if (!added || !*added) return added;
    }
    auto stored = m_store.setSyncWindowEnd("Appointment", end);
    if (!stored) return tl::unexpected(stored.error());
    return true;
}

// Tells the EHR of one check-in: the Appointment read fresh, its status set to arrived, and
// written back with If-Match on the version read.
FhirResult<std::string> sendCheckin(FhirClient& client, const PendingCheckin& checkin) {
    const std::string path = "Appointment/" + urlEncode(checkin.ehrAppointmentId);
    auto current = client.get(path);
    if (!current) return tl::unexpected(current.error());
    // Plain JSON here (no money is read): decimals must go back to the EHR as numbers.
    nlohmann::json resource =
        nlohmann::json::parse(current->body, nullptr, /*allow_exceptions=*/false);
    if (resource.is_discarded() || !resource.is_object())
        return tl::unexpected(FhirError{FhirFailure::BadBody, current->status,
                                        "GET Appointment: the body is not a JSON resource"});
    if (resource.value("status", "") == "arrived") return current->etag;
    resource["status"] = "arrived";
    auto written =
        client.put(path, resource.dump(), current->etag.empty() ? checkin.etag : current->etag);
    if (!written) return tl::unexpected(written.error());
    return written->etag;
}

Result<bool> Sync::checkins() {
    if (!m_options.pushCheckins) return true;
    auto pushed = pushCheckins(m_store, m_client);
    if (!pushed) return tl::unexpected(pushed.error());
    m_report.checkinsSent += pushed->sent;
    m_report.checkinsFailed += pushed->failed;
    if (pushed->tokenRefused)
        return fail(ErrorCode::BadInput, pushed->stoppedBy + "; the sync stopped");
    progress("sync: check-ins: " + std::to_string(m_report.checkinsSent) + " sent, " +
             std::to_string(m_report.checkinsFailed) + " to retry");
    return true;
}

}  // namespace

Result<CheckinPushReport> pushCheckins(Store& store, FhirClient& client) {
    auto pending = store.pendingCheckins(10'000);
    if (!pending) return tl::unexpected(pending.error());
    CheckinPushReport report;
    for (const PendingCheckin& checkin : *pending) {
        auto sent = sendCheckin(client, checkin);
        Result<void> recorded = sent ? store.checkinSent(checkin.id, *sent)
                                     : store.checkinFailed(checkin.id, sent.error().message);
        if (!recorded) return tl::unexpected(recorded.error());
        if (sent) {
            ++report.sent;
            continue;
        }
        ++report.failed;
        if (sent.error().failure == FhirFailure::Auth) {
            report.tokenRefused = true;
            report.stoppedBy = sent.error().message;
            break;
        }
        if (sent.error().failure == FhirFailure::Network) {  // unreachable: try next time
            report.stoppedBy = sent.error().message;
            break;
        }
    }
    return report;
}

Result<FhirClientOptions> fhirClientOptions(const FhirSettings& f) {
    FhirClientOptions o;
    o.baseUrl = f.baseUrl;
    if (o.baseUrl.empty())
        return fail(ErrorCode::BadInput,
                    "no FHIR base URL: give --fhir-base or fhir.base_url in fhir.toml");
    if (!f.tokenFile.empty()) {
        auto token = readTokenFile(f.tokenFile);
        if (!token) return tl::unexpected(token.error());
        o.bearerToken = std::move(*token);
    }
    o.connectTimeout = std::chrono::seconds(f.connectTimeoutS);
    o.requestTimeout = std::chrono::seconds(f.requestTimeoutS);
    o.stallSeconds = f.stallTimeoutS;
    o.maxBodyBytes = static_cast<std::size_t>(f.maxBodyMiB) << 20;
    o.maxAttempts = f.maxAttempts;
    return o;
}

Result<SyncReport> runFhirSync(Store& store, FhirClient& client, const FhirSyncOptions& options) {
    SyncReport report;
    Sync sync(store, client, options, report);
    for (auto step : {&Sync::patients, &Sync::accounts, &Sync::appointments, &Sync::checkins}) {
        auto going = (sync.*step)();
        if (!going) return tl::unexpected(going.error());
        if (!*going) break;
    }
    return report;
}

}  // namespace frontdesk
