#pragma once

#include <QStringList>

#include "frontdesk/app/command_line.h"

namespace frontdesk::desk {

struct DeskStartup {
    app::CommonOptions common;  // --db, --config, --as-of
    QString staffId;
    int callPort = 7010;  // 0: no call endpoint
    QString language = "en";
    QString usage;  // --help: the text to print; nothing else is read or made
};

// Reads `frontdesk-desk [--db PATH] [--config PATH] [--staff ID] [--as-of DATE]
// [--call-port PORT] [--language en|es|ro]` (or --help). Needs no QCoreApplication, so that
// --help can be answered before anything starts. Fails with BadInput naming the option.
Result<DeskStartup> parseDeskArguments(const QStringList& arguments);

}  // namespace frontdesk::desk
