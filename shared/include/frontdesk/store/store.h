#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "frontdesk/domain/date.h"
#include "frontdesk/domain/ledger.h"
#include "frontdesk/domain/prompt.h"
#include "frontdesk/domain/reminder_log.h"
#include "frontdesk/domain/vocabulary.h"
#include "frontdesk/station/stations.h"

namespace frontdesk {

struct Patient {
    std::string mrn;
    std::string familyName;
    std::string givenName;
    Date birthDate;
    std::string phoneDigits;  // digits only, for matching a caller
    std::string language = "en";
    std::string guarantorMrn;  // empty: the patient is their own guarantor
    bool operator==(const Patient&) const = default;
};

struct Appointment {
    std::string id;  // the practice system's appointment id
    std::string mrn;
    std::string start;  // "YYYY-MM-DDTHH:MM", clinic local time
    int durationMin = 0;
    std::string provider;
    std::string location;
    AppointmentStatus status = AppointmentStatus::Booked;
    bool operator==(const Appointment&) const = default;
};

struct NewEntry {
    std::string sourceId;  // the entry's id in its source; importing it twice changes nothing
    std::string mrn;
    Date postedOn;
    EntryKind kind = EntryKind::ChargePatient;
    Cents amount;  // a positive magnitude, signed for patient_adjustment
    std::string memo;
    bool operator==(const NewEntry&) const = default;
};

struct ReminderInput {
    std::string mrn;
    Date on;
    Channel channel = Channel::Desk;
    ReminderOutcome outcome = ReminderOutcome::Shown;
    std::string staffId;  // staff member or kiosk id
    std::string note;
    // With outcome `paid`: the payment taken, posted as a patient_payment in the same
    // transaction (reversing write-offs first). Without it a `paid` outcome marks the balance
    // paid and waiting for the EHR to post it, until the patient's next ledger entry.
    std::optional<Cents> payment;
};

// One read of a patient's data by a person or a system, for the audit table.
struct LookupEvent {
    std::string actor;  // staff id, kiosk id or EHR user id
    Channel channel = Channel::Desk;
    std::string mrn;
    std::string action = "prompt";
};

// A row of a batch that cannot be stored, by its position in the batch.
struct RowProblem {
    std::size_t index = 0;
    std::string reason;
};

// What a batch write did. When `problems` is not empty nothing was written.
struct BatchOutcome {
    std::size_t inserted = 0;
    std::size_t skipped = 0;  // already stored with the same values
    std::size_t reversals = 0;
    Cents reversed;
    std::vector<RowProblem> problems;
};

// Whether a batch write stores its rows or only checks them against the store.
enum class Apply { Commit, CheckOnly };

// A patient's summary row as stored, for scans (write-off run, statements, reports).
struct SummaryRow {
    std::int64_t patientId = 0;
    std::string mrn;
    LedgerTotals totals;
};

// A patient's summary as stored, with the ledger entries posted to them (verify's scan).
struct SummaryWithLedger {
    SummaryRow summary;
    std::vector<LedgerEntry> entries;  // oldest first
    // Entries met before this patient's that belong to a patient without a summary.
    std::vector<std::int64_t> strayEntryIds;
};

// A patient whose summary counts another number of reminders than are stored.
struct ReminderCountMismatch {
    std::string mrn;
    std::int64_t counted = 0;  // by the summary
    std::int64_t stored = 0;
};

// A reminder as stored; `outcome` is empty when the stored text is not an outcome.
struct StoredReminder {
    std::int64_t id = 0;
    Date on;
    std::optional<ReminderOutcome> outcome;
};

// A patient's balance reminders as the summary keeps them (empty when they cannot be read),
// with the reminders stored for the patient, oldest first (verify's scan).
struct SummaryWithReminders {
    std::string mrn;
    std::optional<std::vector<LoggedReminder>> logged;
    std::vector<StoredReminder> stored;
};

// A family whose kept balance is not the sum of its members' summaries. A side is empty when
// it is out of the range of money: a kept balance that is not whole cents (an older version's
// triggers let a sum overflow into a floating-point number), or members whose balances add up
// past kMostCents.
struct FamilyBalanceMismatch {
    std::int64_t familyId = 0;
    std::optional<std::string> headMrn;  // the patient with the family's id; empty: none
    std::optional<Cents> kept;
    std::optional<Cents> members;
};

// A statement run as the practice mailed it (frontdesk statements --record): its day, the
// threshold it applied, the statements mailed and those it suppressed.
struct StatementRunRecord {
    Date on;
    Cents threshold;
    std::size_t statements = 0;
    Cents statementTotal;
    std::size_t suppressedSmall = 0;
    std::size_t suppressedWrittenOff = 0;
    Cents suppressedBalance;
    Cents costSaved;
};

// The statement runs recorded in a period, added up.
struct StatementsMailed {
    std::size_t runs = 0;
    std::size_t statements = 0;
    Cents statementTotal;
    std::size_t suppressedSmall = 0;
    std::size_t suppressedWrittenOff = 0;
    Cents suppressedBalance;
    Cents costSaved;
};

// What the reminders and the write-off policy did in a period (the practice report).
struct PeriodActivity {
    std::map<std::pair<Channel, ReminderOutcome>, std::size_t> reminders;
    std::size_t remindedPatients = 0;         // given a balance reminder
    std::size_t remindedPatientsWhoPaid = 0;  // a payment within 30 days after one
    Cents paidWithin30Days;                   // those payments, each counted once
    Cents writtenOff;                         // small-balance write-offs posted
    Cents recoveredAfterWriteoff;             // write-off reversals posted
    // paidWithin30Days by the channel of the balance reminder each payment followed (the
    // latest one before it); the channels add up to paidWithin30Days.
    std::map<Channel, Cents> paidByChannel;
    // Reminders recorded in the period by staff member (or kiosk) and outcome.
    std::map<std::pair<std::string, ReminderOutcome>, std::size_t> remindersByStaff;
    // The statement runs recorded on a day of the period.
    StatementsMailed statementRuns;
};

// A calendar month of a period, clipped to the period, and its activity: the same figures as
// the period's, for that month alone (a payment counts in the month of a reminder it followed).
struct MonthActivity {
    Date from;  // the 1st, or the period's first day
    Date to;    // the month's last day, or the period's last
    PeriodActivity activity;
};

// A period's activity and the same month by month, in order.
struct ActivityByMonth {
    PeriodActivity period;
    std::vector<MonthActivity> months;
};

struct PatientQuery;
struct PatientSearchResult;

struct AppointmentView {
    Appointment appointment;
    std::string familyName;
    std::string givenName;
};

// How a record from the EHR compares with what was stored (the FHIR sync).
enum class SyncChange { Created, Updated, Unchanged };

// A patient as the EHR keeps them: the FHIR Patient.id and the demographics. The guarantor is
// not synced: a stored patient keeps theirs.
struct EhrPatient {
    std::string ehrId;
    Patient patient;
};

// An appointment as the EHR keeps it; appointment.id is the FHIR Appointment.id and `etag`
// its version (ETag or meta.versionId), used when a check-in is written back.
struct EhrAppointment {
    Appointment appointment;
    std::string etag;
};

// A part of a patient balance by age: 0 for current, else outstanding over this many days.
struct BalanceByAge {
    int overDays = 0;
    Cents amount;
    bool operator==(const BalanceByAge&) const = default;
};

// An EHR account: whose it is and, when it carries one, the patient's part of its balance as
// the EHR calculated it at `calculatedAt`.
struct EhrAccount {
    std::string accountId;
    std::string mrn;
    std::optional<std::vector<BalanceByAge>> patientBalance;
    std::string calculatedAt;
};

// What a sync write did, row by row: `changes` has one item per row; rows named in
// `problems` were not written (their change reads Unchanged).
struct SyncOutcome {
    std::vector<SyncChange> changes;
    std::vector<RowProblem> problems;
};

// Where the incremental sync of one resource type stands.
struct SyncState {
    std::string highWater;  // the largest meta.lastUpdated synced; empty: never synced
};

// A new high-water mark, written in the same transaction as the page it ends.
struct SyncMark {
    std::string resourceType;
    std::string highWater;
};

// A check-in waiting to be written back to the EHR.
struct PendingCheckin {
    std::int64_t id = 0;
    std::string ehrAppointmentId;
    AppointmentStatus status = AppointmentStatus::Arrived;
    std::string etag;
    int attempts = 0;
};

// The SQLite store of one clinic. One Store is one connection: use it from one thread at a
// time; open one Store per thread. Every write is one BEGIN IMMEDIATE transaction; a failed
// write leaves the database as it was.
class Store {
public:
    static constexpr int kSchemaVersion = 14;

