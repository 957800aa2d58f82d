#pragma once

// What a desk or phone station reads and writes of the clinic, wherever the clinic is: its
// database on this computer (makeLocalClinicData, the demo and the one-PC practice) or the
// clinic server (remote_clinic_data.h). The desk panel and the BalancePrompt component talk to
// this interface only, so that both give the same answers (the desk's tests run on both).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/config/config.h"
#include "frontdesk/domain/date.h"
#include "frontdesk/domain/error.h"
#include "frontdesk/runs/policy_whatif.h"
#include "frontdesk/runs/report.h"
#include "frontdesk/store/booking.h"
#include "frontdesk/store/lookup.h"
#include "frontdesk/store/patient_json.h"
#include "frontdesk/store/patient_search.h"
#include "frontdesk/store/store.h"

namespace frontdesk {

// What a station shows of the clinic's settings (the server's GET /v1/station "clinic").
struct ClinicSettings {
    std::string name;
    std::string timeZone;  // IANA; empty: the machine's
    Cents largestEntry = kLargestEntry;
    bool deskPostsPayments = true;  // "patient paid" takes the amount and posts it
};
ClinicSettings clinicSettingsOf(const Config& config);

class ClinicData {
public:
    using Read = BalanceLookup::Read;  // Lookup is audited; Refresh re-reads what is on screen
    using WorklistRows = std::vector<BalanceLookup::WorklistRow>;

    virtual ~ClinicData() = default;

    virtual const ClinicSettings& settings() const = 0;
    // The date prompts are for: a fixed --as-of, else today in the clinic (the server's today
    // for a remote station), read anew at each call.
    virtual Date today() const = 0;

    // Every read of prompts is audited under `staff` (unless Refresh).
    virtual Result<WorklistRows> worklist(Date day, Language language, const std::string& staff,
                                          Read read) = 0;
    // The desk's search (patient_search.h): `order` reads birth dates with slashes or dots.
    virtual Result<PatientList> search(const std::string& text, DateOrder order, Language language,
                                       const std::string& staff, Read read) = 0;
    // The patients with a caller's number, with their phone prompts (audited as "call").
    virtual Result<std::vector<PatientWithPrompt>> callers(const std::string& number,
                                                           Language language,
                                                           const std::string& staff) = 0;
    // nullopt: no such patient.
    virtual Result<std::optional<Patient>> patient(const std::string& mrn) = 0;
    // NotFound for an unknown MRN.
    virtual Result<Prompt> prompt(const std::string& mrn, Audience audience, Language language,
                                  const std::string& staff, Read read) = 0;
    // Records on `reminder.channel` (Desk or Phone) for today(); `on` is ignored.
    virtual Result<void> recordReminder(const ReminderInput& reminder) = 0;
    // booking.h's checkBooking and bookAppointment; the id of `request` may be replaced.
    virtual Result<BookingResult> checkBooking(const BookingRequest& request) = 0;
    virtual Result<BookingResult> book(const BookingRequest& request) = 0;

    // True when anything in the clinic changed since the last call (another station, an
    // import; for a remote station also this one's own writes). Never waits.
    virtual Result<bool> changed() = 0;
    // The numbers of the calls the phone system announced for this station since the last call
    // (the clinic server's call pop); never waits. Local: none (calls come to the desk's own
    // call port).
    virtual std::vector<std::string> takeCalls() { return {}; }
    // When the clinic could not be reached last (a remote station's server down), until it
    // answers again; nullopt while it answers. A local database is never offline.
    virtual std::optional<UnixSeconds> offlineSince() const { return std::nullopt; }

    // The manager's view (docs/manager.md). Unsupported where this station cannot show it:
    // through the clinic server, on a station that is not an admin's.
    virtual bool managerView() const { return false; }
    // The policy in force.
    virtual Result<Policy> policy() { return noManagerView(); }
    // The practice report (runs/report.h) for a period ending on or before today(): the
    // statements to mail are counted, not listed (the view names no patient). It may run on a
    // thread of its own while the desk's other calls go on (the Reports view): it reads on
    // connections (or a client) of its own; policy() and whatIf() must wait for it.
    virtual Result<PracticeReport> report(Date from, Date to) {
        (void)from, (void)to;
        return noManagerView();
    }
    // What `candidate` would do to today's accounts beside the policy in force. The accounts
    // are those the last report ending today read (each call then costs one pass in memory),
    // else read now.
    virtual Result<PolicyComparison> whatIf(const Policy& candidate) {
        (void)candidate;
        return noManagerView();
    }

protected:
    static tl::unexpected<Error> noManagerView() {
        return tl::unexpected<Error>(
            Error{ErrorCode::Unsupported,
                  "the manager's view needs the clinic's database on this computer or an admin "
                  "station's credential"});
    }
};

// The clinic's database at `dbPath` (interactive tuning), one connection, for one thread.
// `asOf` fixes the date (tests, demos). The store's error when it cannot be opened.
Result<std::unique_ptr<ClinicData>> makeLocalClinicData(const std::string& dbPath,
                                                        const Config& config,
                                                        std::optional<Date> asOf);

}  // namespace frontdesk
