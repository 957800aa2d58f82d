#include "import/csv_table.h"

#include <algorithm>

namespace frontdesk {
namespace {

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        if (c < 0x80) {
            ++i;  // the common case: plain ASCII
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= s.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += extra + 1;
    }
    return true;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string quoted(std::string_view text) {
    constexpr std::size_t kShown = 40;
    return "'" + std::string(text.substr(0, kShown)) + (text.size() > kShown ? "...'" : "'");
}

// What is wrong with a record's fields that the CSV grammar lets through: a NUL byte (no text
// of the product holds one), or text past the header's last column, which would be dropped
// (an unquoted comma in a memo). Extra fields that are empty hold nothing to lose (a trailing
// comma). Empty when the record is fine.
std::optional<std::string> fieldsProblem(const std::vector<std::string_view>& fields,
                                         const std::vector<std::string>& header, bool isHeader) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].find('\0') == std::string_view::npos) continue;
        const std::string where =
            isHeader || i >= header.size()
                ? "field " + std::to_string(i + 1)
                : "column '" + header[i] + "' (field " + std::to_string(i + 1) + ")";
        return where + " holds a NUL byte, which no text may hold";
    }
    for (std::size_t i = header.size(); !isHeader && i < fields.size(); ++i) {
        if (fields[i].empty()) continue;
        return std::to_string(fields.size()) + " fields, but the header names " +
               std::to_string(header.size()) + " columns: " + quoted(fields[i]) + " in field " +
               std::to_string(i + 1) +
               " belongs to no column (quote a value that holds a comma: \"paid, thanks\")";
    }
    return std::nullopt;
}

}  // namespace

CsvReader::CsvReader(std::string origin, RecordHandler onRecord)
    : m_origin(std::move(origin)), m_onRecord(std::move(onRecord)) {
    csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
}

CsvReader::~CsvReader() {
    csv_free(&m_parser);
}

void CsvReader::onField(void* data, std::size_t size, void* self) {
    auto& r = *static_cast<CsvReader*>(self);
    const std::string_view field(static_cast<const char*>(data), size);
    if (!r.m_recordLine) {
        const auto newlines =
            static_cast<std::size_t>(std::count(field.begin(), field.end(), '\n'));
        r.m_recordLine = r.m_line - std::min(newlines, r.m_line - 1);
    }
    r.m_fieldText += field;
    r.m_fieldEnds.push_back(r.m_fieldText.size());
}

void CsvReader::onRecordEnd(int, void* self) {
    auto& r = *static_cast<CsvReader*>(self);
    const std::size_t line = r.m_recordLine.value_or(r.m_line);
    auto& fields = r.m_record.fields;
    fields.clear();
    for (std::size_t i = 0, begin = 0; i < r.m_fieldEnds.size(); begin = r.m_fieldEnds[i++])
        fields.push_back(std::string_view(r.m_fieldText).substr(begin, r.m_fieldEnds[i] - begin));
    const bool blank = fields.empty() || (fields.size() == 1 && fields[0].empty());
    // Unusable text is not read further: a carriage return ends a record inside the line being
    // parsed, so more records may come after the one that made it unusable.
    if (!blank && !r.m_failed) {
        const auto problem = fieldsProblem(fields, r.m_header, !r.m_sawHeader);
        if (!std::all_of(fields.begin(), fields.end(), isValidUtf8)) {
            r.m_errors.push_back(r.m_origin + ":" + std::to_string(line) +
                                 ": text is not valid UTF-8");
        } else if (problem) {
            r.m_errors.push_back(r.m_origin + ":" + std::to_string(line) + ": " + *problem);
            if (!r.m_sawHeader) r.m_failed = true;  // no header to read the rows by
        } else if (!r.m_sawHeader) {
            r.m_header.assign(fields.begin(), fields.end());
            r.m_sawHeader = true;
        } else {
            r.m_record.line = line;
            r.m_onRecord(r.m_header, r.m_record);
        }
    }
    r.m_fieldText.clear();
    r.m_fieldEnds.clear();
    r.m_recordLine.reset();
}

void CsvReader::fail() {
    if (m_failed) return;  // the parser ran on past what made the text unusable: say that only
    m_failed = true;
    m_errors.push_back(m_origin + ":" + std::to_string(m_recordLine.value_or(m_line)) +
                       ": malformed CSV quoting (" + csv_strerror(csv_error(&m_parser)) + ")");
}

// Feeds the parser one physical line at a time, so that a record knows its line.
void CsvReader::parseLines(std::string_view text) {
    while (!m_failed && !text.empty()) {
        const auto end = text.find('\n');
        const std::string_view piece =
            end == std::string_view::npos ? text : text.substr(0, end + 1);
        if (csv_parse(&m_parser, piece.data(), piece.size(), onField, onRecordEnd, this) !=
            piece.size())
            return fail();
        text.remove_prefix(piece.size());
        m_bytesRead += piece.size();
        if (piece.back() == '\n') ++m_line;
    }
}

void CsvReader::feed(std::string_view text) {
    if (m_started) return parseLines(text);
    if (m_start.empty() && text.size() >= kBom.size()) {
        m_started = true;
        if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
        return parseLines(text);
    }
    m_start += text;  // fewer bytes than a BOM so far
    if (m_start.size() < kBom.size()) return;
    m_started = true;
    const std::string start = std::move(m_start);
    std::string_view rest = start;
    if (rest.substr(0, kBom.size()) == kBom) rest.remove_prefix(kBom.size());
    parseLines(rest);
}

void CsvReader::finish() {
    if (!m_started) {
        m_started = true;
        std::string_view start = m_start;
        if (start.substr(0, kBom.size()) == kBom) start.remove_prefix(kBom.size());
        parseLines(start);
    }
    if (m_failed) return;
    // A line without a line break is still the line being fed (m_line): a field csv_fini hands
    // over ends on it, as a field ended by the line break would.
    if (csv_fini(&m_parser, onField, onRecordEnd, this) != 0) return fail();
    if (!m_sawHeader) {
        m_failed = true;
        m_errors.push_back(m_origin + ":1: a header row is required");
    }
}

CsvColumns::CsvColumns(const std::vector<std::string>& header,
                       const std::vector<std::string>& required,
                       const std::vector<std::string>& optional) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& name = header[i];
        const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                           std::find(optional.begin(), optional.end(), name) != optional.end();
        const bool mapped = std::any_of(m_index.begin(), m_index.end(),
                                        [&](const auto& column) { return column.first == name; });
        if (known && !mapped) {
            m_index.emplace_back(name, i);
        } else if (known) {
            const auto first = std::find(header.begin(), header.end(), name) - header.begin();
            duplicated.push_back("column '" + name + "' is named twice (columns " +
                                 std::to_string(first + 1) + " and " + std::to_string(i + 1) +
                                 "): which one holds the values is not clear");
        } else {
            unknown.push_back(name);
        }
    }
    for (const auto& name : required) {
        const bool mapped = std::any_of(m_index.begin(), m_index.end(),
                                        [&](const auto& column) { return column.first == name; });
        if (!mapped) missing.push_back(name);
    }
}

std::string_view CsvColumns::get(const CsvRecord& record, std::string_view name) const {
    for (const auto& [column, index] : m_index)
        if (column == name)
            return index < record.fields.size() ? record.fields[index] : std::string_view();
    return {};
}

}  // namespace frontdesk
