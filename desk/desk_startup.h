#pragma once

#include <QStringList>
#include <optional>
#include <string>

#include "frontdesk/config/config.h"
#include "frontdesk/domain/date.h"

namespace frontdesk::desk {

struct DeskStartup {
    std::string dbPath;
    Config config;
    std::optional<Date> asOf;  // fixed date (tests, demos); otherwise today in the clinic
    QString staffId;
    int callPort = 7010;  // 0: no call endpoint
    QString language = "en";
    bool builtInDemo = false;  // no --db: the demo clinic in the user's data folder
    QString usage;             // --help: the text to print; nothing else is read or made
};

// Reads `frontdesk-desk [--db PATH] [--config PATH] [--staff ID] [--as-of DATE]
// [--call-port PORT] [--language en|es|ro]` (or --help). Needs no QCoreApplication, so that
// --help can be answered before anything starts. Fails with BadInput naming the option.
Result<DeskStartup> parseDeskArguments(const QStringList& arguments);

}  // namespace frontdesk::desk
