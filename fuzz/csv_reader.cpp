// Fuzzes the CSV reader under the importer (shared/src/import/csv_table.h): the same text fed
// whole and fed in pieces of varying sizes (as a file is read) gives the same header, records,
// lines and errors; a record's line is within the text; unusable text always says why.
#include <algorithm>
#include <vector>

#include "fuzz_support.h"
#include "import/csv_table.h"

using namespace frontdesk;
using frontdesk::fuzz::check;

namespace {

struct ReadRecord {
    std::size_t line;
    std::vector<std::string> fields;
    bool operator==(const ReadRecord&) const = default;
};

struct Reading {
    std::vector<std::string> header;
    std::vector<ReadRecord> records;
    std::vector<std::string> errors;
    bool usable = false;
    std::size_t bytesRead = 0;
    bool operator==(const Reading&) const = default;
};

// Reads `text` fed in pieces of 1 + (i * step) % 23 bytes; step 0 feeds it whole.
Reading readInPieces(std::string_view text, std::size_t step) {
    Reading out;
    CsvReader reader("fuzz.csv", [&out](const std::vector<std::string>&, const CsvRecord& r) {
        out.records.push_back({r.line, {r.fields.begin(), r.fields.end()}});
    });
    if (step == 0) {
        reader.feed(text);
    } else {
        for (std::size_t i = 0; !text.empty(); ++i) {
            const std::size_t n = std::min(text.size(), 1 + (i * step) % 23);
            reader.feed(text.substr(0, n));
            text.remove_prefix(n);
        }
    }
    reader.finish();
    out.header = reader.header();
    out.errors = reader.errors();
    out.usable = reader.usable();
    // how far a reader got into text it could not use is only an estimate
    out.bytesRead = out.usable ? reader.bytesRead() : 0;
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::InputReader input(fuzz::textOf(data, size));
    const std::size_t step = 1 + input.choose(64);
    const std::string_view text = input.rest();
    const Reading whole = readInPieces(text, 0);
    const Reading pieces = readInPieces(text, step);
    check(whole == pieces, "reading in pieces gives what reading whole gives");
    check(whole.usable || !whole.errors.empty(), "unusable text says why");
    // The lines that hold text: a last line without a line break counts, the empty "line"
    // after a final line break does not (a last record of one field was once said to be on it).
    const bool unended = !text.empty() && text.back() != '\n';
    const auto lines =
        static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + unended;
    std::size_t previous = 0;
    for (const ReadRecord& r : whole.records) {
        check(r.line >= 1 && r.line <= lines, "a record's line is a line of the text");
        check(r.line >= previous, "records come in the order of their lines");
        previous = r.line;
    }
    return 0;
}
