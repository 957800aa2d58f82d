#include "csv_table.h"

#include <algorithm>

#include <csv.h>

namespace frontdesk {
namespace {

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        if (c < 0x80) {
            extra = 0;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= s.size() && extra > 0) return false;
        for (std::size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += extra + 1;
    }
    return true;
}

struct ParseState {
    CsvTable* table = nullptr;
    const std::string* origin = nullptr;
    std::size_t line = 1;  // the line being fed to the parser
    std::optional<std::size_t> recordLine;
    std::vector<std::string> fields;
    bool sawHeader = false;
};

void onField(void* data, std::size_t size, void* state) {
    auto& s = *static_cast<ParseState*>(state);
    std::string field(static_cast<const char*>(data), size);
    if (!s.recordLine) {
        const auto newlines = static_cast<std::size_t>(std::count(field.begin(), field.end(), '\n'));
        s.recordLine = s.line - std::min(newlines, s.line - 1);
    }
    s.fields.push_back(std::move(field));
}

void onRecord(int, void* state) {
    auto& s = *static_cast<ParseState*>(state);
    const std::size_t line = s.recordLine.value_or(s.line);
    const bool blank = s.fields.empty() || (s.fields.size() == 1 && s.fields[0].empty());
    if (!blank) {
        bool utf8 = true;
        for (const auto& f : s.fields) utf8 = utf8 && isValidUtf8(f);
        if (!utf8) {
            s.table->errors.push_back(*s.origin + ":" + std::to_string(line) +
                                      ": text is not valid UTF-8");
        } else if (!s.sawHeader) {
            s.table->header = std::move(s.fields);
            s.sawHeader = true;
        } else {
            s.table->records.push_back({line, std::move(s.fields)});
        }
    }
    s.fields.clear();
    s.recordLine.reset();
}

}  // namespace

CsvTable parseCsv(std::string_view text, const std::string& origin) {
    CsvTable table;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    ParseState state;
    state.table = &table;
    state.origin = &origin;
    bool ok = true;
    while (ok && !text.empty()) {
        const auto end = text.find('\n');
        const std::string_view physical =
            end == std::string_view::npos ? text : text.substr(0, end + 1);
        ok = csv_parse(&parser, physical.data(), physical.size(), onField, onRecord, &state) ==
             physical.size();
        text.remove_prefix(physical.size());
        if (ok) ++state.line;
    }
    if (ok) ok = csv_fini(&parser, onField, onRecord, &state) == 0;
    if (!ok) {
        table.usable = false;
        table.errors.push_back(origin + ":" + std::to_string(state.recordLine.value_or(state.line)) +
                               ": malformed CSV quoting (" +
                               csv_strerror(csv_error(&parser)) + ")");
    }
    csv_free(&parser);
    if (table.usable && !state.sawHeader) {
        table.usable = false;
        table.errors.push_back(origin + ":1: a header row is required");
    }
    return table;
}

CsvColumns::CsvColumns(const std::vector<std::string>& header,
                       const std::vector<std::string>& required,
                       const std::vector<std::string>& optional) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& name = header[i];
        const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                           std::find(optional.begin(), optional.end(), name) != optional.end();
        if (known) {
            m_index.emplace(name, i);
        } else {
            unknown.push_back(name);
        }
    }
    for (const auto& name : required)
        if (!m_index.count(name)) missing.push_back(name);
}

std::string_view CsvColumns::get(const CsvRecord& record, const std::string& name) const {
    const auto it = m_index.find(name);
    if (it == m_index.end() || it->second >= record.fields.size()) return {};
    return record.fields[it->second];
}

}  // namespace frontdesk
