#include "frontdesk/config/paths.h"

#include <cstdlib>

namespace frontdesk {

std::string dataDirectory() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/frontdesk";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frontdesk";
}

std::string defaultDatabasePath() {
    return dataDirectory() + "/frontdesk.db";
}

}  // namespace frontdesk