    // How a connection trades memory for speed. The defaults suit the command line, the
    // services and bulk work: reads through a memory map of the file and a large page cache.
    // Long-running interactive programs (the kiosk) keep their resident memory flat with
    // mapFile = false and a small cache: pages read through the map count as resident.
    struct Tuning {
        bool mapFile = true;
        int cacheKiB = 262144;
        // Every commit on the disk before it returns (synchronous FULL). Off only for a
        // connection that keeps what may be lost to a power cut (not to a crash): the EHR's
        // token ids, whose tokens live minutes.
        bool durableCommits = true;
    };
    static Tuning interactiveTuning() { return {false, 8192, true}; }
    // The connections that keep the EHR's token ids (firstUseOfToken) on every request.
    static Tuning tokenIdTuning() { return {false, 1024, false}; }

    // Opens the database at `path`, creating it readable by its owner only (0600; SQLite gives
    // its WAL the same mode) when missing, and brings its schema up to date.
    // Fails with Unsupported for a database written by a newer version, Storage otherwise.
    static Result<Store> open(const std::filesystem::path& path);
    static Result<Store> open(const std::filesystem::path& path, Tuning tuning);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    // The largest amount one ledger entry may carry (the policy's ledger.max_entry); the
    // default is kLargestEntry. Every posting through this Store is checked against it
    // (bucketEffect): postEntries, a payment with a reminder, the EHR's reconciled balances.
    void setLargestEntry(Cents largest);

