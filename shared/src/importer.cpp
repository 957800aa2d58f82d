#include "frontdesk/importer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "csv_table.h"
#include "frontdesk/phone.h"

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

// "YYYY-MM-DDTHH:MM".
bool isLocalStart(std::string_view s) {
    if (s.size() != 16 || s[10] != 'T' || s[13] != ':' || !parseDate(s.substr(0, 10))) return false;
    int hh = 0;
    int mm = 0;
    const auto h = std::from_chars(s.data() + 11, s.data() + 13, hh);
    const auto m = std::from_chars(s.data() + 14, s.data() + 16, mm);
    return h.ptr == s.data() + 13 && m.ptr == s.data() + 16 && hh >= 0 && hh <= 23 && mm >= 0 &&
           mm <= 59;
}

std::optional<int> parseMinutes(std::string_view s) {
    int v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || v < 1 || v > 1440)
        return std::nullopt;
    return v;
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

Appointment readAppointment(const CsvColumns& c, const CsvRecord& r, RowCheck& check) {
    Appointment a;
    a.id = c.get(r, "appointment_id");
    a.mrn = c.get(r, "mrn");
    a.start = c.get(r, "start");
    a.provider = c.get(r, "provider");
    a.location = c.get(r, "location");
    check.require(a.id, "appointment_id");
    check.require(a.mrn, "mrn");
    if (!isLocalStart(a.start))
        check.problems.push_back("start '" + a.start + "' is not YYYY-MM-DDTHH:MM");
    const std::string_view minutes = c.get(r, "duration_min");
    if (auto m = parseMinutes(minutes)) {
        a.durationMin = *m;
    } else {
        check.problems.push_back("duration_min '" + std::string(minutes) +
                                 "' is not a number of minutes from 1 to 1440");
    }
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
        if (kind && !bucketEffect(*kind, *amount))
            check.problems.push_back("amount: " + bucketEffect(*kind, *amount).error().message);
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
    std::stable_sort(messages.begin(), messages.end(),
                     [&](const std::string& a, const std::string& b) { return lineOf(a) < lineOf(b); });
}

template <typename Row, typename Read, typename Put>
Result<void> importRows(const CsvTable& table, const CsvColumns& columns, ImportReport& report,
                        Read read, Put put) {
    std::vector<Row> rows;
    std::vector<std::size_t> lines;
    rows.reserve(table.records.size());
    for (const CsvRecord& record : table.records) {
        RowCheck check;
        Row row = read(columns, record, check);
        for (const auto& p : check.problems)
            report.errors.push_back(report.file + ":" + std::to_string(record.line) + ": " + p);
        if (!check.problems.empty()) continue;
        rows.push_back(std::move(row));
        lines.push_back(record.line);
    }
    report.rows = table.records.size();
    const Apply apply = report.errors.empty() ? Apply::Commit : Apply::CheckOnly;
    auto outcome = put(std::span<const Row>(rows), apply);
    if (!outcome) return tl::unexpected(outcome.error());
    for (const RowProblem& p : outcome->problems)
        report.errors.push_back(report.file + ":" + std::to_string(lines[p.index]) + ": " +
                                p.reason);
    if (!report.errors.empty()) return {};
    report.inserted = outcome->inserted;
    report.skipped = outcome->skipped;
    report.reversals = outcome->reversals;
    return {};
}

}  // namespace

const CsvContract& csvContract(ImportKind kind) {
    static const CsvContract kPatients{{"mrn", "family_name", "given_name", "birth_date"},
                                       {"phone", "language", "guarantor_mrn"}};
    static const CsvContract kAppointments{{"appointment_id", "mrn", "start", "duration_min"},
                                           {"provider", "location", "status"}};
    static const CsvContract kLedger{{"entry_id", "mrn", "posted_on", "kind", "amount"},
                                     {"memo"}};
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
    ImportReport report;
    report.file = origin;
    const CsvTable table = parseCsv(text, origin);
    report.errors = table.errors;
    if (!table.usable) return report;
    const CsvContract& contract = csvContract(kind);
    const CsvColumns columns(table.header, contract.required, contract.optional);
    for (const auto& name : columns.unknown)
        report.warnings.push_back(origin + ":1: unknown column '" + name + "' is ignored");
    if (!columns.missing.empty()) {
        for (const auto& name : columns.missing)
            report.errors.push_back(origin + ":1: required column '" + name + "' is missing");
        return report;
    }
    Result<void> done;
    switch (kind) {
        case ImportKind::Patients:
            done = importRows<Patient>(table, columns, report, readPatient,
                                       [&](auto rows, Apply a) { return store.putPatients(rows, a); });
            break;
        case ImportKind::Appointments:
            done = importRows<Appointment>(
                table, columns, report, readAppointment,
                [&](auto rows, Apply a) { return store.putAppointments(rows, a); });
            break;
        case ImportKind::Ledger:
            done = importRows<NewEntry>(table, columns, report, readEntry,
                                        [&](auto rows, Apply a) { return store.postEntries(rows, a); });
            break;
    }
    if (!done) return tl::unexpected(done.error());
    sortByLine(report.errors);
    return report;
}

Result<ImportReport> importCsvFile(Store& store, ImportKind kind,
                                   const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail(ErrorCode::BadInput, file.string() + ": is not a readable file");
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(ErrorCode::BadInput, file.string() + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return importCsvText(store, kind, text.str(), file.filename().string());
}

}  // namespace frontdesk
