#include <future>
#include <memory>
#include <system_error>
#include <utility>

#include "frontdesk/station/clinic_data.h"
#include "frontdesk/station/stations.h"
#include "frontdesk/store/change_watch.h"

namespace frontdesk {

ClinicSettings clinicSettingsOf(const Config& config) {
    return {config.clinic.name, config.clinic.timeZone, config.policy.largestEntry,
            deskPostsPayments(config)};
}

namespace {

// The clinic's database through one Store and the BalanceLookup with its policy.
class LocalClinicData final : public ClinicData {
public:
    LocalClinicData(Store store, std::string dbPath, const Config& config, std::optional<Date> asOf)
        : m_store(std::move(store)),
          m_dbPath(std::move(dbPath)),
          m_policy(config.policy),
          m_settings(clinicSettingsOf(config)),
          m_lookup(m_store, config.policy),
          m_fixedAsOf(asOf),
          m_changes(m_store) {}

    const ClinicSettings& settings() const override { return m_settings; }
    Date today() const override { return asOfOrToday(m_fixedAsOf, m_settings.timeZone); }

    Result<WorklistRows> worklist(Date day, Language language, const std::string& staff,
                                  Read read) override {
        return m_lookup.worklist(day, language, today(), staff, read);
    }

    Result<PatientList> search(const std::string& text, DateOrder order, Language language,
                               const std::string& staff, Read read) override {
        auto found = searchPatients(m_store, parsePatientQuery(text, order), kSearchLimit);
        if (!found) return tl::unexpected(found.error());
        auto rows = withPrompts(std::move(found->patients), Audience::Desk, language, staff,
                                "search", read);
        if (!rows) return tl::unexpected(rows.error());
        return PatientList{std::move(*rows), found->truncated};
    }

    Result<std::vector<PatientWithPrompt>> callers(const std::string& number, Language language,
                                                   const std::string& staff) override {
        auto patients = patientsByPhone(m_store, number);
        if (!patients) return tl::unexpected(patients.error());
        return withPrompts(std::move(*patients), Audience::Phone, language, staff, "call",
                           Read::Lookup);
    }

    Result<std::optional<Patient>> patient(const std::string& mrn) override {
        return m_store.findPatient(mrn);
    }

    Result<Prompt> prompt(const std::string& mrn, Audience audience, Language language,
                          const std::string& staff, Read read) override {
        return m_lookup.prompt(mrn, audience, language, today(), staff, read);
    }

    Result<void> recordReminder(const ReminderInput& reminder) override {
        ReminderInput onToday = reminder;
        onToday.on = today();
        return m_store.recordReminder(onToday);
    }

    Result<BookingResult> checkBooking(const BookingRequest& request) override {
        return frontdesk::checkBooking(m_store, request);
    }
    Result<BookingResult> book(const BookingRequest& request) override {
        return bookAppointment(m_store, request);
    }

    Result<bool> changed() override { return m_changes.changed(); }

    bool managerView() const override { return true; }
    Result<Policy> policy() override { return m_policy; }

    // The period's activity is read on a connection of its own on another thread, while the
    // accounts of its last day are read and reported on here (each a pass over a large part of
    // the file). The statements to mail are counted, not listed: the manager's view and the
    // clinic server's report show no patient.
    Result<PracticeReport> report(Date from, Date to) override {
        if (today() < to) return fail(ErrorCode::BadInput, "the period ends after today");
        if (to < from) return fail(ErrorCode::BadInput, "the period ends before it begins");
        std::future<Result<ActivityByMonth>> activity;
        try {
            activity = std::async(std::launch::async,
                                  [path = m_dbPath, from, to]() -> Result<ActivityByMonth> {
                                      auto store = Store::open(path, kReportTuning);
                                      if (!store) return tl::unexpected(store.error());
                                      return store->activity(from, to);
                                  });
        } catch (const std::system_error& e) {
            return fail(ErrorCode::Storage,
                        std::string("report: no thread to read with: ") + e.what());
        }
        m_whatIf.reset();
        auto read = readAccounts(to);
        auto onAccounts =
            read ? reportAccounts(read->snapshot(), m_policy, StatementLines::CountOnly)
                 : Result<AccountsReport>(tl::unexpected(read.error()));
        auto months = activity.get();
        if (!onAccounts) return tl::unexpected(onAccounts.error());
        if (!months) return tl::unexpected(months.error());
        auto report = makeReport(std::move(*months), std::move(*onAccounts), from);
        if (!report) return report;
        if (to == today()) m_whatIf.emplace(std::move(*read));
        return report;
    }

    Result<PolicyComparison> whatIf(const Policy& candidate) override {
        if (!m_whatIf || m_whatIf->asOf() != today()) {
            m_whatIf.reset();
            auto read = readAccounts(today());
            if (!read) return tl::unexpected(read.error());
            m_whatIf.emplace(std::move(*read));
        }
        return m_whatIf->compare(m_policy, candidate);
    }

private:
    static constexpr std::size_t kSearchLimit = 50;
    // The manager's reads go through much of the file: mapped (no read call per page), with
    // the default cache (256 MiB at most, given back when the connection closes).
    static constexpr Store::Tuning kReportTuning{true, 262144, true};

    // Every open account as of the day, read in one pass on a connection of its own (the
    // desk's stays free for the desk).
    Result<PolicyWhatIf> readAccounts(Date on) const {
        auto store = Store::open(m_dbPath, kReportTuning);
        if (!store) return tl::unexpected(store.error());
        return PolicyWhatIf::read(*store, on);
    }

    Result<std::vector<PatientWithPrompt>> withPrompts(std::vector<Patient> patients,
                                                       Audience audience, Language language,
                                                       const std::string& staff, const char* action,
                                                       Read read) {
        std::vector<std::string> mrns;
        mrns.reserve(patients.size());
        for (const auto& p : patients) mrns.push_back(p.mrn);
        auto prompts = m_lookup.prompts(mrns, audience, language, today(), staff, action, read);
        if (!prompts) return tl::unexpected(prompts.error());
        std::vector<PatientWithPrompt> rows;
        rows.reserve(patients.size());
        for (std::size_t i = 0; i < patients.size(); ++i)
            rows.push_back({std::move(patients[i]), std::move((*prompts)[i])});
        return rows;
    }

    Store m_store;
    std::string m_dbPath;
    Policy m_policy;
    ClinicSettings m_settings;
    BalanceLookup m_lookup;
    std::optional<Date> m_fixedAsOf;
    ChangeWatch m_changes;
    std::optional<PolicyWhatIf> m_whatIf;  // the accounts of the last report ending today
};

}  // namespace

Result<std::unique_ptr<ClinicData>> makeLocalClinicData(const std::string& dbPath,
                                                        const Config& config,
                                                        std::optional<Date> asOf) {
    auto store = Store::open(dbPath, Store::interactiveTuning());
    if (!store) return tl::unexpected(store.error());
    store->setLargestEntry(config.policy.largestEntry);
    return std::unique_ptr<ClinicData>(
        std::make_unique<LocalClinicData>(std::move(*store), dbPath, config, asOf));
}

}  // namespace frontdesk
