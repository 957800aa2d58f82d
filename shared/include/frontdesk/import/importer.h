#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "frontdesk/store/store.h"

namespace frontdesk {

enum class ImportKind { Patients, Appointments, Ledger };

// What an import did. When `errors` is not empty nothing was written.
struct ImportReport {
    std::string file;
    std::size_t rows = 0;
    std::size_t inserted = 0;
    std::size_t skipped = 0;            // already stored with the same values
    std::size_t reversals = 0;          // write-off reversals posted before payments
    std::vector<std::string> warnings;  // e.g. unknown columns, which are ignored
    std::vector<std::string> errors;    // every problem of the file: "file:line: reason"
    bool ok() const { return errors.empty(); }
};

// The columns of each file (DESIGN.md). Required columns must be in the header;
// optional ones may be left out.
struct CsvContract {
    std::vector<std::string> required;
    std::vector<std::string> optional;
};
const CsvContract& csvContract(ImportKind kind);

// Imports one CSV file, all or nothing. Every problem of the file is listed in the report,
// each naming file:line and the reason. Fails only when the file cannot be read or the
// database cannot be written.
Result<ImportReport> importCsvFile(Store& store, ImportKind kind,
                                   const std::filesystem::path& file);

// The same for CSV text already in memory; `origin` names it in messages.
Result<ImportReport> importCsvText(Store& store, ImportKind kind, std::string_view text,
                                   const std::string& origin);

}  // namespace frontdesk