    // Stores patients; the same MRN with the same values is skipped, with other values it is a
    // problem. A guarantor MRN may name a patient of the batch or of the store.
    Result<BatchOutcome> putPatients(std::span<const Patient> patients,
                                     Apply apply = Apply::Commit);
    Result<BatchOutcome> putAppointments(std::span<const Appointment> appointments,
                                         Apply apply = Apply::Commit);
    // Posts entries in order. A patient payment on an account with unreversed write-offs
    // first posts a writeoff_reversal of min(payment, unreversed), in the same transaction.
    Result<BatchOutcome> postEntries(std::span<const NewEntry> entries,
                                     Apply apply = Apply::Commit);
    // Changes the status of a stored appointment (the kiosk's check-in).
    Result<void> setAppointmentStatus(const std::string& id, AppointmentStatus status);

    // Records reminder outcomes, all or nothing; the summary keeps the count and the latest.
    // A payment given with a `paid` outcome is posted with source id "reminder:<id>"; it
    // fails with BadInput, writing nothing, when it is not above zero or above the largest
    // entry the ledger takes, or given with another outcome.
    Result<void> recordReminders(std::span<const ReminderInput> reminders);
    Result<void> recordReminder(const ReminderInput& reminder) {
        return recordReminders({&reminder, 1});
    }
    Result<void> recordLookups(std::span<const LookupEvent> events);

    Result<std::optional<Patient>> findPatient(const std::string& mrn);
    // What the prompt is decided from, by point reads. NotFound for an unknown MRN.
    Result<PatientStanding> standing(const std::string& mrn, Date asOf);
    Result<std::vector<AppointmentView>> appointmentsOn(Date day);
    // A patient's appointments on a day, earliest first.
    Result<std::vector<Appointment>> appointmentsOf(const std::string& mrn, Date day);
    // The appointment with this id, ignoring case (the code printed on a reminder).
    Result<std::optional<Appointment>> findAppointment(const std::string& id);
    // Every patient born on the day (a point read on an index), for identification.
    Result<std::vector<Patient>> patientsBornOn(Date birthDate);
    Result<std::vector<NewEntry>> ledgerOf(const std::string& mrn);

    // Calls `visit` for every patient whose summary holds money (balance, pending or
    // written-off not zero), in patient order.
    Result<void> forEachOpenSummary(const std::function<void(const SummaryRow&)>& visit);
    // Every open summary (as forEachOpenSummary) with the patient's standing as of the day (as
    // standing() reads it), in one pass and one read transaction: the what-if's snapshot.
    // Storage for a summary that is not sound, and the scan stops.
    // The row is the visitor's to keep (a snapshot moves it in rather than copying it).
    Result<void> forEachOpenStanding(
        Date asOf, const std::function<void(SummaryRow&&, PatientStanding&&)>& visit);

    Result<std::int64_t> patientCount();

