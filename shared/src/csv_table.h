#pragma once

// Reads a CSV file with libcsv into records that remember their line, and maps the header.
// Private to the core's importer.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/error.h"

namespace frontdesk {

struct CsvRecord {
    std::size_t line = 0;  // the physical line the record starts on (1-based)
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<CsvRecord> records;  // rows after the header
    std::vector<std::string> errors;  // "file:line: reason", of rows or of the whole file
    bool usable = true;  // false when the file could not be read as CSV (no header, bad quoting)
};

// Parses CSV text (UTF-8 with or without BOM, LF or CRLF, RFC 4180 quoting) under the name
// `origin` (used in messages). Blank lines are skipped. A record with invalid UTF-8 is an
// error and left out; malformed quoting or a missing header make the table unusable.
CsvTable parseCsv(std::string_view text, const std::string& origin);

// Where each column of a header is, by name.
class CsvColumns {
public:
    // Maps `header`; names missing from `required` become errors, names in neither list
    // become `unknown`.
    CsvColumns(const std::vector<std::string>& header, const std::vector<std::string>& required,
               const std::vector<std::string>& optional);

    // The value of a column in a record; empty when the column is absent or short.
    std::string_view get(const CsvRecord& record, const std::string& name) const;

    std::vector<std::string> missing;
    std::vector<std::string> unknown;

private:
    std::map<std::string, std::size_t> m_index;
};

}  // namespace frontdesk
