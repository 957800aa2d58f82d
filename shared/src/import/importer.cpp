#include "frontdesk/import/importer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <functional>

#include "frontdesk/domain/phone.h"
#include "frontdesk/store/appointment_rules.h"
#include "import/csv_table.h"

namespace frontdesk {
namespace {

// One row's problems, collected instead of stopping at the first.
struct RowCheck {
    std::vector<std::string> problems;
    void require(std::string_view value, const char* column) {
        if (value.empty()) problems.push_back(std::string(column) + " is empty");
    }
    template <typename T>
    std::optional<T> take(Result<T> r, const char* column) {
        if (r) return std::move(*r);
        problems.push_back(std::string(column) + ": " + r.error().message);
        return std::nullopt;
    }
};

bool isLanguageCode(std::string_view s) {
    if (s.size() < 2 || s.size() > 3) return false;
    for (char c : s)
        if (c < 'a' || c > 'z') return false;
    return true;
}

Patient readPatient(const CsvColumns& c, const CsvRecord& r, RowCheck& check) {
    Patient p;
    p.mrn = c.get(r, "mrn");
    p.familyName = c.get(r, "family_name");
    p.givenName = c.get(r, "given_name");
    check.require(p.mrn, "mrn");
    check.require(p.familyName, "family_name");
    check.require(p.givenName, "given_name");
    if (auto d = check.take(parseDate(c.get(r, "birth_date")), "birth_date")) p.birthDate = *d;
    if (auto phone = check.take(phoneDigits(c.get(r, "phone")), "phone")) p.phoneDigits = *phone;
    const std::string_view language = c.get(r, "language");
    p.language = language.empty() ? "en" : std::string(language);
    if (!isLanguageCode(p.language))
        check.problems.push_back("language '" + p.language + "' is not a language code such as en");
    p.guarantorMrn = c.get(r, "guarantor_mrn");
    return p;
}

// The appointment rules are the core's (appointment_rules.h), the same as the desk's booking.
Appointment readAppointment(const CsvColumns& c, const CsvRecord& r, RowCheck& check) {
    Appointment a;
    a.id = c.get(r, "appointment_id");
    a.mrn = c.get(r, "mrn");
    a.start = c.get(r, "start");
    a.provider = c.get(r, "provider");
    a.location = c.get(r, "location");
    const auto minutes = parseAppointmentMinutes(c.get(r, "duration_min"));
    if (minutes) a.durationMin = *minutes;
    for (const AppointmentProblem& p : appointmentProblems(a)) {
        const bool repeated = !check.problems.empty() && check.problems.back() == p.message;
        if (!repeated && (minutes || p.rule != AppointmentRule::Duration))
            check.problems.push_back(p.message);
    }
    if (!minutes) check.problems.push_back(minutes.error().message);
    const std::string_view status = c.get(r, "status");
    if (auto st = parseAppointmentStatus(status.empty() ? "booked" : status)) {
        a.status = *st;
    } else {
        check.problems.push_back("status '" + std::string(status) +
                                 "' is not one of booked, arrived, checked-in, fulfilled,"
                                 " cancelled, noshow");
    }
    return a;
}

NewEntry readEntry(const CsvColumns& c, const CsvRecord& r, RowCheck& check) {
    NewEntry e;
    e.sourceId = c.get(r, "entry_id");
    e.mrn = c.get(r, "mrn");
    e.memo = c.get(r, "memo");
    check.require(e.sourceId, "entry_id");
    check.require(e.mrn, "mrn");
    if (auto d = check.take(parseDate(c.get(r, "posted_on")), "posted_on")) e.postedOn = *d;
    const std::string_view kindText = c.get(r, "kind");
    const auto kind = parseEntryKind(kindText);
    if (!kind) {
        check.problems.push_back("kind '" + std::string(kindText) + "' is not a ledger entry kind");
    } else if (*kind == EntryKind::SmallBalanceWriteoff || *kind == EntryKind::WriteoffReversal) {
        check.problems.push_back("kind '" + std::string(kindText) +
                                 "' is posted by the write-off run only");
    } else {
        e.kind = *kind;
    }
    if (auto amount = check.take(parseMoney(c.get(r, "amount")), "amount")) {
        e.amount = *amount;
        // the sign and zero here; the largest entry is the Store's (the policy's) to check
        if (kind && !bucketEffect(*kind, *amount, kMostCents))
            check.problems.push_back("amount: " +
                                     bucketEffect(*kind, *amount, kMostCents).error().message);
    }
    return e;
}

// Orders "file:line: reason" messages by line, keeping the order within a line.
void sortByLine(std::vector<std::string>& messages) {
    const auto lineOf = [](const std::string& m) {
        std::size_t line = 0;
        const auto colon = m.find(':');
        if (colon != std::string::npos)
            std::from_chars(m.data() + colon + 1, m.data() + m.size(), line);
        return line;
    };
    std::stable_sort(
        messages.begin(), messages.end(),
        [&](const std::string& a, const std::string& b) { return lineOf(a) < lineOf(b); });
}

// The rows of one file, read from each record as the CSV reader hands it over.
template <typename Row>
struct RowsRead {
    std::vector<Row> rows;
    std::vector<std::size_t> lines;     // of each row
    std::vector<std::string> problems;  // "file:line: reason" of the rows left out
    std::size_t records = 0;
    std::optional<CsvColumns> columns;  // known from the header on
    std::size_t textBytes = 0;          // the whole text, when known: to size `rows` once
    const CsvReader* reader = nullptr;  // how far it has read, for that estimate
};

// After this many records the size of the rest is estimated from the bytes read so far.
constexpr std::size_t kSampleRecords = 4096;

template <typename Row>
void reserveRows(RowsRead<Row>& out) {
    const std::size_t read = out.reader->bytesRead();
    if (read == 0 || out.textBytes <= read) return;
    const double perByte = static_cast<double>(out.records) / static_cast<double>(read);
    out.rows.reserve(static_cast<std::size_t>(perByte * static_cast<double>(out.textBytes) * 1.05));
}

template <typename Row, typename Read>
CsvReader::RecordHandler rowReader(const std::string& origin, const CsvContract& contract,
                                   RowsRead<Row>& out, Read read) {
    return [&origin, &contract, &out, read](const std::vector<std::string>& header,
                                            const CsvRecord& record) {
        if (!out.columns) out.columns.emplace(header, contract.required, contract.optional);
        if (++out.records == kSampleRecords) reserveRows(out);
        if (!out.columns->missing.empty() || !out.columns->duplicated.empty()) return;
        RowCheck check;
        Row row = read(*out.columns, record, check);
        for (const auto& p : check.problems)
            out.problems.push_back(origin + ":" + std::to_string(record.line) + ": " + p);
        if (!check.problems.empty()) return;
        out.rows.push_back(std::move(row));
        out.lines.push_back(record.line);
    };
}

// Hands the whole text to the reader, in pieces.
using Feed = std::function<void(CsvReader&)>;

// Reads the text, then checks and stores its rows, all or nothing.
template <typename Row, typename Read, typename Put>
Result<ImportReport> importRows(const CsvContract& contract, const std::string& origin,
                                const Feed& feed, std::size_t textBytes, Read read, Put put) {
    ImportReport report;
    report.file = origin;
    RowsRead<Row> in;
    in.textBytes = textBytes;
    CsvReader reader(origin, rowReader(origin, contract, in, read));
    in.reader = &reader;
    feed(reader);
    reader.finish();
    report.errors = reader.errors();
    if (!reader.usable()) return report;
    if (!in.columns) in.columns.emplace(reader.header(), contract.required, contract.optional);
    for (const auto& name : in.columns->unknown)
        report.warnings.push_back(origin + ":1: unknown column '" + name + "' is ignored");
    if (!in.columns->missing.empty() || !in.columns->duplicated.empty()) {
        for (const auto& name : in.columns->missing)
            report.errors.push_back(origin + ":1: required column '" + name + "' is missing");
        for (const auto& message : in.columns->duplicated)
            report.errors.push_back(origin + ":1: " + message);
        return report;
    }
    report.errors.insert(report.errors.end(), in.problems.begin(), in.problems.end());
    report.rows = in.records;
    const Apply apply = report.errors.empty() ? Apply::Commit : Apply::CheckOnly;
    auto outcome = put(std::span<const Row>(in.rows), apply);
    if (!outcome) return tl::unexpected(outcome.error());
    for (const RowProblem& p : outcome->problems)
        report.errors.push_back(origin + ":" + std::to_string(in.lines[p.index]) + ": " + p.reason);
    if (report.errors.empty()) {
        report.inserted = outcome->inserted;
        report.skipped = outcome->skipped;
        report.reversals = outcome->reversals;
    }
    sortByLine(report.errors);
    return report;
}

Result<ImportReport> importFrom(Store& store, ImportKind kind, const std::string& origin,
                                const Feed& feed, std::size_t textBytes) {
    const CsvContract& contract = csvContract(kind);
    switch (kind) {
        case ImportKind::Patients:
            return importRows<Patient>(
                contract, origin, feed, textBytes, readPatient,
                [&](auto rows, Apply a) { return store.putPatients(rows, a); });
        case ImportKind::Appointments:
            return importRows<Appointment>(
                contract, origin, feed, textBytes, readAppointment,
                [&](auto rows, Apply a) { return store.putAppointments(rows, a); });
        case ImportKind::Ledger:
            break;
    }
    return importRows<NewEntry>(contract, origin, feed, textBytes, readEntry,
                                [&](auto rows, Apply a) { return store.postEntries(rows, a); });
}

}  // namespace

const CsvContract& csvContract(ImportKind kind) {
    static const CsvContract kPatients{{"mrn", "family_name", "given_name", "birth_date"},
                                       {"phone", "language", "guarantor_mrn"}};
    static const CsvContract kAppointments{{"appointment_id", "mrn", "start", "duration_min"},
                                           {"provider", "location", "status"}};
    static const CsvContract kLedger{{"entry_id", "mrn", "posted_on", "kind", "amount"}, {"memo"}};
    switch (kind) {
        case ImportKind::Patients:
            return kPatients;
        case ImportKind::Appointments:
            return kAppointments;
        case ImportKind::Ledger:
            break;
    }
    return kLedger;
}

Result<ImportReport> importCsvText(Store& store, ImportKind kind, std::string_view text,
                                   const std::string& origin) {
    return importFrom(
        store, kind, origin, [text](CsvReader& reader) { reader.feed(text); }, text.size());
}

Result<ImportReport> importCsvFile(Store& store, ImportKind kind,
                                   const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail(ErrorCode::BadInput, file.string() + ": is not a readable file");
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(ErrorCode::BadInput, file.string() + ": cannot be read");
    // read in pieces: a ledger export of millions of rows is never held in memory whole
    const auto feed = [&in](CsvReader& reader) {
        std::vector<char> buffer(1 << 20);
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
               in.gcount() > 0)
            reader.feed({buffer.data(), static_cast<std::size_t>(in.gcount())});
    };
    const auto bytes = std::filesystem::file_size(file, ec);
    return importFrom(store, kind, file.filename().string(), feed,
                      ec ? 0 : static_cast<std::size_t>(bytes));
}

}  // namespace frontdesk