    // The EHR's id for a patient (FHIR Patient.id), remembered from a call that carried both
    // it and the MRN, so that later calls with the id alone find the patient.
    Result<void> linkEhrPatient(const std::string& ehrPatientId, const std::string& mrn);
    Result<std::optional<std::string>> mrnForEhrPatient(const std::string& ehrPatientId);

    // The FHIR sync (store_sync.cpp). Each call is one transaction with the mark, if given.
    // Patients are created or updated by MRN and linked to their EHR id.
    Result<SyncOutcome> syncPatients(std::span<const EhrPatient> patients,
                                     const std::optional<SyncMark>& mark = std::nullopt);
    // Appointments are created or updated by id; their patients must be stored. While a
    // check-in of the appointment waits in the outbox, the EHR's `booked` does not undo it
    // (the EHR has not heard of it yet): the rest of the appointment is updated.
    Result<SyncOutcome> syncAppointments(std::span<const EhrAppointment> appointments,
                                         const std::optional<SyncMark>& mark = std::nullopt);
    // Cancels appointments by their EHR id: the EHR no longer has them as a booked time
    // (deleted, or proposed, pending or waitlist again). Updated when one was not cancelled,
    // Unchanged when it was; an id that is not stored is a problem.
    Result<SyncOutcome> cancelEhrAppointments(std::span<const std::string> ehrIds);
    // The EHR ids of the appointments from the EHR that start on the days from `from` up to
    // (not including) `to`, clinic time, and are not cancelled here.
    Result<std::vector<std::string>> ehrAppointmentsBetween(Date from, Date to);
    // Remembers each account's patient and reconciles the balances: when the EHR's patient
    // balance (the sum over the patient's accounts) differs from the ledger's balance plus its
    // unreversed write-offs, patient_adjustment entries dated `asOf` (older parts dated by
    // their age) post the difference, with source id "fhir:Account/<id>@<calculatedAt>".
    // The same figures again change nothing.
    Result<SyncOutcome> syncAccounts(std::span<const EhrAccount> accounts, Date asOf,
                                     const std::optional<SyncMark>& mark = std::nullopt);
    Result<std::optional<std::string>> mrnForEhrAccount(const std::string& accountId);
    Result<SyncState> syncState(const std::string& resourceType);
    // The check-ins queued for the EHR (filled by setAppointmentStatus), oldest first
    // (store_outbox.cpp).
    Result<std::vector<PendingCheckin>> pendingCheckins(std::size_t limit);
    // Records the outcome of sending one: sent (with the EHR's new version tag, if any),
    // failed with a reason, to be tried again, or given up (the EHR no longer has the
    // appointment): kept with its reason, never sent.
    Result<void> checkinSent(std::int64_t id, const std::string& newEtag);
    Result<void> checkinFailed(std::int64_t id, const std::string& reason);
    Result<void> checkinGivenUp(std::int64_t id, const std::string& reason);
    // The clinic server's stations (store_stations.cpp; station/stations.h). `now` is always
    // the caller's clock.
    // Adds a station with a fresh enrollment code, valid for kEnrollmentCodeLifetimeS. A station
    // of the same name that is revoked or not yet enrolled is replaced (a new code); an
    // enrolled one is a Conflict: revoke it first. BadInput for a name isValidStationName
    // refuses.
    // `extension`: the station's phone extension (digits; '' none), so that a call to it pops
    // on this station only.
    Result<EnrollmentCode> addStation(const std::string& name, StationRole role,
                                      const std::string& location, UnixSeconds now,
                                      const std::string& extension = {});
    Result<std::vector<Station>> stations();
    // Refuses the station's credential and unused code from now on; NotFound for no such name.
    Result<void> revokeStation(const std::string& name, UnixSeconds now);
    // Exchanges an enrollment code (as typed; normalizedCode) for the station's credential,
    // once. NotFound, all alike, when the code is wrong, used or expired.
    Result<StationCredential> enrollStation(const std::string& code, UnixSeconds now);
    // The enrolled, unrevoked station whose credential this token is.
    Result<std::optional<Station>> stationForToken(const std::string& token);
    // A kiosk station's lock-out; a miss counted, locking it at `maxTries` misses in a row
    // until now + lockoutS (the count then starts again); a match clears the count.
    Result<KioskLockout> kioskLockout(const std::string& station);
    Result<KioskLockout> countKioskMiss(const std::string& station, int maxTries, int lockoutS,
                                        UnixSeconds now);
    Result<void> clearKioskMisses(const std::string& station);
    // Calls the phone system announced (store_calls.cpp): recorded with the station whose
    // extension it names ('' when none is: every desk and phone station), calls older than a
    // day forgotten; the calls after `afterId` for `station` (its own and everyone's), oldest
    // first, at most `limit`; the newest call's id (0 for none).
    Result<CallEvent> recordCall(const std::string& callerDigits, const std::string& extension,
                                 UnixSeconds now);
    Result<std::vector<CallEvent>> callsFor(const std::string& station, std::int64_t afterId,
                                            std::size_t limit);
    Result<std::int64_t> lastCallId();
    // Kiosk visits by the digest of their handle. Opening one forgets every lapsed visit; a
    // lapsed or unknown one reads as nullopt.
    Result<void> openKioskVisit(const std::string& handleDigest, const KioskVisit& visit,
                                UnixSeconds now);
    Result<std::optional<KioskVisit>> kioskVisit(const std::string& handleDigest, UnixSeconds now);
    Result<void> markKioskVisitCheckedIn(const std::string& handleDigest,
                                         const std::string& appointmentId, PromptState state);
    Result<void> closeKioskVisit(const std::string& handleDigest);
    // Runs `write` once for its key, in one transaction with the keeping of its answer: the
    // same key and request again get the kept answer (replayed) without running it; the same
    // key with another request is a Conflict. A write that fails keeps nothing, so a retry
    // runs it again. Keys are kept for 7 days.
    Result<OnceAnswer> once(const OnceKey& key, UnixSeconds now,
                            const std::function<Result<OnceAnswer>()>& write);

