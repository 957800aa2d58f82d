#include "frontdesk/fhir/sync.h"

#include <map>

#include "sync_run.h"

namespace frontdesk {
namespace sync {

void Run::skip(const std::string& type, const std::string& id, const std::string& reason,
               SyncCounts& counts) {
    ++counts.skipped;
    report.skipped.push_back({type, id, reason});
}

void Run::tally(const SyncOutcome& outcome, const std::vector<std::string>& ids,
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

void Run::progress(const std::string& line) const {
    if (options.progress) options.progress(line);
}

std::string idOf(const json& resource) {
    const auto it = resource.find("id");
    return it != resource.end() && it->is_string() ? it->get<std::string>() : "(no id)";
}

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

Result<bool> stopOn(const FhirError& error, SyncReport& report) {
    if (error.failure == FhirFailure::Auth)
        return fail(ErrorCode::BadInput, error.message + "; the sync stopped");
    report.stoppedBy = error.message;
    return false;
}

namespace {

std::optional<std::string> storedMrn(Result<std::optional<std::string>> found) {
    return found ? *found : std::nullopt;
}

class Steps {
public:
    explicit Steps(Run& run) : m_run(run) {}

    // Each returns false when the run stopped (report.stoppedBy says why).
    Result<bool> patients();
    Result<bool> accounts();
    Result<bool> appointments() { return syncAppointments(m_run); }
    Result<bool> checkins();

private:
    // The search of a resource type from its stored high-water mark.
    Result<SortedSearch> fromMark(const std::string& type) const;
    Result<void> storePatients(const std::vector<const json*>& resources,
                               const std::optional<SyncMark>& mark);
    Result<void> storeAccounts(const std::vector<const json*>& resources,
                               const std::optional<SyncMark>& mark);
    std::optional<std::string> accountMrn(const FhirAccount& account,
                                          std::map<std::string, std::string>& known,
                                          std::vector<EhrAccount>& rows);

    Run& m_run;
};

Result<SortedSearch> Steps::fromMark(const std::string& type) const {
    const auto state = m_run.store.syncState(type);
    if (!state) return tl::unexpected(state.error());
    return SortedSearch{
        type, type + "?_count=" + std::to_string(m_run.options.pageSize) + "&_sort=_lastUpdated",
        state->highWater, true};
}

Result<bool> Steps::patients() {
    auto search = fromMark("Patient");
    if (!search) return tl::unexpected(search.error());
    return readSorted(m_run, *search, [this](const auto& resources, const auto& mark) {
        return storePatients(resources, mark);
    });
}

Result<void> Steps::storePatients(const std::vector<const json*>& resources,
                                  const std::optional<SyncMark>& mark) {
    std::vector<EhrPatient> rows;
    std::vector<std::string> ids;
    for (const json* r : resources) {
        auto patient = patientFromFhir(*r, m_run.options.mapping);
        if (!patient) {
            m_run.skip("Patient", idOf(*r), patient.error(), m_run.report.patients);
            continue;
        }
        ids.push_back(patient->ehrId);
        rows.push_back(std::move(*patient));
    }
    auto outcome = m_run.store.syncPatients(rows, mark);
    if (!outcome) return tl::unexpected(outcome.error());
    m_run.tally(*outcome, ids, "Patient", m_run.report.patients);
    return {};
}

// The MRN of an account's patient: its subject, or the subject of the account it is part of
// (Oracle Health keeps the balance on a guarantor-balance account that names no patient),
// looked up in this page, the store, or once from the EHR.
std::optional<std::string> Steps::accountMrn(const FhirAccount& account,
                                             std::map<std::string, std::string>& known,
                                             std::vector<EhrAccount>& rows) {
    Store& store = m_run.store;
    if (!account.patientId.empty()) return storedMrn(store.mrnForEhrPatient(account.patientId));
    if (account.partOf.empty()) return std::nullopt;
    if (const auto it = known.find(account.partOf); it != known.end()) return it->second;
    if (auto mrn = storedMrn(store.mrnForEhrAccount(account.partOf))) return mrn;
    auto parent = m_run.client.getResource("Account/" + urlEncode(account.partOf));
    if (!parent) return std::nullopt;
    auto mapped = accountFromFhir(*parent, m_run.options.mapping);
    if (!mapped || mapped->patientId.empty()) return std::nullopt;
    auto mrn = storedMrn(store.mrnForEhrPatient(mapped->patientId));
    if (!mrn) return std::nullopt;
    known[account.partOf] = *mrn;
    rows.push_back({account.partOf, *mrn, std::nullopt, ""});
    return mrn;
}

Result<bool> Steps::accounts() {
    auto search = fromMark("Account");
    if (!search) return tl::unexpected(search.error());
    return readSorted(m_run, *search, [this](const auto& resources, const auto& mark) {
        return storeAccounts(resources, mark);
    });
}

Result<void> Steps::storeAccounts(const std::vector<const json*>& resources,
                                  const std::optional<SyncMark>& mark) {
    std::vector<EhrAccount> rows;
    std::vector<std::string> ids;
    std::map<std::string, std::string> known;  // account id -> MRN
    SyncCounts& counts = m_run.report.accounts;
    for (const json* r : resources) {
        auto account = accountFromFhir(*r, m_run.options.mapping);
        if (!account) {
            m_run.skip("Account", idOf(*r), account.error(), counts);
            continue;
        }
        if (account->patientId.empty() && !account->patientBalance) {
            ++counts.unchanged;  // nothing of a patient's in it
            continue;
        }
        const std::size_t before = rows.size();
        auto mrn = accountMrn(*account, known, rows);
        for (std::size_t i = before; i < rows.size(); ++i) ids.push_back(rows[i].accountId);
        if (!mrn) {
            m_run.skip("Account", account->id,
                       account->patientId.empty()
                           ? "the patient of Account/" + account->partOf + " is not known"
                           : "Patient/" + account->patientId + " is not synced",
                       counts);
            continue;
        }
        known[account->id] = *mrn;
        ids.push_back(account->id);
        rows.push_back(
            {account->id, *mrn, std::move(account->patientBalance), account->calculatedAt});
    }
    auto outcome = m_run.store.syncAccounts(rows, m_run.options.mapping.asOf, mark);
    if (!outcome) return tl::unexpected(outcome.error());
    m_run.tally(*outcome, ids, "Account", counts);
    return {};
}

Result<bool> Steps::checkins() {
    if (!m_run.options.pushCheckins) return true;
    auto pushed = pushCheckins(m_run.store, m_run.client);
    if (!pushed) return tl::unexpected(pushed.error());
    SyncReport& report = m_run.report;
    report.checkinsSent += pushed->sent;
    report.checkinsFailed += pushed->failed;
    report.checkinsGivenUp += pushed->givenUp.size();
    report.warnings.insert(report.warnings.end(), pushed->givenUp.begin(), pushed->givenUp.end());
    if (pushed->tokenRefused)
        return fail(ErrorCode::BadInput, pushed->stoppedBy + "; the sync stopped");
    m_run.progress("sync: check-ins: " + std::to_string(report.checkinsSent) + " sent, " +
                   std::to_string(report.checkinsFailed) + " to retry, " +
                   std::to_string(report.checkinsGivenUp) + " given up");
    return true;
}

}  // namespace
}  // namespace sync

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
    sync::Run run{store, client, options, report};
    sync::Steps steps(run);
    using Step = Result<bool> (sync::Steps::*)();
    for (Step step : {&sync::Steps::patients, &sync::Steps::accounts, &sync::Steps::appointments,
                      &sync::Steps::checkins}) {
        auto going = (steps.*step)();
        if (!going) return tl::unexpected(going.error());
        if (!*going) break;
    }
    return report;
}

}  // namespace frontdesk
