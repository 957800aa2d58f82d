#pragma once

// Reads CSV with libcsv, record by record, remembering the line each record starts on, and
// maps the header. Private to the core's importer.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <csv.h>

#include "frontdesk/domain/error.h"

namespace frontdesk {

// One record as the reader hands it over; the fields are valid during that call only.
struct CsvRecord {
    std::size_t line = 0;  // the physical line the record starts on (1-based)
    std::vector<std::string_view> fields;
};

// Parses CSV text (UTF-8 with or without BOM, LF or CRLF, RFC 4180 quoting) fed in pieces of
// any size, under the name `origin` (used in messages). The first record is the header; every
// later one goes to `onRecord` as soon as it is read, so that a file of millions of rows is
// never held whole. Blank lines are skipped. A record with invalid UTF-8, a NUL byte, or text
// in fields past the header's last column (empty extra fields are let through: they hold
// nothing) is an error and is not handed over; malformed quoting (after which the rest is
// ignored), a missing header or a header with a NUL byte make the text unusable.
class CsvReader {
public:
    using RecordHandler =
        std::function<void(const std::vector<std::string>& header, const CsvRecord& record)>;

    CsvReader(std::string origin, RecordHandler onRecord);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    void feed(std::string_view text);
    // Ends the text: completes the last record and checks that there was a header.
    void finish();

    const std::vector<std::string>& header() const { return m_header; }
    // "file:line: reason", of records or of the whole text.
    const std::vector<std::string>& errors() const { return m_errors; }
    // False when the text could not be read as CSV (no header, bad quoting).
    bool usable() const { return !m_failed; }
    // The bytes handed to the parser so far.
    std::size_t bytesRead() const { return m_bytesRead; }

private:
    static void onField(void* data, std::size_t size, void* self);
    static void onRecordEnd(int, void* self);
    void parseLines(std::string_view text);
    void fail();

    std::string m_origin;
    RecordHandler m_onRecord;
    csv_parser m_parser{};
    std::string m_start;     // the first bytes, until it is known whether they are a BOM
    bool m_started = false;  // the BOM question is settled
    bool m_failed = false;
    std::size_t m_bytesRead = 0;
    std::size_t m_line = 1;  // the line being fed to the parser
    std::optional<std::size_t> m_recordLine;
    std::string m_fieldText;  // the fields of the record being read, back to back
    std::vector<std::size_t> m_fieldEnds;
    CsvRecord m_record;
    bool m_sawHeader = false;
    std::vector<std::string> m_header;
    std::vector<std::string> m_errors;
};

// Where each column of a header is, by name.
class CsvColumns {
public:
    // Maps `header`; names missing from `required` become `missing`, names in neither list
    // `unknown`, a known name given twice `duplicated` ("column 'amount' is named twice
    // (columns 5 and 7): ...", the first one mapped).
    CsvColumns(const std::vector<std::string>& header, const std::vector<std::string>& required,
               const std::vector<std::string>& optional);

    // The value of a column in a record; empty when the column is absent or short.
    std::string_view get(const CsvRecord& record, std::string_view name) const;

    std::vector<std::string> missing;
    std::vector<std::string> unknown;
    std::vector<std::string> duplicated;  // messages

private:
    std::vector<std::pair<std::string, std::size_t>> m_index;  // a handful: a scan is fastest
};

}  // namespace frontdesk