    // Whether this is the first use of a token id (the SHA-256 of the EHR's issuer and jti)
    // that stays valid until `expiresAt`: true once, false for every later use until then.
    // Ids whose token expired before `now` are forgotten on the way.
    Result<bool> firstUseOfToken(const std::string& idDigest, UnixSeconds expiresAt,
                                 UnixSeconds now);

    // The desk's patient search (store_search.cpp; patient_search.h says what it finds).
    Result<PatientSearchResult> searchPatients(const PatientQuery& query, std::size_t limit);

    // The counts of the practice report for a period, both days included, and month by month
    // (store_report.cpp): one read of the period's reminders and the payments after them.
    // BadInput when `to` is before `from`.
    Result<ActivityByMonth> activity(Date from, Date to);
    // True when a ledger entry is posted on a day after `day` (a full read when none is).
    Result<bool> postedAfter(Date day);
    // Keeps a statement run the practice mailed (store_report.cpp), one a day: Conflict when
    // that day's is already kept (nothing changes).
    Result<void> recordStatementRun(const StatementRunRecord& run, UnixSeconds now);

    // The whole-database reads of verify (store_verify.cpp); each fails with Storage, its
    // message starting "verify: ".
    // Runs `scans` with the page cache grown to hold the part of the file past the memory map
    // (at most 4 GiB), then puts the cache back.
    Result<void> withScanCache(const std::function<Result<void>()>& scans);
    // The lines of PRAGMA integrity_check other than "ok".
    Result<std::vector<std::string>> integrityProblems();
    // Calls `visit` for every summary in patient order. True when ledger entries are left
    // after the last summary: they belong to patients without one.
    Result<bool> forEachSummaryWithLedger(
        const std::function<void(const SummaryWithLedger&)>& visit);
    Result<std::vector<ReminderCountMismatch>> reminderCountMismatches();
    // Calls `visit` for every summary in patient order.
    Result<void> forEachSummaryWithReminders(
        const std::function<void(const SummaryWithReminders&)>& visit);
    // In family id order.
    Result<std::vector<FamilyBalanceMismatch>> familyBalanceMismatches();

    // Makes the file alone the whole database, to be moved once this Store is destroyed
    // (database_file.h): checkpoints the WAL into it and leaves WAL mode, which removes the
    // WAL (the next open goes back to WAL). Needs the only connection to the file; use nothing
    // but the destructor afterwards. Fails with Storage.
    Result<void> closeForMove();

    // PRAGMA data_version: a number that changes when another connection commits.
    Result<std::int64_t> dataVersion();
    // This connection's PRAGMA synchronous, for diagnostics: 2 (FULL) as open() sets it, so
    // that a commit is on disk when it returns.
    Result<int> synchronousMode();

    struct Impl;  // private to the store's own files (store_*.cpp)

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace frontdesk
