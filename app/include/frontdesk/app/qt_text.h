#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace frontdesk::app {

// The core's UTF-8 text (a std::string, or the string_view its toString functions return) as
// a QString.
inline QString toQString(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// A QString as the core's UTF-8 std::string.
inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

}  // namespace frontdesk::app
