#include "frontdesk/domain/phone.h"

namespace frontdesk {

Result<std::string> phoneDigits(std::string_view text) {
    std::string digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.' &&
                   c != '/') {
            return fail(ErrorCode::BadInput,
                        "phone '" + std::string(text) + "' is not a phone number");
        }
    }
    if (digits.empty() && text.find_first_not_of(' ') == std::string_view::npos) return digits;
    if (digits.size() < 7 || digits.size() > 15)
        return fail(ErrorCode::BadInput,
                    "phone '" + std::string(text) + "' must have between 7 and 15 digits");
    if (digits.size() == 11 && digits.front() == '1') digits.erase(0, 1);
    return digits;
}

}  // namespace frontdesk
