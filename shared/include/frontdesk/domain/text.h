#pragma once

#include <string_view>

namespace frontdesk {

// The text without the whitespace around it (spaces, tabs, line breaks). The one rule for the
// values parsed from what people type or export (money, dates): whitespace around a value is
// never part of it, on the command line and in a CSV field (quoted or not) alike.
constexpr std::string_view trimSpace(std::string_view text) {
    constexpr std::string_view kSpace = " \t\n\r\v\f";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

}  // namespace frontdesk
